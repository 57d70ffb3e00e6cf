package fr.orienta.spi.testkit;

import static fr.orienta.spi.CommonFields.BIRTH_DATE;
import static fr.orienta.spi.CommonFields.FIRST_NAME;
import static fr.orienta.spi.CommonFields.LAST_NAME;
import static fr.orienta.spi.CommonFields.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.spi.PatientSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentitySourceContractTest extends PatientSourceContractTest {

  private final IdentitySource source = new IdentitySource(clockOn(LocalDate.of(2026, 11, 1)));

  @Override
  protected PatientSource source() {
    return source;
  }

  @Override
  protected Map<String, String> validRow() {
    Map<String, String> cells = new HashMap<>();
    cells.put(LAST_NAME, "Durand");
    cells.put(FIRST_NAME, "Léa");
    cells.put(BIRTH_DATE, "12/03/1980");
    cells.put(PHONE, "06 39 98 00 01");
    return cells;
  }

  @Override
  protected String missingLastName() {
    return "Nom manquant";
  }

  @Test
  void clockOnStartsTheDayInFrance() {
    LocalDate day = LocalDate.of(2026, 11, 1);

    assertThat(LocalDate.now(clockOn(day))).isEqualTo(day);
    assertThat(clockOn(day).getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(clockOn(day).instant()).hasToString("2026-10-31T23:00:00Z");
  }

  @Test
  void helpersReadTheValidRowInTheSourcesColumnOrder() {
    assertThat(column(FIRST_NAME)).isEqualTo(2);
    assertThat(column("nir")).isZero();
    assertThat(readWith(FIRST_NAME, "Zoé").record().firstName()).isEqualTo("Zoé");
    assertThat(keysMatching("Tél. portable")).containsExactly(PHONE);
    assertThat(keysMatching("Remarque")).isEmpty();
  }
}
