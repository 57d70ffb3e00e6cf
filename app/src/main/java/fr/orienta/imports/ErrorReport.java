package fr.orienta.imports;

import fr.orienta.spi.RowProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The problems of an import as a CSV a coordinator opens in Excel to fix the file: one line per
 * problem, columns « Ligne;Colonne;N° colonne;Valeur;Message ». UTF-8 with a BOM, since Excel reads
 * a CSV without one as Windows-1252 and would garble « é »; {@code ;} as a French Excel expects.
 *
 * <p>Values are written as the problems carry them: adapters mask NIRs before a problem is made
 * (see {@link fr.orienta.spi.Values#nir}), so the report never holds one in full.
 *
 * <p>Problems can be written as they come, so a report on a large file is never held in memory.
 */
public final class ErrorReport implements AutoCloseable {

  /** The report's column headers, in order. */
  public static final List<String> COLUMNS =
      List.of("Ligne", "Colonne", "N° colonne", "Valeur", "Message");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setDelimiter(';')
          .setRecordSeparator("\r\n")
          .setQuoteMode(QuoteMode.MINIMAL)
          .get();

  private final List<String> headers;
  private final CSVPrinter printer;

  private ErrorReport(OutputStream out, List<String> headers) throws IOException {
    this.headers = List.copyOf(headers);
    out.write(UTF8_BOM);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.printer = new CSVPrinter(writer, FORMAT);
    printer.printRecord(COLUMNS);
  }

  /**
   * Starts a report on a stream, which {@link #close()} closes.
   *
   * @param headers the imported file's header cells, to name each problem's column
   */
  public static ErrorReport open(OutputStream out, List<String> headers) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(headers, "headers");
    try {
      return new ErrorReport(out, headers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a whole report to a stream and closes it. */
  public static void write(OutputStream out, List<String> headers, Iterable<RowProblem> problems) {
    try (ErrorReport report = open(out, headers)) {
      problems.forEach(report::add);
    }
  }

  /** A whole report as bytes, for a download. */
  public static byte[] toBytes(List<String> headers, Iterable<RowProblem> problems) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, headers, problems);
    return out.toByteArray();
  }

  /** Adds one problem as a line of the report. */
  public void add(RowProblem problem) {
    int column = problem.column();
    try {
      printer.printRecord(
          problem.line(),
          cell(column >= 1 && column <= headers.size() ? headers.get(column - 1) : ""),
          column >= 1 ? Integer.toString(column) : "",
          cell(problem.value()),
          cell(problem.message()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text as Excel must show it. Values and headers come from the uploaded file: one starting
   * with {@code =}, {@code +}, {@code -} or {@code @} would be run as a formula by Excel on the
   * coordinator's machine, so it is prefixed with an apostrophe, which Excel shows but never runs.
   */
  static String cell(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    char first = text.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + text : text;
  }
}
