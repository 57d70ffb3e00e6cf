package fr.orienta.plugin.msp;

import static fr.orienta.plugin.msp.MspExportSource.BIRTH_DATE;
import static fr.orienta.plugin.msp.MspExportSource.COMMUNE_NAME;
import static fr.orienta.plugin.msp.MspExportSource.FIELDS;
import static fr.orienta.plugin.msp.MspExportSource.FIRST_NAME;
import static fr.orienta.plugin.msp.MspExportSource.LAST_NAME;
import static fr.orienta.plugin.msp.MspExportSource.PHONE;
import static fr.orienta.plugin.msp.MspExportSource.SITUATION;
import static fr.orienta.plugin.msp.MspExportSource.TAKEN_BY_RPPS;
import static fr.orienta.plugin.msp.MspExportSource.TAKEN_ON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.orienta.spi.PatientRecord;
import fr.orienta.spi.RowProblem;
import fr.orienta.spi.RowResult;
import fr.orienta.spi.SourceField;
import fr.orienta.spi.testkit.MapSourceRow;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MspExportSourceTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private final MspExportSource source =
      new MspExportSource(Clock.fixed(TODAY.atStartOfDay(PARIS).toInstant(), PARIS));

  /** The first row of the sample export, by field. */
  private static Map<String, String> paris() {
    Map<String, String> cells = new HashMap<>();
    cells.put(LAST_NAME, "Paris");
    cells.put(FIRST_NAME, "Jeanne");
    cells.put(BIRTH_DATE, "04/10/1960");
    cells.put(PHONE, "06 39 98 72 54");
    cells.put(COMMUNE_NAME, "Allègre");
    cells.put(SITUATION, "sans MT");
    cells.put(TAKEN_BY_RPPS, "10042751791");
    cells.put(TAKEN_ON, "01/11/2026");
    return cells;
  }

  private RowResult read(Map<String, String> cells) {
    return source.read(MapSourceRow.of(FIELDS, cells));
  }

  private RowResult readWith(String key, String value) {
    Map<String, String> cells = paris();
    cells.put(key, value);
    return read(cells);
  }

  private static int column(String key) {
    return FIELDS.stream().map(SourceField::key).toList().indexOf(key) + 1;
  }

  private SampleFile mspSample() {
    return SampleFile.read("msp-export.csv", StandardCharsets.UTF_8, ",", FIELDS);
  }

  private List<PatientRecord> records(SampleFile file) {
    return file.rows().stream().map(source::read).map(RowResult::record).toList();
  }

  @Test
  void everyHeaderOfTheSampleExportIsKnown() {
    SampleFile file = mspSample();

    assertThat(file.unmatched()).isEmpty();
    assertThat(file.keys())
        .containsExactly(
            LAST_NAME,
            FIRST_NAME,
            BIRTH_DATE,
            PHONE,
            COMMUNE_NAME,
            SITUATION,
            TAKEN_BY_RPPS,
            TAKEN_ON);
  }

  @Test
  void everyRowOfTheSampleExportIsAcceptedWithoutWarning() {
    List<RowResult> results = mspSample().rows().stream().map(source::read).toList();

    assertThat(results).hasSize(15);
    assertThat(results).allSatisfy(result -> assertThat(result.isAccepted()).isTrue());
    assertThat(results.stream().flatMap(result -> result.problems().stream())).isEmpty();
    List<PatientRecord> records = results.stream().map(RowResult::record).toList();
    assertThat(records)
        .filteredOn(r -> Boolean.TRUE.equals(r.ald()))
        .extracting(PatientRecord::lastName, PatientRecord::firstName)
        .containsExactly(
            tuple("LEMOINE", "Zoé"),
            tuple("LACROIX", "Michel"),
            tuple("FERNANDEZ", "Rémi"),
            tuple("GARCIA", "Brigitte"));
    assertThat(records).filteredOn(r -> r.takenByRpps() != null).hasSize(2);
    assertThat(records).allSatisfy(r -> assertThat(r.nir()).isNull());
    assertThat(records).allSatisfy(r -> assertThat(r.inseeCode()).isNull());
  }

  @Test
  void firstSampleRowIsNormalised() {
    PatientRecord first = records(mspSample()).get(0);

    assertThat(first.nir()).isNull();
    assertThat(first.lastName()).isEqualTo("PARIS");
    assertThat(first.firstName()).isEqualTo("Jeanne");
    assertThat(first.birthDate()).isEqualTo(LocalDate.of(1960, 10, 4));
    assertThat(first.sex()).isNull();
    assertThat(first.mobile()).isEqualTo("0639987254");
    assertThat(first.phone()).isNull();
    assertThat(first.communeName()).isEqualTo("Allègre");
    assertThat(first.inseeCode()).isNull();
    assertThat(first.ald()).as("« sans MT » says nothing of an ALD").isNull();
    assertThat(first.takenByRpps()).isEqualTo("10042751791");
    assertThat(first.takenOn()).isEqualTo(LocalDate.of(2026, 11, 1));
  }

  @Test
  void otherSampleRows() {
    List<PatientRecord> records = records(mspSample());

    PatientRecord brunet = records.get(2);
    assertThat(brunet.firstName()).isEqualTo("Théo");
    assertThat(brunet.takenByRpps()).isNull();
    assertThat(brunet.takenOn()).isNull();

    PatientRecord louis = records.get(3);
    assertThat(louis.phone()).as("a landline").isEqualTo("0465715882");
    assertThat(louis.mobile()).isNull();
    assertThat(louis.communeName()).isEqualTo("Bellevue-la-Montagne");

    PatientRecord lemoine = records.get(5);
    assertThat(lemoine.birthDate()).isEqualTo(LocalDate.of(1926, 6, 9));
    assertThat(lemoine.ald()).isTrue();

    assertThat(records.get(13).lastName()).isEqualTo("PÉLISSIER");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Nom|lastName",
        "NOM|lastName",
        "Nom de naissance|lastName",
        "Prénom|firstName",
        "PRENOM|firstName",
        "date_naissance|birthDate",
        "Date de naissance|birthDate",
        "Né(e) le|birthDate",
        "DDN|birthDate",
        "Téléphone|phone",
        "Tél|phone",
        "Portable|phone",
        "Commune|communeName",
        "Ville|communeName",
        "Situation|situation",
        "Pris en charge par (RPPS)|takenByRpps",
        "RPPS|takenByRpps",
        "Date de prise en charge|takenOn",
        "Pris en charge le|takenOn"
      })
  void headerSpellingsFoundInExports(String header, String key) {
    assertThat(FIELDS.stream().filter(field -> field.matches(header)).map(SourceField::key))
        .containsExactly(key);
  }

  @Test
  void columnsInAnotherOrderAreReadByField() {
    List<SourceField> reversed = new ArrayList<>(FIELDS);
    Collections.reverse(reversed);
    Map<String, String> cells = paris();
    cells.put(TAKEN_BY_RPPS, "10042751792");

    RowResult result = source.read(MapSourceRow.of(reversed, cells));

    assertThat(result.isAccepted()).isTrue();
    assertThat(result.record().lastName()).isEqualTo("PARIS");
    assertThat(result.record().takenByRpps()).isNull();
    assertThat(result.problems())
        .extracting(RowProblem::column, RowProblem::value, RowProblem::message)
        .containsExactly(
            tuple(
                reversed.size() - column(TAKEN_BY_RPPS) + 1,
                "10042751792",
                "Numéro RPPS invalide (11 chiffres avec clé de contrôle attendus)"));
  }

  @Test
  void missingIdentityRejectsTheRowNamingEachGap() {
    Map<String, String> cells = paris();
    cells.remove(LAST_NAME);
    cells.remove(FIRST_NAME);
    cells.remove(BIRTH_DATE);

    RowResult result = read(cells);

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.problems())
        .extracting(RowProblem::column, RowProblem::message)
        .containsExactly(
            tuple(column(LAST_NAME), "Nom manquant"),
            tuple(column(FIRST_NAME), "Prénom manquant"),
            tuple(column(BIRTH_DATE), "Date de naissance manquante"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1960-10-04", "04/10/1960", "4/10/1960", "04-10-1960", "1960-10-04T00:00"})
  void isoAndFrenchDatesAreTheSame(String birthDate) {
    assertThat(readWith(BIRTH_DATE, birthDate).record().birthDate())
        .isEqualTo(LocalDate.of(1960, 10, 4));
  }

  @Test
  void unreadableBirthDateRejectsTheRow() {
    RowResult result = readWith(BIRTH_DATE, "10/04/60");

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.problems())
        .containsExactly(
            new RowProblem(
                2,
                column(BIRTH_DATE),
                "10/04/60",
                "Date illisible (attendu jj/mm/aaaa ou aaaa-mm-jj)"));
  }

  @Test
  void badPhoneIsDroppedWithAWarning() {
    RowResult result = readWith(PHONE, "6 39 98 72 54");

    assertThat(result.isAccepted()).isTrue();
    assertThat(result.record().mobile()).isNull();
    assertThat(result.record().phone()).isNull();
    assertThat(result.problems())
        .extracting(RowProblem::column, RowProblem::message)
        .containsExactly(
            tuple(
                column(PHONE),
                "Numéro de téléphone invalide (10 chiffres commençant par 0 attendus)"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "ALD|true",
        "ald|true",
        "ALD 8|true",
        "sans MT + ALD|true",
        "sans MT|null",
        "Sans médecin traitant|null",
        "Valdez|null",
        "null|null"
      })
  void situationNamingAnAldSetsTheFlag(String situation, Boolean ald) {
    RowResult result = readWith(SITUATION, situation);

    assertThat(result.record().ald()).isEqualTo(ald);
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void takenByRppsAcceptsTheNationalIdentifierAndWarnsOnBadDates() {
    assertThat(readWith(TAKEN_BY_RPPS, "810042751791").record().takenByRpps())
        .isEqualTo("10042751791");

    RowResult badDate = readWith(TAKEN_ON, "novembre");
    assertThat(badDate.isAccepted()).isTrue();
    assertThat(badDate.record().takenOn()).isNull();
    assertThat(badDate.problems())
        .extracting(RowProblem::column, RowProblem::value)
        .containsExactly(tuple(column(TAKEN_ON), "novembre"));
  }

  @Test
  void identity() {
    assertThat(source.id()).isEqualTo("msp-export");
    assertThat(source.label()).isEqualTo("Recensement d'une MSP");
    assertThat(source.description()).isNotBlank();
    assertThat(FIELDS)
        .filteredOn(SourceField::required)
        .extracting(SourceField::key)
        .containsExactly(LAST_NAME, FIRST_NAME, BIRTH_DATE);
    MspPlugin plugin = new MspPlugin();
    assertThat(plugin.id()).isEqualTo("msp");
    assertThat(plugin.label()).isEqualTo("MSP (maison de santé)");
    assertThat(plugin.patientSources()).extracting(s -> s.id()).containsExactly("msp-export");
    assertThat(plugin.priorityRules()).isEmpty();
  }
}
