package fr.orienta.imports;

import fr.orienta.spi.SourceField;
import fr.orienta.spi.SourceRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which column of a file feeds which field of a {@link fr.orienta.spi.PatientSource}. A
 * coordinator's saved choices come first, then the fields' known header spellings ({@link
 * SourceField#matches}). Headers are compared after {@link SourceField#normalise}, so a saved
 * choice for « Né(e) le » still applies to a file headed « NE LE ».
 *
 * <p>The mapping is {@linkplain #isComplete complete} when every required field has a column and no
 * field has two. Otherwise {@link #problems()} says what is wrong, in French, and {@link
 * #unmappedHeaders()} lists the headers a mapping screen should offer.
 */
public final class HeaderMapping {

  /**
   * The field key a saved mapping gives a header the coordinator chose to ignore: it is then
   * neither read nor offered again for mapping.
   */
  public static final String IGNORED = "";

  private final List<String> headers;
  private final List<SourceField> fields;
  private final Map<String, Integer> columnsByField = new HashMap<>();
  private final List<String> unmappedHeaders = new ArrayList<>();
  private final List<SourceField> missingRequired = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private HeaderMapping(List<String> headers, List<SourceField> fields) {
    this.headers = List.copyOf(headers);
    this.fields = List.copyOf(fields);
  }

  /**
   * Maps a file's headers to a source's fields.
   *
   * @param headers the file's header cells, in order
   * @param fields the source's fields
   * @param saved header → field key chosen by a coordinator for this source (may be empty); an
   *     {@link #IGNORED} key ignores the column, an unknown key is disregarded
   */
  public static HeaderMapping of(
      List<String> headers, List<SourceField> fields, Map<String, String> saved) {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(fields, "fields");
    HeaderMapping mapping = new HeaderMapping(headers, fields);
    mapping.map(saved == null ? Map.of() : saved);
    return mapping;
  }

  private void map(Map<String, String> saved) {
    Map<String, SourceField> fieldsByKey = new LinkedHashMap<>();
    fields.forEach(field -> fieldsByKey.putIfAbsent(field.key(), field));
    Map<String, String> savedByHeader = new HashMap<>();
    saved.forEach(
        (header, key) -> savedByHeader.put(SourceField.normalise(header), key == null ? "" : key));

    // Column index (0-based) → field, decided per column; saved choices are settled first so that
    // an alias never takes a field the coordinator gave to another column.
    SourceField[] chosen = new SourceField[headers.size()];
    boolean[] decided = new boolean[headers.size()];
    Map<String, List<Integer>> claims = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      String key =
          isBlank(headers.get(i)) ? null : savedByHeader.get(SourceField.normalise(headers.get(i)));
      if (key == null) {
        continue;
      }
      if (key.isBlank()) {
        decided[i] = true;
      } else if (fieldsByKey.containsKey(key)) {
        decided[i] = true;
        chosen[i] = fieldsByKey.get(key);
        claims.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
      // A key the source no longer has (an adapter's new version): fall back to the aliases.
    }
    Map<String, List<Integer>> savedClaims = Map.copyOf(claims);
    for (int i = 0; i < headers.size(); i++) {
      if (decided[i] || isBlank(headers.get(i))) {
        continue;
      }
      for (SourceField field : fields) {
        if (field.matches(headers.get(i))) {
          if (!savedClaims.containsKey(field.key())) {
            chosen[i] = field;
            claims.computeIfAbsent(field.key(), k -> new ArrayList<>()).add(i);
          }
          // The first field naming this header decides, taken or not: falling through to a
          // later field would map the column to something its header does not say.
          break;
        }
      }
    }

    claims.forEach(
        (key, columns) -> {
          if (columns.size() == 1) {
            columnsByField.put(key, columns.get(0));
          } else {
            // Reading either column would silently drop the other's values: neither is used
            // until the coordinator says which one holds the field.
            problems.add(duplicate(fieldsByKey.get(key), columns));
            columns.forEach(column -> chosen[column] = null);
          }
        });
    for (int i = 0; i < headers.size(); i++) {
      boolean unknown = chosen[i] == null && !decided[i] && !isBlank(headers.get(i));
      if (unknown || isDuplicated(claims, i)) {
        unmappedHeaders.add(headers.get(i));
      }
    }
    for (SourceField field : fieldsByKey.values()) {
      if (field.required()
          && !columnsByField.containsKey(field.key())
          && !claims.containsKey(field.key())) {
        missingRequired.add(field);
        problems.add(missing(field));
      }
    }
  }

  private static boolean isDuplicated(Map<String, List<Integer>> claims, int column) {
    return claims.values().stream()
        .anyMatch(columns -> columns.size() > 1 && columns.contains(column));
  }

  private String duplicate(SourceField field, List<Integer> columns) {
    List<String> named =
        columns.stream().map(i -> "« " + headers.get(i) + " » (colonne " + (i + 1) + ")").toList();
    String list =
        String.join(", ", named.subList(0, named.size() - 1))
            + " et "
            + named.get(named.size() - 1);
    return "Les colonnes "
        + list
        + " correspondent toutes au champ « "
        + field.label()
        + " » : indiquez laquelle utiliser et ignorez les autres.";
  }

  private static String missing(SourceField field) {
    String message = "Colonne obligatoire absente : " + field.label();
    if (!field.aliases().isEmpty()
        && !SourceField.normalise(field.aliases().get(0))
            .equals(SourceField.normalise(field.label()))) {
      message += " (en-tête habituel « " + field.aliases().get(0) + " »)";
    }
    return message;
  }

  private static boolean isBlank(String header) {
    return header == null || SourceField.normalise(header).isEmpty();
  }

  /** Whether the file can be imported: every required field found, no field found twice. */
  public boolean isComplete() {
    return problems.isEmpty();
  }

  /** The file's header cells, in order. */
  public List<String> headers() {
    return headers;
  }

  /** The source's fields, in the source's order. */
  public List<SourceField> fields() {
    return fields;
  }

  /** The 1-based column of a field, 0 when no column feeds it. */
  public int column(String fieldKey) {
    Integer index = columnsByField.get(fieldKey);
    return index == null ? 0 : index + 1;
  }

  /** The field a 1-based column feeds, empty when it feeds none. */
  public Optional<SourceField> field(int column) {
    return fields.stream()
        .filter(field -> column >= 1 && column(field.key()) == column)
        .findFirst();
  }

  /** The header of a 1-based column, empty for 0 or a column past the header. */
  public String header(int column) {
    return column >= 1 && column <= headers.size() ? headers.get(column - 1) : "";
  }

  /**
   * Headers that feed no field, in file order: unknown ones, and those claimed by a field another
   * column also claims. Blank headers and those the saved mapping ignores are not listed.
   */
  public List<String> unmappedHeaders() {
    return List.copyOf(unmappedHeaders);
  }

  /** Required fields that no column feeds. */
  public List<SourceField> missingRequired() {
    return List.copyOf(missingRequired);
  }

  /** What prevents the import, in French: missing required fields, fields claimed twice. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** A data row of the file, read by field key through this mapping. */
  public SourceRow row(TabularRow row) {
    return new FileSourceRow(row, this);
  }
}
