package fr.orienta.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.orienta.spi.PatientRecord.Sex;
import fr.orienta.spi.Values.Parsed;
import fr.orienta.spi.Values.RowCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static <T> void assertBad(Parsed<T> parsed, String message) {
    assertThat(parsed.isBad()).as("bad").isTrue();
    assertThat(parsed.value()).isNull();
    assertThat(parsed.problem()).isEqualTo(message);
  }

  @Test
  void separatorsOfEveryKindAreRemovedAndTheRestKept() {
    assertThat(Values.withoutSeparators("06 12.34-56\u00A078\u2007\u202F\t\r\n9"))
        .isEqualTo("06123456789");
    assertThat(Values.withoutSeparators("2A/b_(0)")).isEqualTo("2A/b_(0)");
    assertThat(Values.withoutSeparators(" .- ")).isEmpty();
    String plain = "0612345678";
    assertThat(Values.withoutSeparators(plain)).isSameAs(plain);
  }

  @Nested
  class Blank {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "\u00A0"})
    void blankIsAbsentForEveryParser(String raw) {
      List<Parsed<?>> all =
          List.of(
              Values.lastName(raw),
              Values.firstName(raw),
              Values.date(raw),
              Values.birthDate(raw, TODAY),
              Values.flag(raw),
              Values.sex(raw),
              Values.phone(raw),
              Values.email(raw),
              Values.postalCode(raw),
              Values.inseeCode(raw),
              Values.aldCode(raw),
              Values.rpps(raw),
              Values.nir(raw),
              Values.nir(raw, raw));
      assertThat(all).allSatisfy(parsed -> assertThat(parsed.isAbsent()).isTrue());
      assertThat(Values.text(raw)).isNull();
      assertThat(Values.maskNir(raw)).isNull();
    }
  }

  @Nested
  class Names {

    @Test
    void lastNamesAreUpperCasedKeepingTheirAccents() {
      assertThat(Values.lastName("  Pérez ").value()).isEqualTo("PÉREZ");
      assertThat(Values.lastName("Da   Silva").value()).isEqualTo("DA SILVA");
      assertThat(Values.lastName("françois").value()).isEqualTo("FRANÇOIS");
      assertThat(Values.lastName("Le\u00A0Goff").value()).isEqualTo("LE GOFF");
    }

    @Test
    void firstNamesStayAsGivenButTrimmedAndCollapsed() {
      assertThat(Values.firstName(" Jean-Pierre ").value()).isEqualTo("Jean-Pierre");
      assertThat(Values.firstName("Anne   Marie").value()).isEqualTo("Anne Marie");
      assertThat(Values.firstName("théo").value()).isEqualTo("théo");
    }

    @Test
    void aNameWithoutLetterIsBad() {
      assertBad(Values.lastName("?#!"), "Nom illisible (aucune lettre)");
      assertBad(Values.firstName("123"), "Prénom illisible (aucune lettre)");
      assertThat(Values.lastName("?#!").shownValue()).isEqualTo("?#!");
    }

    @Test
    void accentsAreStrippedEverythingElseKept() {
      assertThat(Values.stripAccents("Lefèvre Zoé, Noël à l'Hôpital"))
          .isEqualTo("Lefevre Zoe, Noel a l'Hopital");
      assertThat(Values.stripAccents("ÇA Ï Œuvre")).isEqualTo("CA I Œuvre");
      assertThat(Values.stripAccents("Plain ASCII - 43000")).isEqualTo("Plain ASCII - 43000");
      assertThat(Values.stripAccents("")).isEmpty();
    }

    @Test
    void textTrimsAndCollapses() {
      assertThat(Values.text(" 4  route\tde Craponne ")).isEqualTo("4 route de Craponne");
      assertThat(Values.text("4 route de Craponne")).isEqualTo("4 route de Craponne");
      assertThat(Values.text("\u0001a\u00A0b\u0002")).isEqualTo("a b");
    }

    @Test
    void textIsTrimmedWithRunsOfAnySpaceMadeOne() {
      // What text() means, as it was first written; the faster pass must give the same.
      Pattern spaces = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
      char[] alphabet = {
        'a', 'É', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2007', '\u202F',
        '\u2003', '\u0001', '-'
      };
      Random random = new Random(3);
      for (int n = 0; n < 20_000; n++) {
        char[] raw = new char[random.nextInt(7)];
        for (int i = 0; i < raw.length; i++) {
          raw[i] = alphabet[random.nextInt(alphabet.length)];
        }
        String text = new String(raw);
        String expected = spaces.matcher(text).replaceAll(" ").trim();
        assertThat(Values.text(text))
            .as("%s", text.chars().mapToObj(Integer::toHexString).toList())
            .isEqualTo(expected.isEmpty() ? null : expected);
      }
    }
  }

  @Nested
  class Dates {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "29/08/1954",
          "29/8/1954",
          "29-08-1954",
          "29.08.1954",
          "1954-08-29",
          "1954-08-29T00:00",
          "1954-08-29T00:00:00",
          "1954-08-29 00:00:00",
          "1954-08-29 00:00:00.0",
          "29/08/1954 00:00",
          " 29/08/1954 "
        })
    void everyUsualSpellingGivesTheSameDate(String raw) {
      assertThat(Values.date(raw).value()).isEqualTo(LocalDate.of(1954, 8, 29));
    }

    @Test
    void shortDayAndMonthAreRead() {
      assertThat(Values.date("2/3/1980").value()).isEqualTo(LocalDate.of(1980, 3, 2));
      assertThat(Values.date("1980-3-2").value()).isEqualTo(LocalDate.of(1980, 3, 2));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"29/08/54", "1954/08/29", "29/08-1954", "hier", "29 août 1954", "19540829"})
    void otherShapesAreUnreadable(String raw) {
      assertBad(Values.date(raw), "Date illisible (attendu jj/mm/aaaa ou aaaa-mm-jj)");
      assertThat(Values.date(raw).shownValue()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/1980", "1980-13-01", "00/01/1980", "29/02/2023"})
    void impossibleDatesAreBad(String raw) {
      assertBad(Values.date(raw), "Date inexistante");
    }

    @Test
    void leapDayIsADate() {
      assertThat(Values.date("29/02/2024").value()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void birthDateCannotBeInTheFutureNorBefore1900() {
      assertThat(Values.birthDate("22/11/2026", TODAY).value()).isEqualTo(TODAY);
      assertBad(Values.birthDate("23/11/2026", TODAY), "Date de naissance dans le futur");
      assertBad(Values.birthDate("31/12/1899", TODAY), "Date de naissance antérieure à 1900");
      assertThat(Values.birthDate("01/01/1900", TODAY).value()).isEqualTo(LocalDate.of(1900, 1, 1));
      assertBad(
          Values.birthDate("bientôt", TODAY), "Date illisible (attendu jj/mm/aaaa ou aaaa-mm-jj)");
    }
  }

  @Nested
  class Flags {

    @ParameterizedTest
    @ValueSource(
        strings = {"O", "o", "Oui", "OUI", "Y", "yes", "1", "true", "TRUE", "Vrai", "X", "x"})
    void yes(String raw) {
      assertThat(Values.flag(raw).value()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"N", "n", "Non", "NON", "no", "0", "false", "Faux"})
    void no(String raw) {
      assertThat(Values.flag(raw).value()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"peut-être", "2", "?", "oui/non", "-"})
    void anythingElseIsBad(String raw) {
      assertBad(Values.flag(raw), "Valeur non reconnue (attendu oui/non, O/N, 1/0 ou X)");
    }
  }

  @Nested
  class Sexes {

    @ParameterizedTest
    @CsvSource({
      "M, M", "m, M", "H, M", "1, M", "Homme, M", "Masculin, M", "M., M", "Monsieur, M",
      "F, F", "f, F", "2, F", "Femme, F", "Féminin, F", "Mme, F", "Mlle, F", "Madame, F"
    })
    void usualSpellings(String raw, Sex expected) {
      assertThat(Values.sex(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"X", "3", "Inconnu", "MF"})
    void anythingElseIsBad(String raw) {
      assertBad(Values.sex(raw), "Sexe non reconnu (attendu M ou F)");
    }

    @Test
    void fromTheNirFirstDigit() {
      assertThat(Values.sexFromNir("154084302627962")).isEqualTo(Sex.M);
      assertThat(Values.sexFromNir("248094300366148")).isEqualTo(Sex.F);
      assertThat(Values.sexFromNir("754084302627962")).isNull();
      assertThat(Values.sexFromNir(null)).isNull();
      assertThat(Values.sexFromNir("")).isNull();
    }
  }

  @Nested
  class Phones {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "06 39 98 09 66",
          "0639980966",
          "06.39.98.09.66",
          "06-39-98-09-66",
          "06/39/98/09/66",
          "+33 6 39 98 09 66",
          "+33639980966",
          "+33 (0)6 39 98 09 66",
          "0033 6 39 98 09 66",
          "06\u00A039\u00A098\u00A009\u00A066",
          "06\u202F39\u202F98\u202F09\u202F66"
        })
    void normalisedToTenDigits(String raw) {
      assertThat(Values.phone(raw).value()).isEqualTo("0639980966");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "639980966",
          "06 39 98 09 6",
          "06 39 98 09 66 1",
          "0039980966",
          "+44 20 7946 0000",
          "06 39 98 O9 66",
          "inconnu"
        })
    void otherwiseBad(String raw) {
      assertBad(
          Values.phone(raw),
          "Numéro de téléphone invalide (10 chiffres commençant par 0 attendus)");
      assertThat(Values.phone(raw).shownValue()).isEqualTo(raw);
    }

    @Test
    void mobilesStartWith06Or07() {
      assertThat(Values.isMobile("0639980966")).isTrue();
      assertThat(Values.isMobile("0712345678")).isTrue();
      assertThat(Values.isMobile("0465710721")).isFalse();
      assertThat(Values.isMobile("0965710721")).isFalse();
      assertThat(Values.isMobile(null)).isFalse();
    }
  }

  @Nested
  class Emails {

    @Test
    void lowerCasedAndTrimmed() {
      assertThat(Values.email(" Frederic.Caron94@Example.ORG ").value())
          .isEqualTo("frederic.caron94@example.org");
      assertThat(Values.email("andre.da-silva90@example.org").value())
          .isEqualTo("andre.da-silva90@example.org");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "pas de mail",
          "jean@",
          "@example.org",
          "jean@example",
          "a@@b.fr",
          "a b@c.fr",
          "a@b.fr; c@d.fr"
        })
    void sanityChecked(String raw) {
      assertBad(Values.email(raw), "Adresse e-mail invalide");
    }
  }

  @Nested
  class Codes {

    @Test
    void postalCodeHasFiveDigits() {
      assertThat(Values.postalCode("43350").value()).isEqualTo("43350");
      assertThat(Values.postalCode("43 350").value()).isEqualTo("43350");
      assertBad(Values.postalCode("4335"), "Code postal invalide (5 chiffres attendus)");
      assertBad(Values.postalCode("Allègre"), "Code postal invalide (5 chiffres attendus)");
    }

    @ParameterizedTest
    @CsvSource({
      "43026, 43026",
      "01001, 01001",
      "2A004, 2A004",
      "2b033, 2B033",
      "' 43 003 ', 43003"
    })
    void inseeCodeShape(String raw, String expected) {
      assertThat(Values.inseeCode(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1001", "430260", "2C004", "2A04", "Allègre", "43O26"})
    void badInseeCode(String raw) {
      assertBad(
          Values.inseeCode(raw), "Code INSEE invalide (5 caractères attendus, ex. 43003 ou 2A004)");
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "8, 8", "08, 8", "32, 32"})
    void aldCodeFrom1To32(String raw, int expected) {
      assertThat(Values.aldCode(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "33", "99", "ALD 8", "8.5", "-1", "huit", "1000"})
    void badAldCode(String raw) {
      assertBad(Values.aldCode(raw), "Code ALD invalide (nombre de 1 à 32 attendu)");
    }

    @Test
    void rppsIsLuhnChecked() {
      assertThat(Values.rpps("10918147561").value()).isEqualTo("10918147561");
      assertThat(Values.rpps("109 181 475 61").value()).isEqualTo("10918147561");
      assertThat(Values.rpps("810918147561").value())
          .as("identifiant national PP")
          .isEqualTo("10918147561");
      String message = "Numéro RPPS invalide (11 chiffres avec clé de contrôle attendus)";
      assertBad(Values.rpps("10918147562"), message);
      assertBad(Values.rpps("1091814756"), message);
      assertBad(Values.rpps("910918147561"), message);
      assertBad(Values.rpps("Dr Martin"), message);
    }
  }

  @Nested
  class Nirs {

    @Test
    void fifteenCharactersWithARightKey() {
      assertThat(Values.nir("154084302627962").value()).isEqualTo("154084302627962");
      assertThat(Values.nir("1 54 08 43 026 279 62").value()).isEqualTo("154084302627962");
      assertThat(Values.nir("1.54.08.43.026.279-62").value()).isEqualTo("154084302627962");
      assertThat(Values.nir("1\u00A054\u00A008 43 026 279 62").value())
          .isEqualTo("154084302627962");
    }

    @Test
    void wrongKeySaysTheExpectedOneButNeverTheNumber() {
      Parsed<String> parsed = Values.nir("154084302627961");

      assertBad(parsed, "Clé NIR incorrecte : 62 attendue");
      assertThat(parsed.shownValue()).isEqualTo("15408•••");
      assertThat(Values.nir("179104316249108").problem())
          .as("keys below 10 keep two digits")
          .isEqualTo("Clé NIR incorrecte : 09 attendue");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "15408430262796",
          "1540843026279622",
          "954084302627962",
          "15408430262A962",
          "?#!",
          "1540843026279XX"
        })
    void badShape(String raw) {
      Parsed<String> parsed = Values.nir(raw);
      assertBad(parsed, "NIR mal formé (13 caractères et une clé de 2 chiffres attendus)");
      assertThat(parsed.shownValue()).isEqualTo(Values.maskNir(raw)).hasSizeLessThanOrEqualTo(8);
    }

    @Test
    void thirteenCharactersAloneLackTheKey() {
      assertBad(
          Values.nir("1540843026279"),
          "Clé NIR manquante (13 caractères et une clé de 2 chiffres)");
    }

    @Test
    void corsicaCountsAs19And18() {
      assertThat(Values.nir("180072A00412342").value()).isEqualTo("180072A00412342");
      assertThat(Values.nir("180072b00412369").value()).isEqualTo("180072B00412369");
      assertBad(Values.nir("180072A00412369"), "Clé NIR incorrecte : 42 attendue");
    }

    @Test
    void twoColumnsNumberAndKey() {
      assertThat(Values.nir("1540843026279", "62").value()).isEqualTo("154084302627962");
      assertThat(Values.nir("1791043162491", "9").value())
          .as("a key that lost its leading zero")
          .isEqualTo("179104316249109");
      assertThat(Values.nir("154084302627962", "99").value())
          .as("a full number does not need the key column")
          .isEqualTo("154084302627962");
      assertBad(Values.nir("1540843026279", "61"), "Clé NIR incorrecte : 62 attendue");
      assertBad(Values.nir(null, "62"), "NIR incomplet : clé sans numéro (matricule)");
      assertThat(Values.nir(null, null).isAbsent()).isTrue();
    }

    @Test
    void maskKeepsSexYearAndMonthOnly() {
      assertThat(Values.maskNir("154084302627962")).isEqualTo("15408•••");
      assertThat(Values.maskNir("1 54 08 43 026 279 62")).isEqualTo("15408•••");
      assertThat(Values.maskNir("12")).isEqualTo("12•••");
      assertThat(Values.nir("154084302627962").shownValue()).isEqualTo("15408•••");
    }

    @Test
    void parsedNeverPrintsItsValue() {
      assertThat(Values.nir("154084302627962").toString()).doesNotContain("1540843");
      assertThat(Values.nir("154084302627961").toString()).doesNotContain("1540843");
    }
  }

  @Nested
  class RowChecks {

    private final SourceRow row =
        new SourceRow() {
          private final List<String> columns = List.of("nir", "lastName", "phone", "firstName");
          private final Map<String, String> cells =
              Map.of("nir", "154084302627961", "lastName", "Reynaud", "phone", "12");

          @Override
          public long line() {
            return 7;
          }

          @Override
          public String get(String fieldKey) {
            return cells.get(fieldKey);
          }

          @Override
          public int column(String fieldKey) {
            return columns.indexOf(fieldKey) + 1;
          }
        };

    @Test
    void optionalBadValueIsDroppedWithAWarning() {
      RowCheck check = new RowCheck(row);

      String phone = check.optional("phone", Values::phone);
      String lastName = check.required("lastName", Values::lastName, "Nom manquant");
      RowResult result = check.result(PatientRecord.builder().lastName(lastName).phone(phone));

      assertThat(result.isAccepted()).isTrue();
      assertThat(result.record().lastName()).isEqualTo("REYNAUD");
      assertThat(result.record().phone()).isNull();
      assertThat(result.problems())
          .containsExactly(
              new RowProblem(
                  7,
                  3,
                  "12",
                  "Numéro de téléphone invalide (10 chiffres commençant par 0 attendus)"));
    }

    @Test
    void missingRequiredValueRejectsAtItsColumn() {
      RowCheck check = new RowCheck(row);

      assertThat(check.required("firstName", Values::firstName, "Prénom manquant")).isNull();

      assertThat(check.isRejected()).isTrue();
      RowResult result = check.result(PatientRecord.builder());
      assertThat(result.isAccepted()).isFalse();
      assertThat(result.problems()).containsExactly(new RowProblem(7, 4, null, "Prénom manquant"));
    }

    @Test
    void badCheckedValueRejectsAndShowsTheMaskedNir() {
      RowCheck check = new RowCheck(row);

      String nir = check.checked("nir", Values::nir);

      assertThat(nir).isNull();
      check.optional("phone", Values::phone);
      check.warn("lastName", "Nom à vérifier");

      RowResult result = check.result(PatientRecord.builder());
      assertThat(result.isAccepted()).isFalse();
      assertThat(result.problems())
          .as("every problem is reported, in reading order")
          .extracting(RowProblem::column, RowProblem::value, RowProblem::message)
          .containsExactly(
              tuple(1, "15408•••", "Clé NIR incorrecte : 62 attendue"),
              tuple(
                  3, "12", "Numéro de téléphone invalide (10 chiffres commençant par 0 attendus)"),
              tuple(2, "Reynaud", "Nom à vérifier"));
      assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.line()).isEqualTo(7));
    }

    @Test
    void theRowIsTheOneBeingRead() {
      assertThat(new RowCheck(row).row()).isSameAs(row);
    }

    @Test
    void absentCheckedValueIsFine() {
      RowCheck check = new RowCheck(row);

      String nir = check.checked("firstName", Values::nir);

      assertThat(nir).isNull();

      assertThat(check.isRejected()).isFalse();
      assertThat(check.problems()).isEmpty();
      assertThat(check.result(PatientRecord.builder()).isAccepted()).isTrue();
    }
  }
}
