package fr.orienta.plugin.msp;

import static fr.orienta.plugin.msp.MspExportSource.FIELDS;
import static fr.orienta.plugin.msp.MspExportSource.SITUATION;
import static fr.orienta.plugin.msp.MspExportSource.TAKEN_BY_RPPS;
import static fr.orienta.plugin.msp.MspExportSource.TAKEN_ON;
import static fr.orienta.spi.CommonFields.BIRTH_DATE;
import static fr.orienta.spi.CommonFields.COMMUNE_NAME;
import static fr.orienta.spi.CommonFields.FIRST_NAME;
import static fr.orienta.spi.CommonFields.LAST_NAME;
import static fr.orienta.spi.CommonFields.PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.orienta.spi.PatientRecord;
import fr.orienta.spi.PatientSource;
import fr.orienta.spi.RowProblem;
import fr.orienta.spi.RowResult;
import fr.orienta.spi.SourceField;
import fr.orienta.spi.testkit.MapSourceRow;
import fr.orienta.spi.testkit.PatientSourceContractTest;
import fr.orienta.spi.testkit.SampleCsv;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MspExportSourceTest extends PatientSourceContractTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private final MspExportSource source = new MspExportSource(clockOn(TODAY));

  @Override
  protected PatientSource source() {
    return source;
  }

  @Override
  protected Map<String, String> validRow() {
    return paris();
  }

  @Override
  protected String missingLastName() {
    return "Nom manquant";
  }

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

  private SampleCsv mspSample() {
    return SampleCsv.read("msp-export.csv", StandardCharsets.UTF_8, ",", FIELDS);
  }

  private List<PatientRecord> records(SampleCsv file) {
    return file.results(source).stream().map(RowResult::record).toList();
  }

  @Test
  void everyHeaderOfTheSampleExportIsKnown() {
    SampleCsv file = mspSample();

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
    List<RowResult> results = mspSample().results(source);

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
    assertThat(keysMatching(header)).containsExactly(key);
  }

  @Test
  void columnsInAnotherOrderLocateTheRppsProblem() {
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
