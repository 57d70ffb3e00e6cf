package fr.orienta.spi.testkit;

import fr.orienta.spi.PatientSource;
import fr.orienta.spi.RowResult;
import fr.orienta.spi.SourceField;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A sample CSV file of a plugin's test resources, read the way the core reads an import: decoded
 * with its charset, split on its delimiter, each header matched to one of a source's fields by its
 * aliases, each data line a {@link MapSourceRow}. An adapter test uses it to check that the headers
 * of a real-looking file are all known and that its rows read as expected:
 *
 * <pre>{@code
 * SampleCsv file = SampleCsv.read("cpam-listing.csv", Charset.forName("windows-1252"), ";", FIELDS);
 * assertThat(file.unmatched()).isEmpty();
 * List<RowResult> results = file.results(source);
 * }</pre>
 *
 * <p>The split is plain: a sample with quoted cells, or a delimiter inside a cell, needs the core's
 * reader. A header two fields claim, two headers for one field, or a line with a different number
 * of cells fails the test, since the core would not import such a file either.
 *
 * @param headers the header line's cells, as decoded (a byte order mark stays on the first one)
 * @param columns one field per header, in file order; a header no field matches gets a placeholder
 *     field, so that the other cells keep their column numbers
 * @param unmatched the headers no field matched
 * @param rows the data rows, line 2 onwards
 */
public record SampleCsv(
    List<String> headers,
    List<SourceField> columns,
    List<String> unmatched,
    List<MapSourceRow> rows) {

  public SampleCsv {
    headers = List.copyOf(headers);
    columns = List.copyOf(columns);
    unmatched = List.copyOf(unmatched);
    rows = List.copyOf(rows);
  }

  /**
   * Reads a resource of the test class path.
   *
   * @param resource the resource's path from the class path root, e.g. {@code "msa-listing.csv"}
   * @param charset the file's encoding; a byte order mark is not removed, as the core's header
   *     matching must cope with it
   * @param delimiter the cell separator, e.g. {@code ";"}
   * @param fields the source's fields, whose aliases name the columns
   */
  public static SampleCsv read(
      String resource, Charset charset, String delimiter, List<SourceField> fields) {
    List<String> lines = List.of(text(resource, charset).split("\r?\n"));
    Pattern split = Pattern.compile(Pattern.quote(delimiter));
    List<String> headers = List.of(split.split(lines.get(0), -1));

    List<SourceField> columns = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    for (String header : headers) {
      List<SourceField> matching = fields.stream().filter(field -> field.matches(header)).toList();
      if (matching.size() > 1) {
        throw new AssertionError("Header « " + header + " » matches " + matching);
      }
      if (matching.isEmpty()) {
        unmatched.add(header);
        columns.add(new SourceField("unmatched-" + columns.size(), header, List.of(header), false));
      } else if (columns.contains(matching.get(0))) {
        throw new AssertionError("Two headers match " + matching.get(0).key());
      } else {
        columns.add(matching.get(0));
      }
    }

    List<MapSourceRow> rows = new ArrayList<>();
    for (int index = 1; index < lines.size(); index++) {
      String[] cells = split.split(lines.get(index), -1);
      if (cells.length != headers.size()) {
        throw new AssertionError("Line " + (index + 1) + " has " + cells.length + " cells");
      }
      Map<String, String> byKey = new HashMap<>();
      for (int column = 0; column < cells.length; column++) {
        if (!unmatched.contains(headers.get(column))) {
          byKey.put(columns.get(column).key(), cells[column]);
        }
      }
      rows.add(new MapSourceRow(index + 1, columns, byKey));
    }
    return new SampleCsv(headers, columns, unmatched, rows);
  }

  /** The key of each column's field, in file order. */
  public List<String> keys() {
    return columns.stream().map(SourceField::key).toList();
  }

  /** Every row read by the source, in file order. */
  public List<RowResult> results(PatientSource source) {
    return rows.stream().map(source::read).toList();
  }

  private static String text(String resource, Charset charset) {
    try (InputStream in = SampleCsv.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + resource);
      }
      return new String(in.readAllBytes(), charset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
