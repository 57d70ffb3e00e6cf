package fr.orienta.plugin.cpam;

import static fr.orienta.plugin.cpam.CpamListingSource.ALD_CODE;
import static fr.orienta.plugin.cpam.CpamListingSource.FIELDS;
import static fr.orienta.plugin.cpam.CpamListingSource.LAST_DOCTOR_END;
import static fr.orienta.plugin.cpam.CpamListingSource.LAST_DOCTOR_RPPS;
import static fr.orienta.plugin.cpam.CpamListingSource.MATRICULE;
import static fr.orienta.plugin.cpam.CpamListingSource.NIR_KEY;
import static fr.orienta.spi.CommonFields.ADDRESS;
import static fr.orienta.spi.CommonFields.ALD;
import static fr.orienta.spi.CommonFields.BIRTH_DATE;
import static fr.orienta.spi.CommonFields.COMMUNE_NAME;
import static fr.orienta.spi.CommonFields.CSS;
import static fr.orienta.spi.CommonFields.EMAIL;
import static fr.orienta.spi.CommonFields.FIRST_NAME;
import static fr.orienta.spi.CommonFields.INSEE_CODE;
import static fr.orienta.spi.CommonFields.LAST_NAME;
import static fr.orienta.spi.CommonFields.MOBILE;
import static fr.orienta.spi.CommonFields.NIR;
import static fr.orienta.spi.CommonFields.PHONE;
import static fr.orienta.spi.CommonFields.POSTAL_CODE;
import static fr.orienta.spi.CommonFields.SEX;
import static fr.orienta.spi.CommonFields.USAGE_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.orienta.spi.PatientRecord;
import fr.orienta.spi.PatientRecord.Sex;
import fr.orienta.spi.PatientSource;
import fr.orienta.spi.RowProblem;
import fr.orienta.spi.RowResult;
import fr.orienta.spi.SourceField;
import fr.orienta.spi.testkit.MapSourceRow;
import fr.orienta.spi.testkit.PatientSourceContractTest;
import fr.orienta.spi.testkit.SampleCsv;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CpamListingSourceTest extends PatientSourceContractTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final CpamListingSource source = new CpamListingSource(clockOn(TODAY));

  @Override
  protected PatientSource source() {
    return source;
  }

  @Override
  protected Map<String, String> validRow() {
    return reynaud();
  }

  /** The first row of the sample listing, by field. */
  private static Map<String, String> reynaud() {
    Map<String, String> cells = new HashMap<>();
    cells.put(MATRICULE, "1540843026279");
    cells.put(NIR_KEY, "62");
    cells.put(LAST_NAME, "REYNAUD");
    cells.put(FIRST_NAME, "Théo");
    cells.put(BIRTH_DATE, "29/08/1954");
    cells.put(SEX, "M");
    cells.put(ADDRESS, "4 route de Craponne");
    cells.put(POSTAL_CODE, "43350");
    cells.put(COMMUNE_NAME, "BELLEVUE-LA-MONTAGNE");
    cells.put(INSEE_CODE, "43026");
    cells.put(PHONE, "04 65 71 07 21");
    cells.put(MOBILE, "06 39 98 09 66");
    cells.put(ALD, "N");
    cells.put(CSS, "N");
    return cells;
  }

  private SampleCsv cpamSample() {
    return SampleCsv.read("cpam-listing.csv", WINDOWS_1252, ";", FIELDS);
  }

  @Test
  void everyHeaderOfTheSampleListingIsKnown() {
    SampleCsv file = cpamSample();

    assertThat(file.unmatched()).isEmpty();
    assertThat(file.keys())
        .containsExactly(
            MATRICULE,
            NIR_KEY,
            LAST_NAME,
            USAGE_NAME,
            FIRST_NAME,
            BIRTH_DATE,
            SEX,
            ADDRESS,
            POSTAL_CODE,
            COMMUNE_NAME,
            INSEE_CODE,
            PHONE,
            MOBILE,
            EMAIL,
            ALD,
            ALD_CODE,
            CSS,
            LAST_DOCTOR_RPPS,
            LAST_DOCTOR_END);
  }

  @Test
  void everyRowOfTheSampleListingIsAcceptedWithoutWarning() {
    List<RowResult> results = cpamSample().results(source);

    assertThat(results).hasSize(20);
    assertThat(results).allSatisfy(result -> assertThat(result.isAccepted()).isTrue());
    assertThat(results.stream().flatMap(result -> result.problems().stream())).isEmpty();
    List<PatientRecord> records = results.stream().map(RowResult::record).toList();
    assertThat(records).filteredOn(r -> Boolean.TRUE.equals(r.ald())).hasSize(5);
    assertThat(records).filteredOn(r -> Boolean.TRUE.equals(r.css())).hasSize(1);
    assertThat(records).allSatisfy(r -> assertThat(r.nir()).hasSize(15));
    assertThat(records).allSatisfy(r -> assertThat(r.sex()).isNotNull());
  }

  @Test
  void firstSampleRowIsNormalised() {
    PatientRecord first = source.read(cpamSample().rows().get(0)).record();

    assertThat(first.nir()).isEqualTo("154084302627962");
    assertThat(first.lastName()).isEqualTo("REYNAUD");
    assertThat(first.usageName()).isNull();
    assertThat(first.firstName()).isEqualTo("Théo");
    assertThat(first.birthDate()).isEqualTo(LocalDate.of(1954, 8, 29));
    assertThat(first.sex()).isEqualTo(Sex.M);
    assertThat(first.address()).isEqualTo("4 route de Craponne");
    assertThat(first.postalCode()).isEqualTo("43350");
    assertThat(first.communeName()).isEqualTo("BELLEVUE-LA-MONTAGNE");
    assertThat(first.inseeCode()).isEqualTo("43026");
    assertThat(first.phone()).isEqualTo("0465710721");
    assertThat(first.mobile()).isEqualTo("0639980966");
    assertThat(first.email()).isNull();
    assertThat(first.ald()).isFalse();
    assertThat(first.aldCode()).isNull();
    assertThat(first.css()).isFalse();
    assertThat(first.lastDoctorRpps()).isNull();
    assertThat(first.lastDoctorEnd()).isNull();
    assertThat(first.takenByRpps()).isNull();
  }

  @Test
  void otherSampleRowsCarryTheirLastDoctorAldAndAccents() {
    List<PatientRecord> records =
        cpamSample().results(source).stream().map(RowResult::record).toList();

    PatientRecord caron = records.get(1);
    assertThat(caron.firstName()).isEqualTo("Frédéric");
    assertThat(caron.address()).isEqualTo("11 place de l'Église");
    assertThat(caron.phone()).isNull();
    assertThat(caron.email()).isEqualTo("frederic.caron94@example.org");
    assertThat(caron.lastDoctorRpps()).isEqualTo("10918147561");
    assertThat(caron.lastDoctorEnd()).isEqualTo(LocalDate.of(2026, 4, 19));

    PatientRecord rousseau = records.get(2);
    assertThat(rousseau.sex()).isEqualTo(Sex.F);
    assertThat(rousseau.communeName()).isEqualTo("ALLÈGRE");
    assertThat(rousseau.ald()).isTrue();
    assertThat(rousseau.aldCode()).isEqualTo(8);

    assertThat(records.get(5).lastName()).isEqualTo("PÉREZ");
    assertThat(records.get(6).nir()).as("key 09").isEqualTo("179104316249109");

    PatientRecord fournier = records.get(15);
    assertThat(fournier.lastName()).isEqualTo("FOURNIER");
    assertThat(fournier.css()).isTrue();
    assertThat(fournier.ald()).isTrue();
    assertThat(fournier.aldCode()).isEqualTo(8);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "NOM|lastName",
        "Nom de naissance|lastName",
        "Nom patronymique|lastName",
        "nom_naissance|lastName",
        "Nom marital|usageName",
        "NOM D'USAGE|usageName",
        "PRENOM|firstName",
        "Né(e) le|birthDate",
        "Date de naissance|birthDate",
        "DDN|birthDate",
        "date_naissance|birthDate",
        "N° sécurité sociale|nir",
        "NIR avec clé|nir",
        "NIR|nir",
        "Clé|nirKey",
        "MATRICULE|matricule",
        "Tél|phone",
        "Téléphone|phone",
        "telephone|phone",
        "Tél. fixe|phone",
        "Portable|mobile",
        "Tél portable|mobile",
        "Courriel|email",
        "Mail|email",
        "E-mail|email",
        "e_mail|email",
        "Code INSEE|inseeCode",
        "Code commune|inseeCode",
        "INSEE|inseeCode",
        "Commune|communeName",
        "Ville|communeName",
        "CP|postalCode",
        "Exonération ALD|ald",
        "ALD (O/N)|ald",
        "Code(ALD)|aldCode",
        "CSS|css",
        "C2S|css",
        "CMU-C|css",
        "RPPS dernier MT|lastDoctorRpps",
        "Date de fin MT|lastDoctorEnd",
        "Civilité|sex"
      })
  void headerSpellingsFoundInListings(String header, String key) {
    assertThat(keysMatching(header)).containsExactly(key);
  }

  @Test
  void readsTheMsaListingToo() {
    // The MSA spells its headers differently, with one 15-character NIR column and one phone.
    SampleCsv msa = SampleCsv.read("msa-listing.csv", StandardCharsets.UTF_8, ";", FIELDS);

    assertThat(msa.unmatched()).isEmpty();
    assertThat(msa.keys())
        .containsExactly(
            NIR,
            LAST_NAME,
            FIRST_NAME,
            BIRTH_DATE,
            ADDRESS,
            POSTAL_CODE,
            COMMUNE_NAME,
            PHONE,
            EMAIL,
            ALD,
            CSS);
    List<RowResult> results = msa.results(source);
    assertThat(results).hasSize(15).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    PatientRecord fournier = results.get(0).record();
    assertThat(fournier.nir()).isEqualTo("167094302647323");
    assertThat(fournier.lastName()).isEqualTo("FOURNIER");
    assertThat(fournier.birthDate()).isEqualTo(LocalDate.of(1967, 9, 26));
    assertThat(fournier.sex()).as("from the NIR").isEqualTo(Sex.M);
    assertThat(fournier.mobile()).isEqualTo("0639986750");
    assertThat(fournier.phone()).isNull();
    assertThat(fournier.ald()).isTrue();
    PatientRecord louis = results.get(13).record();
    assertThat(louis.phone()).as("a landline in the only phone column").isEqualTo("0465715882");
    assertThat(louis.mobile()).isNull();
  }

  @Test
  void wrongNirKeyRejectsTheRowWithoutShowingTheNir() {
    RowResult result = readWith(NIR_KEY, "61");

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.problems())
        .containsExactly(
            new RowProblem(2, column(MATRICULE), "15408•••", "Clé NIR incorrecte : 62 attendue"));
    assertThat(result.problems().toString()).doesNotContain("1540843026279");
  }

  @ParameterizedTest
  @ValueSource(strings = {"154084302627", "9540843026279", "15408430262X9", "?#!"})
  void malformedMatriculeRejectsTheRow(String matricule) {
    RowResult result = readWith(MATRICULE, matricule);

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.message())
                  .isEqualTo("NIR mal formé (13 caractères et une clé de 2 chiffres attendus)");
              assertThat(problem.value()).endsWith("•••").hasSizeLessThanOrEqualTo(8);
            });
  }

  @Test
  void missingKeyRejectsTheRow() {
    RowResult result = readWith(NIR_KEY, null);

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.problems())
        .extracting(RowProblem::message)
        .containsExactly("Clé NIR manquante (13 caractères et une clé de 2 chiffres)");
  }

  @Test
  void keyWithoutMatriculeRejectsTheRow() {
    RowResult result = readWith(MATRICULE, null);

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.problems())
        .extracting(RowProblem::message)
        .containsExactly("NIR incomplet : clé sans numéro (matricule)");
  }

  @Test
  void keyThatLostItsLeadingZeroIsPadded() {
    Map<String, String> cells = reynaud();
    cells.put(MATRICULE, "1791043162491");
    cells.put(NIR_KEY, "9");

    assertThat(read(cells).record().nir()).isEqualTo("179104316249109");
  }

  @Test
  void corsicaNir() {
    Map<String, String> cells = reynaud();
    cells.put(MATRICULE, "180072A004123");
    cells.put(NIR_KEY, "42");
    assertThat(read(cells).record().nir()).isEqualTo("180072A00412342");

    cells.put(NIR_KEY, "69");
    assertThat(read(cells).problems())
        .extracting(RowProblem::message)
        .containsExactly("Clé NIR incorrecte : 42 attendue");

    cells.put(MATRICULE, "180072b004123");
    assertThat(read(cells).record().nir()).as("2B counts as 18").isEqualTo("180072B00412369");
  }

  @Test
  void singleFifteenCharacterNirColumn() {
    Map<String, String> cells = reynaud();
    cells.remove(MATRICULE);
    cells.remove(NIR_KEY);
    cells.put(NIR, "1 54 08 43 026 279 62");
    assertThat(read(cells).record().nir()).isEqualTo("154084302627962");

    cells.put(NIR, "154084302627963");
    RowResult wrong = read(cells);
    assertThat(wrong.isAccepted()).isFalse();
    assertThat(wrong.problems())
        .containsExactly(
            new RowProblem(2, column(NIR), "15408•••", "Clé NIR incorrecte : 62 attendue"));
  }

  @Test
  void rowWithoutAnyNirIsAcceptedForDeduplicationByIdentity() {
    Map<String, String> cells = reynaud();
    cells.remove(MATRICULE);
    cells.remove(NIR_KEY);
    cells.remove(SEX);

    RowResult result = read(cells);

    assertThat(result.isAccepted()).isTrue();
    assertThat(result.record().nir()).isNull();
    assertThat(result.record().sex()).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "30/02/1954|Date inexistante",
        "54-08-29|Date illisible (attendu jj/mm/aaaa ou aaaa-mm-jj)",
        "23/11/2026|Date de naissance dans le futur",
        "31/12/1899|Date de naissance antérieure à 1900"
      })
  void badBirthDateRejectsTheRow(String birthDate, String message) {
    RowResult result = readWith(BIRTH_DATE, birthDate);

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.problems())
        .containsExactly(new RowProblem(2, column(BIRTH_DATE), birthDate, message));
  }

  @Test
  void badLandlineLeavesTheMobile() {
    RowResult result = readWith(PHONE, "04 65 71");

    assertThat(result.record().phone()).isNull();
    assertThat(result.record().mobile()).isEqualTo("0639980966");
  }

  @Test
  void twoPhoneColumnsAreKeptAsGiven() {
    Map<String, String> cells = reynaud();
    cells.put(PHONE, "+33 6 39 98 00 01");
    cells.put(MOBILE, "0033 4 65 71 00 02");

    PatientRecord record = read(cells).record();

    assertThat(record.phone()).isEqualTo("0639980001");
    assertThat(record.mobile()).isEqualTo("0465710002");
  }

  @Test
  void oneGenericPhoneColumnIsSortedByPrefix() {
    List<SourceField> onePhone =
        FIELDS.stream().filter(field -> !field.key().equals(MOBILE)).toList();
    Map<String, String> cells = reynaud();
    cells.remove(MOBILE);

    cells.put(PHONE, "06 39 98 09 66");
    PatientRecord mobile = source.read(MapSourceRow.of(onePhone, cells)).record();
    assertThat(mobile.mobile()).isEqualTo("0639980966");
    assertThat(mobile.phone()).isNull();

    cells.put(PHONE, "04 65 71 07 21");
    PatientRecord landline = source.read(MapSourceRow.of(onePhone, cells)).record();
    assertThat(landline.phone()).isEqualTo("0465710721");
    assertThat(landline.mobile()).isNull();
  }

  @Test
  void sexComesFromTheNirWhenAbsentOrUnreadable() {
    assertThat(readWith(SEX, null).record().sex()).isEqualTo(Sex.M);
    assertThat(readWith(SEX, "H").record().sex()).isEqualTo(Sex.M);
    assertThat(readWith(SEX, "2").record().sex()).as("the column wins").isEqualTo(Sex.F);

    RowResult unreadable = readWith(SEX, "X");
    assertThat(unreadable.record().sex()).isEqualTo(Sex.M);
    assertThat(unreadable.problems())
        .extracting(RowProblem::message)
        .containsExactly("Sexe non reconnu (attendu M ou F)");
  }

  @Test
  void aldCodeWithoutTheFlagMeansAld() {
    Map<String, String> cells = reynaud();
    cells.remove(ALD);
    cells.put(ALD_CODE, "8");

    RowResult result = read(cells);

    assertThat(result.record().ald()).isTrue();
    assertThat(result.record().aldCode()).isEqualTo(8);
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void aldCodeAgainstAFlagAtNoIsKeptWithAWarning() {
    RowResult result = readWith(ALD_CODE, "23");

    assertThat(result.record().ald()).isTrue();
    assertThat(result.record().aldCode()).isEqualTo(23);
    assertThat(result.problems())
        .extracting(RowProblem::column, RowProblem::value, RowProblem::message)
        .containsExactly(
            tuple(column(ALD), "N", "ALD à « non » alors qu'un code ALD est donné : ALD retenue"));
  }

  @Test
  void badAldCodeIsDroppedAndTheFlagKept() {
    Map<String, String> cells = reynaud();
    cells.put(ALD, "O");
    cells.put(ALD_CODE, "45");

    RowResult result = read(cells);

    assertThat(result.record().ald()).isTrue();
    assertThat(result.record().aldCode()).isNull();
    assertThat(result.problems())
        .extracting(RowProblem::message)
        .containsExactly("Code ALD invalide (nombre de 1 à 32 attendu)");
  }

  @Test
  void flagsAcceptTheUsualSpellingsAndWarnOnOthers() {
    assertThat(readWith(CSS, "oui").record().css()).isTrue();
    assertThat(readWith(CSS, "X").record().css()).isTrue();
    assertThat(readWith(CSS, "0").record().css()).isFalse();

    RowResult unknown = readWith(CSS, "en cours");
    assertThat(unknown.isAccepted()).isTrue();
    assertThat(unknown.record().css()).isNull();
    assertThat(unknown.problems())
        .extracting(RowProblem::message)
        .containsExactly("Valeur non reconnue (attendu oui/non, O/N, 1/0 ou X)");
  }

  @Test
  void badOptionalValuesAreDroppedOneWarningEach() {
    Map<String, String> cells = reynaud();
    cells.put(EMAIL, "theo.reynaud@");
    cells.put(INSEE_CODE, "4302");
    cells.put(LAST_DOCTOR_RPPS, "10918147562");
    cells.put(LAST_DOCTOR_END, "fin 2024");
    cells.put(POSTAL_CODE, "43 35");

    RowResult result = read(cells);

    assertThat(result.isAccepted()).isTrue();
    PatientRecord record = result.record();
    assertThat(record.email()).isNull();
    assertThat(record.inseeCode()).isNull();
    assertThat(record.lastDoctorRpps()).isNull();
    assertThat(record.lastDoctorEnd()).isNull();
    assertThat(record.postalCode()).isNull();
    assertThat(result.problems())
        .extracting(RowProblem::value)
        .containsExactly("43 35", "4302", "theo.reynaud@", "10918147562", "fin 2024");
  }

  @Test
  void namesAreTidied() {
    Map<String, String> cells = reynaud();
    cells.put(LAST_NAME, "da  silva");
    cells.put(USAGE_NAME, "Martin");
    cells.put(FIRST_NAME, "jean   marc");
    cells.put(EMAIL, "Theo.Reynaud@Example.org");

    PatientRecord record = read(cells).record();

    assertThat(record.lastName()).isEqualTo("DA SILVA");
    assertThat(record.usageName()).isEqualTo("MARTIN");
    assertThat(record.firstName()).isEqualTo("jean marc");
    assertThat(record.email()).isEqualTo("theo.reynaud@example.org");
  }

  @Test
  void identity() {
    assertThat(source.id()).isEqualTo("cpam-listing");
    assertThat(source.label()).isEqualTo("Listing CPAM des assurés sans médecin traitant");
    assertThat(source.description()).isNotBlank();
    assertThat(FIELDS)
        .filteredOn(SourceField::required)
        .extracting(SourceField::key)
        .containsExactly(LAST_NAME, FIRST_NAME, BIRTH_DATE);
    CpamPlugin plugin = new CpamPlugin();
    assertThat(plugin.id()).isEqualTo("cpam");
    assertThat(plugin.label()).isEqualTo("CPAM (Assurance Maladie)");
    assertThat(plugin.patientSources()).extracting(s -> s.id()).containsExactly("cpam-listing");
    assertThat(plugin.priorityRules()).isEmpty();
  }
}
