package fr.orienta.plugin.msa;

import static fr.orienta.plugin.msa.MsaListingSource.FIELDS;
import static fr.orienta.spi.CommonFields.ADDRESS;
import static fr.orienta.spi.CommonFields.ALD;
import static fr.orienta.spi.CommonFields.BIRTH_DATE;
import static fr.orienta.spi.CommonFields.COMMUNE_NAME;
import static fr.orienta.spi.CommonFields.CSS;
import static fr.orienta.spi.CommonFields.EMAIL;
import static fr.orienta.spi.CommonFields.FIRST_NAME;
import static fr.orienta.spi.CommonFields.INSEE_CODE;
import static fr.orienta.spi.CommonFields.LAST_NAME;
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
import fr.orienta.spi.testkit.PatientSourceContractTest;
import fr.orienta.spi.testkit.SampleCsv;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MsaListingSourceTest extends PatientSourceContractTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private final MsaListingSource source = new MsaListingSource(clockOn(TODAY));

  @Override
  protected PatientSource source() {
    return source;
  }

  @Override
  protected Map<String, String> validRow() {
    return fournier();
  }

  /** The first row of the sample listing, by field. */
  private static Map<String, String> fournier() {
    Map<String, String> cells = new HashMap<>();
    cells.put(NIR, "167094302647323");
    cells.put(LAST_NAME, "Fournier");
    cells.put(FIRST_NAME, "Stéphane");
    cells.put(BIRTH_DATE, "1967-09-26");
    cells.put(ADDRESS, "53 rue du Forez");
    cells.put(POSTAL_CODE, "43350");
    cells.put(COMMUNE_NAME, "Bellevue-la-Montagne");
    cells.put(PHONE, "06 39 98 67 50");
    cells.put(EMAIL, "stephane.fournier98@example.org");
    cells.put(ALD, "oui");
    cells.put(CSS, "oui");
    return cells;
  }

  private SampleCsv msaSample() {
    // Decoded as plain UTF-8 on purpose: the byte order mark stays glued to the first header.
    return SampleCsv.read("msa-listing.csv", StandardCharsets.UTF_8, ";", FIELDS);
  }

  @Test
  void everyHeaderOfTheSampleListingIsKnownDespiteTheByteOrderMark() {
    SampleCsv file = msaSample();

    assertThat(file.headers().get(0)).startsWith("\uFEFF");
    assertThat(file.unmatched()).isEmpty();
    assertThat(file.keys())
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
  }

  @Test
  void everyRowOfTheSampleListingIsAcceptedWithoutWarning() {
    List<RowResult> results = msaSample().results(source);

    assertThat(results).hasSize(15);
    assertThat(results).allSatisfy(result -> assertThat(result.isAccepted()).isTrue());
    assertThat(results.stream().flatMap(result -> result.problems().stream())).isEmpty();
    List<PatientRecord> records = results.stream().map(RowResult::record).toList();
    assertThat(records).filteredOn(r -> Boolean.TRUE.equals(r.ald())).hasSize(2);
    assertThat(records).filteredOn(r -> Boolean.TRUE.equals(r.css())).hasSize(1);
    assertThat(records).allSatisfy(r -> assertThat(r.nir()).hasSize(15));
    assertThat(records).allSatisfy(r -> assertThat(r.sex()).isNotNull());
  }

  @Test
  void firstSampleRowIsNormalised() {
    PatientRecord first = source.read(msaSample().rows().get(0)).record();

    assertThat(first.nir()).isEqualTo("167094302647323");
    assertThat(first.lastName()).isEqualTo("FOURNIER");
    assertThat(first.usageName()).isNull();
    assertThat(first.firstName()).isEqualTo("Stéphane");
    assertThat(first.birthDate()).isEqualTo(LocalDate.of(1967, 9, 26));
    assertThat(first.sex()).as("from the NIR").isEqualTo(Sex.M);
    assertThat(first.address()).isEqualTo("53 rue du Forez");
    assertThat(first.postalCode()).isEqualTo("43350");
    assertThat(first.communeName()).isEqualTo("Bellevue-la-Montagne");
    assertThat(first.inseeCode()).isNull();
    assertThat(first.phone()).isNull();
    assertThat(first.mobile()).isEqualTo("0639986750");
    assertThat(first.email()).isEqualTo("stephane.fournier98@example.org");
    assertThat(first.ald()).isTrue();
    assertThat(first.aldCode()).isNull();
    assertThat(first.css()).isTrue();
  }

  @Test
  void otherSampleRows() {
    List<PatientRecord> records =
        msaSample().results(source).stream().map(RowResult::record).toList();

    PatientRecord bonnet = records.get(1);
    assertThat(bonnet.communeName()).isEqualTo("Allègre");
    assertThat(bonnet.email()).isNull();
    assertThat(bonnet.ald()).isFalse();
    assertThat(bonnet.css()).isFalse();

    assertThat(records.get(2).sex()).isEqualTo(Sex.F);

    PatientRecord daSilva = records.get(7);
    assertThat(daSilva.lastName()).isEqualTo("DA SILVA");
    assertThat(daSilva.firstName()).isEqualTo("André");
    assertThat(daSilva.email()).isEqualTo("andre.da-silva90@example.org");

    PatientRecord louis = records.get(13);
    assertThat(louis.phone()).as("a landline").isEqualTo("0465715882");
    assertThat(louis.mobile()).isNull();
    assertThat(louis.address()).isEqualTo("30 lieu-dit Le Bourg");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "N° sécurité sociale|nir",
        "N° de sécurité sociale|nir",
        "NIR|nir",
        "nir_avec_cle|nir",
        "NOM|lastName",
        "Nom de naissance|lastName",
        "Nom patronymique|lastName",
        "Nom d'usage|usageName",
        "PRÉNOM|firstName",
        "Né(e) le|birthDate",
        "NE LE|birthDate",
        "Date de naissance|birthDate",
        "DDN|birthDate",
        "date_naissance|birthDate",
        "Tél|phone",
        "Téléphone|phone",
        "telephone|phone",
        "Portable|phone",
        "Mail|email",
        "Courriel|email",
        "E-mail|email",
        "Adresse postale|address",
        "Adresse|address",
        "CP|postalCode",
        "Code postal|postalCode",
        "Ville|communeName",
        "Commune|communeName",
        "Code INSEE|inseeCode",
        "Exonération ALD|ald",
        "Exo. ALD|ald",
        "C2S|css",
        "CSS|css",
        "Sexe|sex"
      })
  void headerSpellingsFoundInListings(String header, String key) {
    assertThat(keysMatching(header)).containsExactly(key);
  }

  @Test
  void wrongNirKeyRejectsTheRowWithoutShowingTheNir() {
    RowResult result = readWith(NIR, "167094302647324");

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.problems())
        .containsExactly(
            new RowProblem(2, column(NIR), "16709•••", "Clé NIR incorrecte : 23 attendue"));
    assertThat(result.problems().toString()).doesNotContain("1670943026473");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1670943026473", "16709430264732", "367094302647323X", "inconnu"})
  void malformedNirRejectsTheRow(String nir) {
    RowResult result = readWith(NIR, nir);

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.problems()).hasSize(1);
    assertThat(result.problems().get(0).column()).isEqualTo(column(NIR));
    assertThat(result.problems().get(0).value()).endsWith("•••").hasSizeLessThanOrEqualTo(8);
  }

  @Test
  void corsicaNir() {
    assertThat(readWith(NIR, "180072A00412342").record().nir()).isEqualTo("180072A00412342");
    assertThat(readWith(NIR, "1 80 07 2B 004 123 69").record().nir()).isEqualTo("180072B00412369");
    assertThat(readWith(NIR, "180072B00412342").problems())
        .extracting(RowProblem::message)
        .containsExactly("Clé NIR incorrecte : 69 attendue");
  }

  @Test
  void rowWithoutNirIsAccepted() {
    RowResult result = readWith(NIR, null);

    assertThat(result.isAccepted()).isTrue();
    assertThat(result.record().nir()).isNull();
    assertThat(result.record().sex()).isNull();
  }

  @Test
  void missingIdentityAndBadNirAreReportedTogether() {
    Map<String, String> cells = fournier();
    cells.put(NIR, "167094302647399");
    cells.remove(FIRST_NAME);
    cells.put(PHONE, "12");

    RowResult result = read(cells);

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.problems())
        .extracting(RowProblem::column)
        .containsExactly(column(NIR), column(FIRST_NAME), column(PHONE));
  }

  @Test
  void birthDateInTheFutureRejectsTheRow() {
    RowResult result = readWith(BIRTH_DATE, "2026-11-23");

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.problems())
        .containsExactly(
            new RowProblem(2, column(BIRTH_DATE), "2026-11-23", "Date de naissance dans le futur"));
  }

  @Test
  void internationalPrefixIsReadAsZero() {
    assertThat(readWith(PHONE, "+33 6 39 98 67 50").record().mobile()).isEqualTo("0639986750");
    assertThat(readWith(PHONE, "0033 4 65 71 58 82").record().phone()).isEqualTo("0465715882");
  }

  @Test
  void flagsAndTheirUnknownSpellings() {
    assertThat(readWith(ALD, "NON").record().ald()).isFalse();
    assertThat(readWith(ALD, "O").record().ald()).isTrue();
    assertThat(readWith(CSS, null).record().css()).isNull();

    RowResult unknown = readWith(CSS, "demande en cours");
    assertThat(unknown.isAccepted()).isTrue();
    assertThat(unknown.record().css()).isNull();
    assertThat(unknown.problems())
        .extracting(RowProblem::column, RowProblem::message)
        .containsExactly(
            tuple(column(CSS), "Valeur non reconnue (attendu oui/non, O/N, 1/0 ou X)"));
  }

  @Test
  void optionalColumnsSomeListingsHave() {
    Map<String, String> cells = fournier();
    cells.put(SEX, "F");
    cells.put(USAGE_NAME, "Martin");
    cells.put(INSEE_CODE, "43026");

    PatientRecord record = read(cells).record();

    assertThat(record.sex()).as("the column wins over the NIR").isEqualTo(Sex.F);
    assertThat(record.usageName()).isEqualTo("MARTIN");
    assertThat(record.inseeCode()).isEqualTo("43026");

    RowResult badInsee = readWith(INSEE_CODE, "Bellevue");
    assertThat(badInsee.record().inseeCode()).isNull();
    assertThat(badInsee.problems())
        .extracting(RowProblem::message)
        .containsExactly("Code INSEE invalide (5 caractères attendus, ex. 43003 ou 2A004)");
  }

  @Test
  void identity() {
    assertThat(source.id()).isEqualTo("msa-listing");
    assertThat(source.label()).isEqualTo("Listing MSA des assurés sans médecin traitant");
    assertThat(source.description()).isNotBlank();
    assertThat(FIELDS)
        .filteredOn(SourceField::required)
        .extracting(SourceField::key)
        .containsExactly(LAST_NAME, FIRST_NAME, BIRTH_DATE);
    MsaPlugin plugin = new MsaPlugin();
    assertThat(plugin.id()).isEqualTo("msa");
    assertThat(plugin.label()).isEqualTo("MSA (Mutualité sociale agricole)");
    assertThat(plugin.patientSources()).extracting(s -> s.id()).containsExactly("msa-listing");
    assertThat(plugin.priorityRules()).isEmpty();
  }
}
