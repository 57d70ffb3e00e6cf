package fr.orienta.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The CSV side of {@link TabularFile}: encoding and delimiter detection, then streamed parsing. */
final class CsvTable implements TabularFile.Table {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final char[] DELIMITERS = {';', ',', '\t'};

  // Enough for the ~20 first rows of any listing, small enough to parse three times.
  private static final int SAMPLE_CHARS = 64 * 1024;
  private static final int SAMPLE_RECORDS = 21;
  private static final int SNIFF_BYTES = 8 * 1024;

  // Excel honours a first line « sep=; » naming the delimiter, and some tools write it for Excel.
  private static final Pattern SEPARATOR_HINT = Pattern.compile("(?i)sep=(.)(?:\r\n|\r|\n|$)");

  private final TabularFile.Content content;
  private final String fileName;
  private final Charset charset;
  private final int bomLength;
  private final char delimiter;
  private final long hintLine;

  private CsvTable(
      TabularFile.Content content,
      String fileName,
      Charset charset,
      int bomLength,
      char delimiter,
      long hintLine) {
    this.content = content;
    this.fileName = fileName;
    this.charset = charset;
    this.bomLength = bomLength;
    this.delimiter = delimiter;
    this.hintLine = hintLine;
  }

  static CsvTable open(TabularFile.Content content, String fileName) {
    try {
      byte[] head;
      try (InputStream in = content.open()) {
        head = in.readNBytes(SNIFF_BYTES);
      }
      Bom bom = Bom.of(head);
      Charset charset = bom.charset;
      if (charset == null) {
        charset = unmarkedUtf16(head);
      }
      if (charset == null) {
        if (isBinary(head)) {
          throw new UnreadableFileException(
              "Le fichier « "
                  + fileName
                  + " » n'est ni un fichier CSV (texte) ni un classeur Excel .xlsx.");
        }
        // Strict decoding of the whole file, streamed: an accent first met on row 50,000 must
        // still decide. A Windows-1252 accent is never valid UTF-8, so success means UTF-8.
        charset = isUtf8(content) ? StandardCharsets.UTF_8 : WINDOWS_1252;
      }
      CsvTable probe = new CsvTable(content, fileName, charset, bom.length, ';', 0);
      Sample sample = probe.sample();
      Matcher hint = SEPARATOR_HINT.matcher(sample.text);
      if (hint.lookingAt()) {
        return new CsvTable(content, fileName, charset, bom.length, hint.group(1).charAt(0), 1);
      }
      return new CsvTable(content, fileName, charset, bom.length, detectDelimiter(sample), 0);
    } catch (IOException e) {
      throw new UnreadableFileException(
          "Le fichier « " + fileName + " » ne peut pas être lu.", 0, e);
    }
  }

  @Override
  public Charset charset() {
    return charset;
  }

  @Override
  public Character delimiter() {
    return delimiter;
  }

  @Override
  public void close() {
    // Every stream of rows holds its own reader, closed with that stream.
  }

