package fr.orienta.platform;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Values in PostgreSQL's {@code COPY} text format, as the JDBC driver would bind them: {@code \N}
 * for null, {@code t}/{@code f}, enum names, ISO dates, times as the wall time of the server's zone
 * (what a bound {@code Timestamp} stores in a TIMESTAMP column) rounded to the microsecond, and
 * text with its backslashes, tabs and line breaks escaped. Used by {@link BulkInsert} and by the
 * benchmark's reference load, so that both write the same rows.
 *
 * <p>One instance writes one load (not thread-safe): it reads the server's zone once, as the driver
 * does at each bind, and formats a time once however many rows carry it — the rows of a chunk share
 * the instant they were imported at, and formatting it for each took a fifth of the writes' CPU —
 * and the date and time to the second once per second, since story and audit lines each carry their
 * own instant (formatting those was still a tenth of the import's server CPU samples).
 */
public final class CopyText {

  private final ZoneId zone;
  private Instant lastInstant;
  private String lastTime;
  private long lastSecond = Long.MIN_VALUE;
  private String lastWholeSecond;

  private static final DateTimeFormatter WHOLE_SECOND =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

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
      Instant micros = instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
      if (micros.getEpochSecond() != lastSecond) {
        // A zone's offset changes on a whole second: the wall time to the second is shared by
        // every instant of that second.
        lastSecond = micros.getEpochSecond();
        lastWholeSecond =
            LocalDateTime.ofInstant(Instant.ofEpochSecond(lastSecond), zone).format(WHOLE_SECOND);
      }
      int fraction = micros.getNano() / 1_000;
      StringBuilder time = new StringBuilder(26).append(lastWholeSecond).append('.');
      for (int digit = 100_000; digit > 0; digit /= 10) {
        time.append((char) ('0' + fraction / digit % 10));
      }
      lastTime = time.toString();
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
