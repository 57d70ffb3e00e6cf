package fr.orienta.spi.testkit;

import static fr.orienta.spi.CommonFields.BIRTH_DATE;
import static fr.orienta.spi.CommonFields.FIRST_NAME;
import static fr.orienta.spi.CommonFields.LAST_NAME;
import static fr.orienta.spi.CommonFields.PHONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.orienta.spi.CommonFields;
import fr.orienta.spi.PatientSource;
import fr.orienta.spi.RowProblem;
import fr.orienta.spi.RowResult;
import fr.orienta.spi.SourceField;
import fr.orienta.spi.Values;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Extend this class in the test of a {@link PatientSource} that declares the identity and phone
 * under the {@link CommonFields} keys: the inherited tests check what every such source must do
 * alike, starting from a row it accepts. A row without identity is rejected with one problem per
 * gap, birth dates read the same in every usual spelling, a bad phone is dropped with a warning,
 * and columns are found by field rather than by position. The helpers ({@link #clockOn}, {@link
 * #read}, {@link #readWith}, {@link #column}, {@link #keysMatching}) serve the source's own tests.
 *
 * <pre>{@code
 * class MsaListingSourceTest extends PatientSourceContractTest {
 *   private final MsaListingSource source = new MsaListingSource(clockOn(TODAY));
 *
 *   protected PatientSource source() { return source; }
 *
 *   protected Map<String, String> validRow() { ... }
 * }
 * }</pre>
 */
public abstract class PatientSourceContractTest {

  private static final String BAD_PHONE =
      "Numéro de téléphone invalide (10 chiffres commençant par 0 attendus)";

  /** The source under test, its clock fixed (see {@link #clockOn}) so that tests never age. */
  protected abstract PatientSource source();

  /**
   * A row the source accepts without warning, by field key, with a last name, first name, birth
   * date and phone: a new map at each call, for the tests to change.
   */
  protected abstract Map<String, String> validRow();

  /** The problem of a missing last name, which names the field as the source labels it. */
  protected String missingLastName() {
    return "Nom de naissance manquant";
  }

  /** A clock stopped at the start of {@code today} in France, the sources' time zone. */
  protected static Clock clockOn(LocalDate today) {
    return Clock.fixed(today.atStartOfDay(Values.FRANCE).toInstant(), Values.FRANCE);
  }

  /** The source's reading of a row with these cells, the columns in {@link #source}'s order. */
  protected RowResult read(Map<String, String> cells) {
    return source().read(MapSourceRow.of(source().fields(), cells));
  }

  /** The source's reading of {@link #validRow} with one cell changed ({@code null}: blank). */
  protected RowResult readWith(String key, String value) {
    Map<String, String> cells = validRow();
    cells.put(key, value);
    return read(cells);
  }

  /** The 1-based column of a field in rows {@link #read} builds, 0 when the source lacks it. */
  protected int column(String key) {
    return MapSourceRow.empty(source().fields()).column(key);
  }

  /** The keys of the fields a header names: exactly one for a header the source knows. */
  protected List<String> keysMatching(String header) {
    return source().fields().stream()
        .filter(field -> field.matches(header))
        .map(SourceField::key)
        .toList();
  }

  @Test
  @DisplayName("accepte sans avertissement la ligne valide dont partent les autres tests")
  public void validRowIsAcceptedWithoutWarning() {
    RowResult result = read(validRow());

    assertTrue(result.isAccepted(), "la ligne valide est rejetée : " + result.problems());
    assertEquals(List.of(), result.problems());
  }

  @Test
  @DisplayName("rejette une ligne sans identité en nommant chaque manque")
  public void missingIdentityRejectsTheRowNamingEachGap() {
    Map<String, String> cells = validRow();
    cells.remove(LAST_NAME);
    cells.put(FIRST_NAME, "  ");
    cells.remove(BIRTH_DATE);

    RowResult result = read(cells);

    assertFalse(result.isAccepted(), "ligne acceptée sans identité");
    assertEquals(
        List.of(
            new RowProblem(2, column(LAST_NAME), null, missingLastName()),
            new RowProblem(2, column(FIRST_NAME), null, "Prénom manquant"),
            new RowProblem(2, column(BIRTH_DATE), null, "Date de naissance manquante")),
        result.problems());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "dd/MM/yyyy",
        "d/M/yyyy",
        "dd-MM-yyyy",
        "dd.MM.yyyy",
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss"
      })
  @DisplayName("lit la date de naissance à la française, en ISO et en date-heure de tableur")
  public void isoAndFrenchBirthDatesAreTheSame(String pattern) {
    LocalDate birthDate = read(validRow()).record().birthDate();
    String spelled = DateTimeFormatter.ofPattern(pattern).format(birthDate.atStartOfDay());

    RowResult result = readWith(BIRTH_DATE, spelled);

    assertEquals(birthDate, result.record().birthDate(), spelled);
    assertEquals(List.of(), result.problems(), spelled);
  }

  @ParameterizedTest
  @ValueSource(strings = {"04 65 71", "06 39 98 67 5O", "6 39 98 72 54"})
  @DisplayName("écarte un téléphone invalide avec un avertissement")
  public void badPhoneIsDroppedWithAWarning(String phone) {
    assumeTrue(column(PHONE) > 0, "la source n'a pas de colonne téléphone");
    Map<String, String> withoutPhone = validRow();
    withoutPhone.remove(PHONE);

    RowResult result = readWith(PHONE, phone);

    assertTrue(result.isAccepted(), "ligne rejetée pour un téléphone");
    assertEquals(read(withoutPhone).record(), result.record(), "comme sans téléphone");
    assertEquals(List.of(new RowProblem(2, column(PHONE), phone, BAD_PHONE)), result.problems());
  }

  @Test
  @DisplayName("lit chaque colonne par son champ, dans n'importe quel ordre")
  public void columnsInAnotherOrderAreReadByField() {
    assumeTrue(column(PHONE) > 0, "la source n'a pas de colonne téléphone");
    List<SourceField> reversed = new ArrayList<>(source().fields());
    Collections.reverse(reversed);
    Map<String, String> cells = validRow();
    cells.put(PHONE, "06 39 98");

    RowResult result = source().read(MapSourceRow.of(reversed, cells));

    assertTrue(result.isAccepted(), "ligne rejetée une fois les colonnes inversées");
    assertEquals(read(cells).record(), result.record(), "le même enregistrement");
    int reversedColumn = reversed.size() - column(PHONE) + 1;
    assertEquals(
        List.of(new RowProblem(2, reversedColumn, "06 39 98", BAD_PHONE)), result.problems());
  }
}
