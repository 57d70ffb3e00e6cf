package fr.orienta.spi;

import static fr.orienta.spi.CommonFields.ADDRESS;
import static fr.orienta.spi.CommonFields.BIRTH_DATE;
import static fr.orienta.spi.CommonFields.COMMUNE_NAME;
import static fr.orienta.spi.CommonFields.FIRST_NAME;
import static fr.orienta.spi.CommonFields.INSEE_CODE;
import static fr.orienta.spi.CommonFields.LAST_NAME;
import static fr.orienta.spi.CommonFields.MOBILE;
import static fr.orienta.spi.CommonFields.PHONE;
import static fr.orienta.spi.CommonFields.POSTAL_CODE;
import static fr.orienta.spi.CommonFields.SEX;
import static fr.orienta.spi.CommonFields.USAGE_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.orienta.spi.PatientRecord.Sex;
import fr.orienta.spi.Values.RowCheck;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CommonFieldsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final String NIR = "154084302627962";

  /** A row whose columns are the keys of {@code cells}, in insertion order. */
  private record Row(Map<String, String> cells) implements SourceRow {
    static Row of(String... keysAndValues) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (int i = 0; i < keysAndValues.length; i += 2) {
        cells.put(keysAndValues[i], keysAndValues[i + 1]);
      }
      return new Row(cells);
    }

    @Override
    public long line() {
      return 5;
    }

    @Override
    public String get(String fieldKey) {
      String value = cells.get(fieldKey);
      return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public int column(String fieldKey) {
      return List.copyOf(cells.keySet()).indexOf(fieldKey) + 1;
    }
  }

  private static Row identity(String... more) {
    Row row = Row.of(LAST_NAME, "reynaud", FIRST_NAME, "Théo", BIRTH_DATE, "29/08/1954", SEX, "M");
    Map<String, String> cells = new LinkedHashMap<>(row.cells());
    cells.putAll(Row.of(more).cells());
    return new Row(cells);
  }

  private static List<Field> constants(Class<?> type) {
    return Arrays.stream(CommonFields.class.getFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == type)
        .toList();
  }

  @Nested
  class Declarations {

    @Test
    void everyKeyNamesTheRecordComponentItFills() throws IllegalAccessException {
      List<String> components =
          Arrays.stream(PatientRecord.class.getRecordComponents())
              .map(RecordComponent::getName)
              .toList();

      List<Field> keys = constants(String.class);

      assertThat(keys).isNotEmpty();
      for (Field key : keys) {
        assertThat(components).as(key.getName()).contains((String) key.get(null));
      }
    }

    @Test
    void noSpellingIsClaimedTwice() throws IllegalAccessException {
      // A listing declaring every list must never see one header name two fields.
      Map<String, String> owners = new HashMap<>();
      List<Field> lists = constants(List.class);

      assertThat(lists).isNotEmpty();
      for (Field list : lists) {
        for (Object alias : (List<?>) list.get(null)) {
          String normalised = SourceField.normalise((String) alias);
          assertThat(normalised).as(alias.toString()).isNotEmpty();
          assertThat(owners.put(normalised, list.getName()))
              .as("« %s » in %s", alias, list.getName())
              .isNull();
        }
      }
    }
  }

  @Nested
  class Identity {

    @Test
    void readsTheIdentityTidied() {
      Row row = identity(USAGE_NAME, "martin");

      PatientRecord record =
          CommonFields.readIdentity(new RowCheck(row), NIR, TODAY, "Nom manquant").build();

      assertThat(record.nir()).isEqualTo(NIR);
      assertThat(record.lastName()).isEqualTo("REYNAUD");
      assertThat(record.usageName()).isEqualTo("MARTIN");
      assertThat(record.firstName()).isEqualTo("Théo");
      assertThat(record.birthDate()).isEqualTo(LocalDate.of(1954, 8, 29));
      assertThat(record.sex()).isEqualTo(Sex.M);
    }

    @Test
    void missingIdentityRejectsNamingEachGapInReadingOrder() {
      Row row = Row.of(FIRST_NAME, " ", LAST_NAME, null, USAGE_NAME, "1", BIRTH_DATE, null);
      RowCheck check = new RowCheck(row);

      CommonFields.readIdentity(check, null, TODAY, "Nom de naissance manquant");

      assertThat(check.isRejected()).isTrue();
      assertThat(check.problems())
          .extracting(RowProblem::column, RowProblem::message)
          .containsExactly(
              tuple(2, "Nom de naissance manquant"),
              tuple(3, "Nom illisible (aucune lettre)"),
              tuple(1, "Prénom manquant"),
              tuple(4, "Date de naissance manquante"));
    }

    @Test
    void birthDatesAreJudgedAgainstToday() {
      RowCheck tomorrow = new RowCheck(identity(BIRTH_DATE, "23/11/2026"));
      CommonFields.readIdentity(tomorrow, null, TODAY, "Nom manquant");
      RowCheck today = new RowCheck(identity(BIRTH_DATE, "22/11/2026"));
      CommonFields.readIdentity(today, null, TODAY, "Nom manquant");

      assertThat(tomorrow.problems())
          .extracting(RowProblem::message)
          .containsExactly("Date de naissance dans le futur");
      assertThat(today.isRejected()).isFalse();
    }

    @Test
    void theSexColumnWinsAndTheNirStandsInForIt() {
      String woman = "254084302627903";

      assertThat(read(identity(SEX, "F"), NIR).sex()).as("the column wins").isEqualTo(Sex.F);
      assertThat(read(identity(SEX, null), woman).sex()).isEqualTo(Sex.F);
      assertThat(read(identity(SEX, "?"), woman).sex()).as("unreadable").isEqualTo(Sex.F);
      assertThat(read(identity(SEX, null), null).sex()).isNull();
    }

    @Test
    void fieldsTheSourceDoesNotDeclareReadAsAbsent() {
      Row row = Row.of(LAST_NAME, "Paris", FIRST_NAME, "Jeanne", BIRTH_DATE, "1960-10-04");
      RowCheck check = new RowCheck(row);

      PatientRecord record = CommonFields.readIdentity(check, null, TODAY, "Nom manquant").build();

      assertThat(check.problems()).isEmpty();
      assertThat(record.usageName()).isNull();
      assertThat(record.sex()).isNull();
    }

    private PatientRecord read(Row row, String nir) {
      return CommonFields.readIdentity(new RowCheck(row), nir, TODAY, "Nom manquant").build();
    }
  }

  @Nested
  class Address {

    @Test
    void readsTheAddressAndWarnsOnBadCodes() {
      Row row =
          Row.of(
              ADDRESS, " 4  route de Craponne ",
              POSTAL_CODE, "43 35",
              COMMUNE_NAME, "Bellevue-la-Montagne",
              INSEE_CODE, "2a004");
      RowCheck check = new RowCheck(row);

      PatientRecord record = CommonFields.readAddress(check, PatientRecord.builder()).build();

      assertThat(record.address()).isEqualTo("4 route de Craponne");
      assertThat(record.postalCode()).isNull();
      assertThat(record.communeName()).isEqualTo("Bellevue-la-Montagne");
      assertThat(record.inseeCode()).isEqualTo("2A004");
      assertThat(check.isRejected()).isFalse();
      assertThat(check.problems())
          .containsExactly(
              new RowProblem(5, 2, "43 35", "Code postal invalide (5 chiffres attendus)"));
    }
  }

  @Nested
  class Phones {

    @Test
    void twoColumnsAreKeptAsGiven() {
      PatientRecord record = read(Row.of(PHONE, "06 39 98 00 01", MOBILE, "04 65 71 00 02"));

      assertThat(record.phone()).isEqualTo("0639980001");
      assertThat(record.mobile()).isEqualTo("0465710002");
    }

    @Test
    void oneColumnIsSortedByPrefix() {
      assertThat(read(Row.of(PHONE, "07 39 98 00 01")).mobile()).isEqualTo("0739980001");
      assertThat(read(Row.of(PHONE, "07 39 98 00 01")).phone()).isNull();
      assertThat(read(Row.of(PHONE, "+33 4 65 71 00 02")).phone()).isEqualTo("0465710002");
      assertThat(read(Row.of(MOBILE, "04 65 71 00 02")).phone())
          .as("a landline in the only column, named mobile")
          .isEqualTo("0465710002");
      assertThat(read(Row.of(MOBILE, "04 65 71 00 02")).mobile()).isNull();
    }

    @Test
    void badNumberIsDroppedWithAWarningAtItsColumn() {
      RowCheck check = new RowCheck(Row.of(PHONE, "04 65 71 07 21", MOBILE, "06 39"));

      PatientRecord record = CommonFields.readPhones(check, PatientRecord.builder()).build();

      assertThat(record.phone()).isEqualTo("0465710721");
      assertThat(record.mobile()).isNull();
      assertThat(check.problems())
          .extracting(RowProblem::column, RowProblem::value)
          .containsExactly(tuple(2, "06 39"));
    }

    private PatientRecord read(Row row) {
      return CommonFields.readPhones(new RowCheck(row), PatientRecord.builder()).build();
    }
  }
}
