package fr.orienta.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommuneServiceTest {

  @Test
  void nameKeyIgnoresCaseAccentsDashesAndSaintAbbreviations() {
    assertThat(CommuneService.nameKey("Saint-Paulien"))
        .isEqualTo(CommuneService.nameKey("ST PAULIEN"));
    assertThat(CommuneService.nameKey("ALLÈGRE")).isEqualTo(CommuneService.nameKey("Allegre"));
    assertThat(CommuneService.nameKey("La Chaise-Dieu")).isEqualTo("la chaise dieu");
    assertThat(CommuneService.nameKey("Sainte-Sigolène"))
        .isEqualTo(CommuneService.nameKey("Ste Sigolene"));
    assertThat(CommuneService.nameKey(null)).isEmpty();
  }

  @Test
  void bundledReferenceFileHasEveryCommuneOfTheCog2026() throws Exception {
    try (var in = CommuneService.class.getResourceAsStream(CommuneService.RESOURCE);
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      assertThat(reader.readLine())
          .isEqualTo("insee,name,department,postal_codes,population,lat,lon");
      assertThat(reader.lines().count()).isEqualTo(34_969);
    }
  }
}
