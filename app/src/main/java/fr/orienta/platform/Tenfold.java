package fr.orienta.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts the failures of each thing (a plugin's adapter, a rule) and says which to log: the first,
 * the tenth, the hundredth… A plugin that fails on every row of a million-row import, or for every
 * person scored, writes six lines to the log, not a million.
 */
public final class Tenfold {

  private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

  /** Counts one more failure of {@code what}; its count when that one is to be logged, else 0. */
  long count(String what) {
    long count = counts.computeIfAbsent(what, key -> new AtomicLong()).incrementAndGet();
    return isPowerOfTen(count) ? count : 0;
  }

  /**
   * Counts one more failure of {@code what} and, when it is one to log, logs {@code thrown}
   * {@linkplain Redacted redacted} at warning level with the message made for its count.
   */
  public void log(Logger log, String what, LongFunction<String> message, Throwable thrown) {
    long count = count(what);
    if (count > 0) {
      Redacted.log(log, Level.WARNING, message.apply(count), thrown);
    }
  }

  static boolean isPowerOfTen(long n) {
    long power = 1;
    while (power < n && power <= Long.MAX_VALUE / 10) {
      power *= 10;
    }
    return power == n;
  }
}
