package fr.orienta.imports;

import fr.orienta.territory.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A problem on a row of an import, kept for the error report. Values never hold a full NIR. */
@Entity
@Table(name = "import_problem")
public class ImportProblem extends TenantOwned {

  @Column(name = "job_id", nullable = false, updatable = false)
  private long jobId;

  @Column(name = "line_no", nullable = false, updatable = false)
  private long line;

  @Column(name = "col", nullable = false, updatable = false)
  private int column;

  @Column(updatable = false, length = 200)
  private String header;

  @Column(name = "cell_value", updatable = false, length = 500)
  private String value;

  @Column(nullable = false, updatable = false, length = 500)
  private String message;

  @Column(nullable = false, updatable = false)
  private boolean rejected;

  protected ImportProblem() {}

  ImportProblem(
      long jobId,
      long line,
      int column,
      String header,
      String value,
      String message,
      boolean rejected) {
    this.jobId = jobId;
    this.line = line;
    this.column = column;
    this.header = cut(header, 200);
    this.value = cut(value, 500);
    this.message = cut(message, 500);
    this.rejected = rejected;
  }

  // A NUL character is shown as its symbol: PostgreSQL refuses it in text, and the report must
  // keep the row that carries one.
  private static String cut(String text, int max) {
    if (text == null) {
      return null;
    }
    String shown = text.replace('\0', '\u2400');
    return shown.length() <= max ? shown : shown.substring(0, max);
  }

  public long getJobId() {
    return jobId;
  }

  public long getLine() {
    return line;
  }

  public int getColumn() {
    return column;
  }

  public String getHeader() {
    return header;
  }

  public String getValue() {
    return value;
  }

  public String getMessage() {
    return message;
  }

  public boolean isRejected() {
    return rejected;
  }
}