  @Override
  public Stream<TabularRow> rows() {
    Reader reader;
    try {
      reader = reader();
    } catch (IOException e) {
      throw new UnreadableFileException(
          "Le fichier « " + fileName + " » ne peut pas être lu.", 0, e);
    }
    CSVParser parser = parser(reader, delimiter);
    Iterator<CSVRecord> records = parser.iterator();
    Spliterator<TabularRow> spliterator =
        new Spliterators.AbstractSpliterator<>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super TabularRow> action) {
            while (true) {
              // The parser counts the line breaks it has consumed, those inside quoted cells
              // included: the next record starts on the line after.
              long line = parser.getCurrentLineNumber() + 1;
              CSVRecord record;
              try {
                // next() without hasNext(): hasNext() would parse one record ahead and move the
                // line count past the record being returned.
                record = records.next();
              } catch (NoSuchElementException e) {
                return false;
              } catch (UncheckedIOException e) {
                throw malformed(line, e.getCause());
              }
              TabularRow row = new TabularRow(line, record.toList());
              if (line != hintLine && !row.isBlank()) {
                action.accept(row);
                return true;
              }
            }
          }
        };
    return StreamSupport.stream(spliterator, false).onClose(() -> closeQuietly(parser));
  }

  private UnreadableFileException malformed(long line, IOException cause) {
    if (!(cause instanceof CSVException)) {
      return new UnreadableFileException(
          "Le fichier « "
              + fileName
              + " » n'a pas pu être lu jusqu'au bout (erreur vers la ligne "
              + line
              + ").",
          line,
          cause);
    }
    // Commons CSV's messages are the only way to tell its two quoting errors apart; the generic
    // message below still names the line if their wording changes.
    String detail = String.valueOf(cause.getMessage());
    String reason;
    if (detail.contains("EOF reached before encapsulated token finished")) {
      reason =
          "un guillemet (\") ouvert sur cette ligne n'est jamais refermé."
              + " Refermez-le ou retirez-le, puis déposez le fichier à nouveau.";
    } else if (detail.contains("Invalid character between encapsulated token and delimiter")) {
      reason =
          "du texte suit un champ entre guillemets (\") sans séparateur."
              + " Corrigez les guillemets de cette ligne, puis déposez le fichier à nouveau.";
    } else {
      reason =
          "guillemets (\") mal placés. Corrigez cette ligne, puis déposez le fichier à nouveau.";
    }
    return new UnreadableFileException(
        "Fichier CSV « " + fileName + " » mal formé à la ligne " + line + " : " + reason,
        line,
        cause);
  }

  private Reader reader() throws IOException {
    InputStream in = new BufferedInputStream(content.open());
    try {
      in.skipNBytes(bomLength);
    } catch (IOException e) {
      in.close();
      throw e;
    }
    // Replacement rather than failure: UTF-8 was checked strictly, and the few bytes Windows-1252
    // leaves undefined are better shown as « � » in a cell than refusing the whole file.
    return new InputStreamReader(
        in,
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  private Sample sample() throws IOException {
    try (Reader reader = reader()) {
      char[] buffer = new char[SAMPLE_CHARS];
      int length = 0;
      int read;
      while (length < SAMPLE_CHARS
          && (read = reader.read(buffer, length, SAMPLE_CHARS - length)) != -1) {
        length += read;
      }
      boolean truncated = length == SAMPLE_CHARS && reader.read() != -1;
      return new Sample(new String(buffer, 0, length), truncated);
    }
  }

  /**
   * The delimiter that splits the header into the most columns that the following rows agree with.
   * A delimiter that leaves the header whole is never chosen; {@code ;}, the French default, wins
   * when nothing splits it.
   */
  static char detectDelimiter(Sample sample) {
    char best = DELIMITERS[0];
    int bestConsistent = -1;
    int bestWidth = 0;
    for (char candidate : DELIMITERS) {
      List<Integer> widths = widths(sample, candidate);
      if (widths.isEmpty() || widths.get(0) < 2) {
        continue;
      }
      int width = widths.get(0);
      int consistent = (int) widths.stream().skip(1).filter(w -> w == width).count();
      if (consistent > bestConsistent || (consistent == bestConsistent && width > bestWidth)) {
        best = candidate;
        bestConsistent = consistent;
        bestWidth = width;
      }
    }
    return best;
  }

  private static List<Integer> widths(Sample sample, char delimiter) {
    List<Integer> widths = new ArrayList<>();
    boolean complete = false;
    try (CSVParser parser = parser(new StringReader(sample.text), delimiter)) {
      Iterator<CSVRecord> records = parser.iterator();
      while (widths.size() < SAMPLE_RECORDS) {
        if (!records.hasNext()) {
          complete = true;
          break;
        }
        CSVRecord record = records.next();
        if (!new TabularRow(0, record.toList()).isBlank()) {
          widths.add(record.size());
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // A quoting error, or a quoted cell cut by the sample's end: what was read still counts.
      return widths;
    }
    if (complete && sample.truncated && !widths.isEmpty()) {
      // The last record was cut by the sample's end and may be short of columns.
      widths.remove(widths.size() - 1);
    }
    return widths;
  }

  private static CSVParser parser(Reader reader, char delimiter) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            // Blank lines are kept as records so that the parser's line count stays physical;
            // they are dropped afterwards, with the rows whose cells are all blank.
            .setIgnoreEmptyLines(false)
            .get();
    try {
      return CSVParser.parse(reader, format);
    } catch (IOException e) {
      closeQuietly(reader);
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isUtf8(TabularFile.Content content) throws IOException {
    try (Reader reader =
        new InputStreamReader(
            content.open(),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      char[] buffer = new char[SNIFF_BYTES];
      while (reader.read(buffer) != -1) {
        // Decoding is the check.
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * UTF-16 saved without its byte-order mark: text in Latin letters leaves every other byte zero,
   * the odd ones in little-endian order, the even ones in big-endian order. {@code null} otherwise.
   */
  static Charset unmarkedUtf16(byte[] head) {
    int pairs = head.length / 2;
    if (pairs < 8) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i + 1 < head.length; i += 2) {
      evenZeros += head[i] == 0 ? 1 : 0;
      oddZeros += head[i + 1] == 0 ? 1 : 0;
    }
    if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 >= pairs * 4 && oddZeros * 20 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Whether a head without byte-order mark is no text: more control bytes (NUL and the like, not
   * tabs or line breaks) than lines, or than one in a hundred bytes. A stray NUL in a listing is a
   * damaged value, rejected with its row, not a binary file.
   */
  static boolean isBinary(byte[] head) {
    int controls = 0;
    int lines = 0;
    for (byte b : head) {
      if (b == '\n') {
        lines++;
      } else if (b >= 0 && b < 0x20 && b != '\t' && b != '\r' && b != '\f' && b != 0x0B) {
        controls++;
      }
    }
    return controls > Math.max(lines, head.length / 100);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // Nothing was written: a failed close loses nothing.
    }
  }

  /** The first characters of the file, and whether the file goes on after them. */
  record Sample(String text, boolean truncated) {}

  /** A byte-order mark, which settles the encoding before any guess. */
  private record Bom(Charset charset, int length) {

    static Bom of(byte[] head) {
      if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
        return new Bom(StandardCharsets.UTF_8, 3);
      }
      // Excel's « Texte Unicode » export: UTF-16 little-endian with a BOM, tab-delimited.
      if (startsWith(head, 0xFF, 0xFE)) {
        return new Bom(StandardCharsets.UTF_16LE, 2);
      }
      if (startsWith(head, 0xFE, 0xFF)) {
        return new Bom(StandardCharsets.UTF_16BE, 2);
      }
      return new Bom(null, 0);
    }

    private static boolean startsWith(byte[] head, int... bytes) {
      if (head.length < bytes.length) {
        return false;
      }
      for (int i = 0; i < bytes.length; i++) {
        if ((head[i] & 0xFF) != bytes[i]) {
          return false;
        }
      }
      return true;
    }
  }
}
