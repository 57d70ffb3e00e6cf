package fr.orienta.spi.testkit;

import static fr.orienta.spi.CommonFields.BIRTH_DATE;
import static fr.orienta.spi.CommonFields.FIRST_NAME;
import static fr.orienta.spi.CommonFields.LAST_NAME;
import static fr.orienta.spi.CommonFields.PHONE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.orienta.spi.PatientRecord;
import fr.orienta.spi.PatientSource;
import fr.orienta.spi.RowResult;
import fr.orienta.spi.SourceField;
import fr.orienta.spi.SourceRow;
import fr.orienta.spi.Values;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each inherited test of {@link PatientSourceContractTest} fails on the source it is there for. */
class PatientSourceContractBreachesTest {

  /** Takes names and phone as they come, and misses French dates: what the base must catch. */
  private static final class CarelessSource implements PatientSource {
    @Override
    public String id() {
      return "careless";
    }

    @Override
    public String label() {
      return "Source négligente";
    }

    @Override
    public List<SourceField> fields() {
      return IdentitySource.FIELDS;
    }

    @Override
    public RowResult read(SourceRow row) {
      Values.RowCheck check = new Values.RowCheck(row);
      return check.result(
          PatientRecord.builder()
              .lastName(row.get(LAST_NAME))
              .firstName(row.get(FIRST_NAME))
              .birthDate(check.optional(BIRTH_DATE, CarelessSource::isoDate))
              .phone(row.get(PHONE)));
    }

    private static Values.Parsed<LocalDate> isoDate(String raw) {
      return raw != null && raw.contains("/") ? Values.Parsed.of(null) : Values.date(raw);
    }
  }

  /** The contract test a plugin author would write for the careless source. */
  // Private, so that JUnit never runs it as a test of its own: it is meant to fail.
  private static class CarelessSourceTest extends PatientSourceContractTest {
    @Override
    protected PatientSource source() {
      return new CarelessSource();
    }

    @Override
    protected Map<String, String> validRow() {
      Map<String, String> cells = new HashMap<>();
      cells.put(LAST_NAME, "DURAND");
      cells.put(FIRST_NAME, "Léa");
      cells.put(BIRTH_DATE, "1980-03-12");
      cells.put(PHONE, "0639980001");
      return cells;
    }
  }

  private final CarelessSourceTest test = new CarelessSourceTest();

  @Test
  void aRowWithoutIdentityMustBeRejected() {
    assertThatThrownBy(test::missingIdentityRejectsTheRowNamingEachGap)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ligne acceptée sans identité");
  }

  @Test
  void everyUsualBirthDateSpellingMustRead() {
    test.isoAndFrenchBirthDatesAreTheSame("yyyy-MM-dd'T'HH:mm");

    assertThatThrownBy(() -> test.isoAndFrenchBirthDatesAreTheSame("dd/MM/yyyy"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("12/03/1980");
  }

  @Test
  void aBadPhoneMustBeDroppedWithAWarning() {
    assertThatThrownBy(() -> test.badPhoneIsDroppedWithAWarning("04 65 71"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("comme sans téléphone");
  }

  @Test
  void theValidRowMustBeAcceptedWithoutWarning() {
    CarelessSourceTest misdated =
        new CarelessSourceTest() {
          @Override
          protected Map<String, String> validRow() {
            Map<String, String> cells = super.validRow();
            cells.put(BIRTH_DATE, "le 12 mars 1980");
            return cells;
          }
        };

    assertThatThrownBy(misdated::validRowIsAcceptedWithoutWarning)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Date illisible");
  }
}
