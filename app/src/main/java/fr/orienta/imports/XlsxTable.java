package fr.orienta.imports;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The XLSX side of {@link TabularFile}: the first visible sheet, each cell as the text the sheet
 * shows, except where showing it would lose what adapters need (see {@link #text}).
 *
 * <p>Rows are streamed (excel-streaming-reader, over POI): a workbook loaded whole takes about a
 * kilobyte of heap per cell, gigabytes for a listing of a hundred thousand people. Each {@link
 * #rows()} reads the sheet again from its start; nothing is written to temporary files (an upload
 * holds patient data).
 */
final class XlsxTable implements TabularFile.Table {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  // Doubles hold every integer exactly up to 2^53: all NIRs, phones and RPPS numbers fit.
  private static final double LARGEST_EXACT_INTEGER = 9_007_199_254_740_992d;
  private static final Pattern SCIENTIFIC = Pattern.compile("\\d[eE][+-]?\\d");
  private static final String GENERAL = "General";

  private final Path path;
  private final byte[] content;
  private final String fileName;
  private final int sheet;
  private final boolean date1904;
  private final DataFormatter formatter = new DataFormatter(Locale.FRANCE);

  private XlsxTable(Path path, byte[] content, String fileName) {
    this.path = path;
    this.content = content;
    this.fileName = fileName;
    try (Workbook workbook = workbook()) {
      this.sheet = firstVisibleSheet(workbook);
      this.date1904 = workbook instanceof Date1904Support dates && dates.isDate1904();
    } catch (IOException | RuntimeException e) {
      throw notAWorkbook(fileName, e);
    }
  }

  static XlsxTable open(byte[] content, String fileName) {
    return new XlsxTable(null, content, fileName);
  }

  static XlsxTable open(Path path, String fileName) {
    return new XlsxTable(path, null, fileName);
  }

  private Workbook workbook() {
    StreamingReader.Builder reader =
        StreamingReader.builder().rowCacheSize(100).bufferSize(8192).setAvoidTempFiles(true);
    return path != null
        ? reader.open(path.toFile())
        : reader.open(new ByteArrayInputStream(content));
  }

  private static UnreadableFileException notAWorkbook(String fileName, Exception cause) {
    return new UnreadableFileException(
        "Le fichier « "
            + fileName
            + " » est une archive ZIP mais pas un classeur Excel .xlsx lisible (les fichiers .ods"
            + " et .zip ne sont pas pris en charge) : enregistrez-le au format .xlsx ou CSV.",
        0,
        cause);
  }

  // Coordinators see the first visible sheet when they open the file; a hidden first sheet
  // (a lookup table, an export's metadata) is not the listing.
  private static int firstVisibleSheet(Workbook workbook) {
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Charset charset() {
    return null;
  }

  @Override
  public Character delimiter() {
    return null;
  }

  @Override
  public void close() {
    // Each stream of rows closes its own reading of the workbook.
  }

  @Override
  public Stream<TabularRow> rows() {
    if (sheet < 0) {
      return Stream.empty();
    }
    Workbook workbook;
    Iterator<Row> rows;
    try {
      workbook = workbook();
    } catch (RuntimeException e) {
      throw notAWorkbook(fileName, e);
    }
    try {
      rows = workbook.getSheetAt(sheet).rowIterator();
    } catch (RuntimeException e) {
      closeQuietly(workbook);
      throw notAWorkbook(fileName, e);
    }
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(() -> closeQuietly(workbook))
        .map(this::row)
        .filter(row -> !row.isBlank());
  }

  private static void closeQuietly(Workbook workbook) {
    try {
      workbook.close();
    } catch (IOException e) {
      // Only read: nothing is lost by a failed close.
    }
  }

  private TabularRow row(Row row) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < row.getLastCellNum(); i++) {
      cells.add(text(row.getCell(i)));
    }
    return new TabularRow(row.getRowNum() + 1L, cells);
  }

  /**
   * The cell's text as the sheet shows it, with three exceptions made for adapters: dates as {@code
   * dd/MM/yyyy} whatever their display format (adapters parse that, not « 29-août-54 »); integers
   * in the General format, or shown in scientific notation, written out in full (a NIR typed in a
   * numeric cell shows as « 1,54084E+14 »); formulas as their last computed value.
   */
  String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> number(cell.getNumericCellValue(), cell.getCellStyle());
      // As a French Excel shows them; Values.flag reads both languages.
      case BOOLEAN -> cell.getBooleanCellValue() ? "VRAI" : "FAUX";
      case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
      default -> "";
    };
  }

  private String number(double value, CellStyle style) {
    int formatIndex = style.getDataFormat();
    String format = style.getDataFormatString();
    if (DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(value)) {
      // Below 1 the cell holds a time of day alone, which is no date.
      if (value >= 1) {
        LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904);
        return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
            ? DATE.format(dateTime)
            : DATE_TIME.format(dateTime);
      }
      return formatter.formatRawCellContents(value, formatIndex, format);
    }
    boolean integral = value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT_INTEGER;
    if (!integral) {
      return formatter.formatRawCellContents(value, formatIndex, format);
    }
    String plain = Long.toString((long) value);
    if (format == null || GENERAL.equalsIgnoreCase(format)) {
      return plain;
    }
    // Other formats are kept: « 00000 » restores a postal code's leading zero, Excel's phone
    // format a phone's.
    String masked = value >= 0 ? digitMask((long) value, format) : null;
    if (masked != null) {
      return masked;
    }
    String shown = formatter.formatRawCellContents(value, formatIndex, format);
    return SCIENTIFIC.matcher(shown).find() ? plain : shown;
  }

  /**
   * A whole number through a format made only of digit placeholders ({@code 0}, {@code #}) and
   * literal text, as Excel shows it; {@code null} for any other format. These are Excel's « Spécial
   * » formats — phone {@code 0#" "##" "##" "##" "##}, postal code, social security number — which
   * DataFormatter renders without their leading zero or with stray spaces.
   */
  static String digitMask(long value, String format) {
    // Placeholders as « 0 » or « # » alone, literal text after a « " » marker.
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '0' || c == '#') {
        tokens.add(String.valueOf(c));
      } else if (c == '"') {
        int end = format.indexOf('"', i + 1);
        if (end < 0) {
          return null;
        }
        tokens.add("\"" + format.substring(i + 1, end));
        i = end;
      } else if (c == '\\' && i + 1 < format.length()) {
        tokens.add("\"" + format.charAt(++i));
      } else if (c == ' ' || c == '-' || c == '(' || c == ')') {
        tokens.add("\"" + c);
      } else {
        // Decimal point, grouping comma, sections, colours, exponents: a real number format.
        return null;
      }
    }
    int leftmost = -1;
    for (int i = 0; i < tokens.size() && leftmost < 0; i++) {
      if (!tokens.get(i).startsWith("\"")) {
        leftmost = i;
      }
    }
    if (leftmost < 0) {
      return null;
    }
    String digits = Long.toString(value);
    int next = digits.length() - 1;
    StringBuilder shown = new StringBuilder();
    for (int i = tokens.size() - 1; i >= 0; i--) {
      String token = tokens.get(i);
      if (token.startsWith("\"")) {
        shown.insert(0, token.substring(1));
      } else if (i == leftmost && next >= 0) {
        // The leftmost placeholder takes every digit left, as Excel never truncates a number.
        shown.insert(0, digits, 0, next + 1);
        next = -1;
      } else if (next >= 0) {
        shown.insert(0, digits.charAt(next--));
      } else if (token.equals("0")) {
        shown.insert(0, '0');
      }
    }
    return shown.toString();
  }
}
