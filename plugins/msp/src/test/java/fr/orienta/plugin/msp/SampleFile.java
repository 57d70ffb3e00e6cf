package fr.orienta.plugin.msp;

import fr.orienta.spi.SourceField;
import fr.orienta.spi.testkit.MapSourceRow;
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
 * A sample file of {@code src/test/resources} read the way the core will read it: decoded with its
 * charset, split on its delimiter, each header matched to a field by its aliases. The samples have
 * no quoted cells, so a plain split is enough here; the core's reader is the real one.
 *
 * @param headers the header line's cells
 * @param columns one per header, in file order; a header no field matches gets a placeholder
 * @param unmatched the headers no field matched
 * @param rows the data rows, line 2 onwards
 */
record SampleFile(
    List<String> headers,
    List<SourceField> columns,
    List<String> unmatched,
    List<MapSourceRow> rows) {

  static SampleFile read(
      String resource, Charset charset, String delimiter, List<SourceField> fields) {
    String text;
    try (InputStream in = SampleFile.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + resource);
      }
      text = new String(in.readAllBytes(), charset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> lines = List.of(text.split("\r?\n"));
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
    return new SampleFile(headers, columns, unmatched, rows);
  }

  List<String> keys() {
    return columns.stream().map(SourceField::key).toList();
  }
}
