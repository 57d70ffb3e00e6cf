package fr.orienta.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An uploaded listing read as a table, whatever produced it: CSV in UTF-8 (with or without BOM) or
 * Windows-1252 with {@code ;}, {@code ,} or tab delimiters, or the first sheet of an XLSX workbook.
 * The format is told by the file's first bytes, not by its name, since coordinators rename files.
 *
 * <p>The first non-blank row is the header; {@link #rows()} streams the data rows after it with
 * their line numbers, so a CSV of a million rows is never held in memory. Blank rows are skipped.
 * Opening checks what can be checked up front (format, encoding, delimiter, header); a CSV quoting
 * error further down surfaces as an {@link UnreadableFileException} while rows are streamed.
 */
public final class TabularFile implements AutoCloseable {

  /** How the file is stored. */
  public enum Format {
    CSV,
    XLSX
  }

  private static final int MAGIC_LENGTH = 8;

  private final String fileName;
  private final Format format;
  private final Table table;
  private final TabularRow header;
  private final List<String> headerCells;

  private TabularFile(String fileName, Format format, Table table) {
    this.fileName = fileName;
    this.format = format;
    this.table = table;
    try (Stream<TabularRow> rows = table.rows()) {
      this.header = rows.findFirst().orElseThrow(() -> new UnreadableFileException(empty()));
    }
    this.headerCells = header.cells().stream().map(TabularRow::strip).toList();
    // A listing exported without its header row starts with NIRs and dates: taking them for
    // column names would only lead to a confusing mapping screen.
    if (headerCells.stream().noneMatch(cell -> cell.codePoints().anyMatch(Character::isLetter))) {
      throw new UnreadableFileException(
          "Le fichier « "
              + fileName
              + " » n'a pas de ligne d'en-tête : sa première ligne (ligne "
              + header.line()
              + ") ne contient aucun nom de colonne.",
          header.line(),
          null);
    }
  }

  /**
   * Opens a file received in memory.
   *
   * @param fileName the name the file was uploaded under, for messages only
   * @throws UnreadableFileException when the file is empty, has no header or is not a CSV or XLSX
   */
  public static TabularFile open(byte[] content, String fileName) {
    Objects.requireNonNull(content, "content");
    return open(() -> new ByteArrayInputStream(content), null, content, name(fileName));
  }

  /**
   * Opens a file stored on disk; CSV rows are read from it as they are streamed.
   *
   * @param fileName the name the file was uploaded under (the stored one is often a temporary name)
   * @throws UnreadableFileException when the file is empty, has no header or is not a CSV or XLSX
   */
  public static TabularFile open(Path path, String fileName) {
    Objects.requireNonNull(path, "path");
    return open(() -> Files.newInputStream(path), path, null, name(fileName));
  }

  private static TabularFile open(Content content, Path path, byte[] bytes, String fileName) {
    byte[] magic;
    try (InputStream in = content.open()) {
      magic = in.readNBytes(MAGIC_LENGTH);
    } catch (IOException e) {
      throw new UnreadableFileException(
          "Le fichier « " + fileName + " » ne peut pas être lu.", 0, e);
    }
    if (isZip(magic)) {
      Table table = path != null ? XlsxTable.open(path, fileName) : XlsxTable.open(bytes, fileName);
      return build(fileName, Format.XLSX, table);
    }
    if (isOle2(magic)) {
      throw new UnreadableFileException(
          "Le fichier « "
              + fileName
              + " » est un classeur Excel ancien format (.xls) ou protégé par mot de passe :"
              + " enregistrez-le au format .xlsx sans mot de passe, ou en CSV.");
    }
    return build(fileName, Format.CSV, CsvTable.open(content, fileName));
  }

  private static TabularFile build(String fileName, Format format, Table table) {
    try {
      return new TabularFile(fileName, format, table);
    } catch (RuntimeException e) {
      table.close();
      throw e;
    }
  }

  public String fileName() {
    return fileName;
  }

  public Format format() {
    return format;
  }

  /** The text encoding of a CSV file; empty for XLSX, which has none of its own. */
  public Optional<Charset> charset() {
    return Optional.ofNullable(table.charset());
  }

  /** The delimiter of a CSV file; empty for XLSX. */
  public Optional<Character> delimiter() {
    return Optional.ofNullable(table.delimiter());
  }

  /** The header cells, trimmed, in file order; blank ones are kept so indexes match the rows. */
  public List<String> header() {
    return headerCells;
  }

  /** The line of the header: 1 unless blank lines come first. */
  public long headerLine() {
    return header.line();
  }

  /**
   * The data rows after the header, read lazily from the file; each call starts over. Close the
   * stream (try-with-resources) to release the file.
   *
   * @throws UnreadableFileException from the stream's operations, at a malformed CSV row
   */
  public Stream<TabularRow> rows() {
    long headerLine = header.line();
    return table.rows().dropWhile(row -> row.line() <= headerLine);
  }

  @Override
  public void close() {
    table.close();
  }

  @Override
  public String toString() {
    return "TabularFile[" + fileName + ", " + format + "]";
  }

  private String empty() {
    return format == Format.XLSX
        ? "Le classeur « " + fileName + " » est vide : sa première feuille n'a aucune ligne."
        : "Le fichier « " + fileName + " » est vide.";
  }

  private static String name(String fileName) {
    return fileName == null || fileName.isBlank() ? "sans nom" : fileName.strip();
  }

  private static boolean isZip(byte[] magic) {
    return magic.length >= 4
        && magic[0] == 'P'
        && magic[1] == 'K'
        && magic[2] == 3
        && magic[3] == 4;
  }

  // Compound document: Excel 97-2003, and also any password-protected XLSX.
  private static boolean isOle2(byte[] magic) {
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A};
    if (magic.length < ole2.length) {
      return false;
    }
    for (int i = 0; i < ole2.length; i++) {
      if (magic[i] != ole2[i]) {
        return false;
      }
    }
    return true;
  }

  /** Opens the file's bytes afresh, so that each pass over a CSV streams it from the start. */
  @FunctionalInterface
  interface Content {
    InputStream open() throws IOException;
  }

  /** A way of reading the rows of one stored format. */
  interface Table {

    /** Every non-blank row, header included, read lazily; closing the stream frees its reader. */
    Stream<TabularRow> rows();

    Charset charset();

    Character delimiter();

    void close();
  }
}
