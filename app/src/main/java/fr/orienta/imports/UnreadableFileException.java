package fr.orienta.imports;

/**
 * An uploaded file cannot be read as a table: empty, binary, an unsupported spreadsheet format, or
 * malformed CSV. The message is French and meant for the coordinator who uploaded the file.
 * Unchecked, because it may surface while rows are being streamed, long after the file was opened.
 */
public class UnreadableFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long line;

  public UnreadableFileException(String message) {
    this(message, 0, null);
  }

  public UnreadableFileException(String message, long line, Throwable cause) {
    super(message, cause);
    this.line = line;
  }

  /** The physical line where reading failed, 0 when the problem concerns the whole file. */
  public long line() {
    return line;
  }
}
