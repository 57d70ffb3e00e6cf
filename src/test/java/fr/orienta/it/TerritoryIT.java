package fr.orienta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.orienta.territory.CommuneService;
import fr.orienta.territory.TenantService;
import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reference communes loaded by the running application, and distances between them. */
@ExtendWith(ArquillianExtension.class)
class TerritoryIT {

  @Deployment
  static WebArchive deployment() {
    WebArchive war = AppArchive.named("orienta-territory-it.war");
    war.addClass(TerritoryIT.class);
    war.addPackages(true, "org.assertj");
    return war;
  }

  @Inject CommuneService communes;
  @Inject TenantService tenants;

  @Test
  void everyCommuneOfTheCog2026IsLoaded() {
    assertThat(communes.all()).hasSize(34_969);
    assertThat(communes.find("43003"))
        .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Allègre"));
    assertThat(communes.find("2A004"))
        .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Ajaccio"));
  }

  @Test
  void distanceBetweenCentroidsInKilometres() {
    assertThat(communes.distanceKm("43003", "43080").orElseThrow()).isCloseTo(20.3, within(0.5));
    assertThat(communes.distanceKm("43003", "43003").orElseThrow()).isZero();
    assertThat(communes.distanceKm("43003", "99999")).isEmpty();
  }

  @Test
  void communesAreFoundByNameWhateverTheSpelling() {
    assertThat(communes.findByName("ST PAULIEN"))
        .extracting(CommuneService.CommuneRef::inseeCode)
        .contains("43216");
  }

  @Test
  void aSourceCommuneIsResolvedByCodeElseByNamePreferringTheTerritory() {
    assertThat(communes.resolve("43003", "peu importe", Set.of())).isEqualTo("43003");
    assertThat(communes.resolve(null, "Allègre", Set.of("43003"))).isEqualTo("43003");
    assertThat(communes.resolve("99999", "ST PAULIEN", Set.of())).isEqualTo("43216");
    assertThat(communes.resolve(null, "Nulle-Part-Sur-Rien", Set.of())).isNull();
  }

  @Test
  void aTerritoryMustBeMadeOfKnownCommunes() {
    assertThatThrownBy(
            () -> tenants.create("it-bad-territory", "Mauvais", Set.of("43003", "00000")))
        .hasMessageContaining("Communes inconnues : 00000");
  }
}
