package fr.orienta.platform;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An exception as the server's log may keep it: the same chain of causes and the same stack traces,
 * but each message replaced by its exception's class. Messages cannot be trusted with health data:
 * H2 quotes the values of a row it refuses, a plugin may put a person's name in its own, a parser
 * quotes the cell it failed on. What stays is enough to find the code that failed; the SQL state
 * and vendor code of a database error are kept, as they name a kind of error, never a value.
 */
public final class Redacted extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private Redacted(String message, Redacted cause, StackTraceElement[] trace) {
    super(message, cause, true, true);
    setStackTrace(trace);
  }

  /** The redacted copy of {@code thrown}, or {@code null} for none. */
  public static Redacted of(Throwable thrown) {
    return thrown == null ? null : copy(thrown, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  /** Logs {@code thrown} redacted, with a message of the code's own. */
  public static void log(Logger log, Level level, String message, Throwable thrown) {
    log.log(level, message, of(thrown));
  }

  /**
   * Logs {@code thrown} redacted under a new incident number, given to the user so that the
   * administrator finds the line; returns the number.
   */
  public static String incident(Logger log, Level level, String message, Throwable thrown) {
    String incident = UUID.randomUUID().toString().substring(0, 8);
    log(log, level, message + ", incident " + incident, thrown);
    return incident;
  }

  private static Redacted copy(Throwable thrown, Set<Throwable> seen) {
    seen.add(thrown);
    if (thrown instanceof Redacted redacted) {
      return redacted;
    }
    Throwable cause = thrown.getCause();
    Redacted copiedCause = cause == null || seen.contains(cause) ? null : copy(cause, seen);
    Redacted copy = new Redacted(describe(thrown), copiedCause, thrown.getStackTrace());
    for (Throwable suppressed : thrown.getSuppressed()) {
      if (!seen.contains(suppressed)) {
        copy.addSuppressed(copy(suppressed, seen));
      }
    }
    return copy;
  }

  private static String describe(Throwable thrown) {
    String kind = thrown.getClass().getName();
    if (thrown instanceof SQLException sql) {
      return kind + " [SQLState " + sql.getSQLState() + ", code " + sql.getErrorCode() + "]";
    }
    return kind;
  }
}
