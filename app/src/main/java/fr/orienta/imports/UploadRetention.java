package fr.orienta.imports;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The setting {@code orienta.import.upload-retention}: how long an upload previewed but never
 * imported keeps its file. Written {@code 24h}, {@code 90m}, {@code 2d} (or {@code 2j}), or as an
 * ISO-8601 duration ({@code PT24H}).
 */
final class UploadRetention {

  private static final Pattern SHORT = Pattern.compile("(\\d{1,6})\\s*([smhdj])");

  private UploadRetention() {}

  /**
   * @throws IllegalArgumentException with a French message for a malformed or non-positive value
   */
  static Duration parse(String value) {
    String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    Duration duration;
    Matcher matcher = SHORT.matcher(text);
    if (matcher.matches()) {
      long amount = Long.parseLong(matcher.group(1));
      duration =
          switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
          };
    } else {
      try {
        duration = Duration.parse(text.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw invalid(value);
      }
    }
    if (duration.isNegative() || duration.isZero()) {
      throw invalid(value);
    }
    return duration;
  }

  /** In French: « 24 h », « 90 min », « 30 s ». */
  static String describe(Duration duration) {
    if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
      return duration.toHours() + " h";
    }
    if (duration.toMinutes() > 0 && duration.equals(Duration.ofMinutes(duration.toMinutes()))) {
      return duration.toMinutes() + " min";
    }
    return duration.toSeconds() + " s";
  }

  private static IllegalArgumentException invalid(String value) {
    return new IllegalArgumentException(
        "orienta.import.upload-retention : durée invalide « "
            + value
            + " » (exemples : 24h, 90m, 2d, PT24H)");
  }
}
