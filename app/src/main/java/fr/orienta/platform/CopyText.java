package fr.orienta.platform;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Values in PostgreSQL's {@code COPY} text format, as the JDBC driver would bind them: {@code \N}
 * for null, {@code t}/{@code f}, enum names, ISO dates, times as the wall time of the server's zone
 * (what a bound {@code Timestamp} stores in a TIMESTAMP column) rounded to the microsecond, and
 * text with its backslashes, tabs and line breaks escaped. Used by {@link BulkInsert} and by the
 * benchmark's reference load, so that both write the same rows.
 *
 * <p>One instance writes one load (not thread-safe): it reads the server's zone once, as the driver
 * does at each bind, and formats a time once however many rows carry it — the rows of a chunk share
 * the instant they were imported at, and formatting it for each took a fifth of the writes' CPU.
 */
public final class CopyText {

  private final ZoneId zone;
  private Instant lastInstant;
  private String lastTime;

  public CopyText() {
    this(ZoneId.systemDefault());
  }

  CopyText(ZoneId zone) {
    this.zone = zone;
  }

  /** Appends a value (a column of a row; the caller writes the separators). */
  public void append(StringBuilder row, Object value) {
    if (value == null) {
      row.append("\\N");
    } else if (value instanceof Instant instant) {
      row.append(time(instant));
    } else if (value instanceof Boolean flag) {
      row.append(flag ? 't' : 'f');
    } else if (value instanceof Enum<?> constant) {
      row.append(constant.name());
    } else if (value instanceof String text) {
      escape(row, text);
    } else {
      row.append(value); // numbers and LocalDate (ISO)
    }
  }

  private String time(Instant instant) {
    if (!instant.equals(lastInstant)) {
      lastTime =
          LocalDateTime.ofInstant(instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS), zone)
              .toString();
      lastInstant = instant;
    }
    return lastTime;
  }

  private static void escape(StringBuilder row, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> row.append("\\\\");
        case '\t' -> row.append("\\t");
        case '\n' -> row.append("\\n");
        case '\r' -> row.append("\\r");
        default -> row.append(c);
      }
    }
  }
}
