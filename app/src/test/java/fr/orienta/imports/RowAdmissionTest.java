package fr.orienta.imports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.platform.CapturedLog;
import fr.orienta.spi.PatientRecord;
import fr.orienta.spi.PatientSource;
import fr.orienta.spi.RowProblem;
import fr.orienta.spi.RowResult;
import fr.orienta.spi.SourceRow;
import fr.orienta.territory.ReferenceCommunes;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RowAdmissionTest {

  private static final List<String> HEADERS =
      List.of("Nom", "Prénom", "Date de naissance", "Adresse", "Commune", "Code INSEE");
  private static final Map<String, Integer> COLUMNS =
      Map.of(
          "lastName",
          1,
          "firstName",
          2,
          "birthDate",
          3,
          "address",
          4,
          "communeName",
          5,
          "inseeCode",
          6);
  private static final Set<String> TERRITORY = Set.of("43157", "43002");

  private static final RowAdmission ADMISSION = new RowAdmission();

  @BeforeAll
  static void communes() throws SQLException {
    ADMISSION.communes = ReferenceCommunes.loaded();
    ADMISSION.clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
  }

  @Test
  void aBirthDateOfSomeoneOlderThanAnyoneRejectsTheRowAtItsColumn() {
    ProcessedRow row =
        admit(record().birthDate(LocalDate.of(1850, 3, 1)).inseeCode("43157"), List.of());

    assertThat(row.isAccepted()).isFalse();
    assertThat(row.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .isEqualTo("Date de naissance invraisemblable : plus de 120 ans"));
    assertThat(
            admit(record().birthDate(LocalDate.of(1910, 3, 1)).inseeCode("43157"), List.of())
                .isAccepted())
        .isTrue();
  }

  @Test
  void aRecordThatFitsIsAcceptedWithItsCommuneAndTheAdaptersWarnings() {
    RowProblem warning = new RowProblem(7, 4, "x", "Téléphone invalide");
    ProcessedRow row =
        admit(record().inseeCode("43157").communeName("Le Puy-en-Velay"), List.of(warning));

    assertThat(row.isAccepted()).isTrue();
    assertThat(row.inseeCode()).isEqualTo("43157");
    assertThat(row.problems()).containsExactly(warning);
  }

  @Test
  void aTextLongerThanItsColumnRejectsTheRowAtThatColumn() {
    String address = "12 rue ".repeat(50); // 350 characters
    ProcessedRow row = admit(record().address(address).inseeCode("43157"), List.of());

    assertThat(row.isAccepted()).isFalse();
    assertThat(row.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(7);
              assertThat(p.column()).isEqualTo(4);
              assertThat(p.message()).isEqualTo("Valeur trop longue : 350 caractères, 300 au plus");
            });
    assertThat(admit(record().lastName("A".repeat(120)), List.of()).isAccepted()).isTrue();
    assertThat(admit(record().lastName("A".repeat(121)), List.of()).isAccepted()).isFalse();
    // 61 characters, but 122 in the search key that spells the ligature out.
    ProcessedRow ligatures = admit(record().lastName("Œ".repeat(61)), List.of());
    assertThat(ligatures.isAccepted()).isFalse();
    assertThat(ligatures.problems().get(0).message())
        .isEqualTo("Valeur trop longue : 122 caractères, 120 au plus");
  }

  @Test
  void aBadNirFromAnAdapterRejectsTheRowAndIsShownMasked() {
    ProcessedRow row = admit(record().nir("154084302627961"), List.of());

    assertThat(row.isAccepted()).isFalse();
    assertThat(row.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).startsWith("NIR invalide");
              assertThat(p.value()).doesNotContain("154084302627961").startsWith("15408");
            });
    assertThat(admit(record().nir("154084302627962"), List.of()).isAccepted()).isTrue();
  }

  @Test
  void aNulCharacterRejectsTheRow() {
    ProcessedRow row = admit(record().firstName("Th\0éo"), List.of());

    assertThat(row.isAccepted()).isFalse();
    assertThat(row.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.column()).isEqualTo(2);
              assertThat(p.message()).startsWith("Caractère nul");
            });
  }

  @Test
  void anUnknownInseeCodeRejectsTheRowUnlessTheCommuneIsFoundByItsName() {
    ProcessedRow unknown = admit(record().inseeCode("43999"), List.of());
    assertThat(unknown.isAccepted()).isFalse();
    assertThat(unknown.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.column()).isEqualTo(6);
              assertThat(p.value()).isEqualTo("43999");
              assertThat(p.message()).startsWith("Code INSEE inconnu");
            });

    // A code with a stray space is the code, not a commune found by its name.
    ProcessedRow spaced = admit(record().inseeCode("43157 "), List.of());
    assertThat(spaced.isAccepted()).isTrue();
    assertThat(spaced.inseeCode()).isEqualTo("43157");
    assertThat(spaced.problems()).isEmpty();

    ProcessedRow byName = admit(record().inseeCode("43999").communeName("Aiguilhe"), List.of());
    assertThat(byName.isAccepted()).isTrue();
    assertThat(byName.inseeCode()).isEqualTo("43002");
    assertThat(byName.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("retrouvée par son nom (43002)"));
  }

  @Test
  void aCommuneNameFoundNowhereKeepsThePersonWithoutCommuneAndWarns() {
    ProcessedRow row = admit(record().communeName("Villebidon-sur-Loire"), List.of());

    assertThat(row.isAccepted()).isTrue();
    assertThat(row.inseeCode()).isNull();
    assertThat(row.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.column()).isEqualTo(5);
              assertThat(p.message()).startsWith("Commune introuvable");
            });
    assertThat(admit(record(), List.of()).problems()).as("no commune given").isEmpty();
  }

  @Test
  void aRowTheAdapterRejectedStaysRejectedWithItsProblems() {
    RowProblem problem = new RowProblem(7, 3, "31/02/1980", "Date invalide");
    ProcessedRow row =
        ADMISSION.admit(cells(), RowResult.rejected(List.of(problem)), TERRITORY, HEADERS);

    assertThat(row.isAccepted()).isFalse();
    assertThat(row.problems()).containsExactly(problem);
  }

  @Test
  void aRowTheAdapterFailsOnIsRejectedAndTheLogQuotesNothingOfIt() {
    RowAdmission admission = new RowAdmission();
    admission.communes = ADMISSION.communes;
    admission.clock = ADMISSION.clock;
    PatientSource failing =
        new StubSource() {
          @Override
          public RowResult read(SourceRow row) {
            throw new IllegalArgumentException("Date illisible pour REYNAUD Théo : 29/08/54");
          }
        };

    try (CapturedLog log = CapturedLog.of(RowAdmission.class)) {
      ProcessedRow row = admission.admit(cells(), failing, TERRITORY, HEADERS);

      assertThat(row.isAccepted()).isFalse();
      assertThat(row.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.line()).isEqualTo(7);
                assertThat(p.column()).isZero();
                assertThat(p.value()).isNull();
                assertThat(p.message())
                    .startsWith("Le format « Format de test » n'a pas pu lire cette ligne");
              });
      for (int i = 0; i < 99; i++) {
        admission.admit(cells(), failing, TERRITORY, HEADERS);
      }
      // The first failure, the tenth and the hundredth: an adapter failing on every row of a
      // million-row listing does not flood the log.
      assertThat(log.records())
          .extracting(LogRecord::getMessage)
          .hasSize(3)
          .allSatisfy(m -> assertThat(m).startsWith("Le format « stub » a échoué sur une ligne"))
          .last()
          .asString()
          .contains("100 ligne(s)");
      assertThat(log.printed())
          .contains("java.lang.IllegalArgumentException")
          .doesNotContainIgnoringCase("reynaud")
          .doesNotContain("29/08/54");
    }
    assertThat(admission.admit(cells(), new StubSource(), TERRITORY, HEADERS).problems())
        .as("an adapter that works is not affected")
        .singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("Non lu par le format de test"));
  }

  private static PatientRecord.Builder record() {
    return PatientRecord.builder()
        .lastName("REYNAUD")
        .firstName("Théo")
        .birthDate(LocalDate.of(1954, 8, 29));
  }

  private static ProcessedRow admit(PatientRecord.Builder record, List<RowProblem> warnings) {
    return ADMISSION.admit(
        cells(), RowResult.accepted(record.build(), warnings), TERRITORY, HEADERS);
  }

  /** Line 7 of a file whose cells the test does not need: problems name the column. */
  private static SourceRow cells() {
    return new SourceRow() {
      @Override
      public long line() {
        return 7;
      }

      @Override
      public String get(String fieldKey) {
        return fieldKey.equals("inseeCode") ? "43999" : null;
      }

      @Override
      public int column(String fieldKey) {
        return COLUMNS.getOrDefault(fieldKey, 0);
      }
    };
  }
}
