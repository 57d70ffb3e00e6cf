package fr.orienta.spi;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks of the French identifiers that sources carry: the NIR (social security number) and its
 * key, and the RPPS number of a health professional. Shared by every adapter and by the core so
 * that a number is judged the same way wherever it enters.
 */
public final class Identifiers {

  private static final Pattern NIR = Pattern.compile("[12378]\\d{4}(\\d{2}|2A|2B)\\d{6}\\d{2}");
  private static final Pattern RPPS = Pattern.compile("\\d{11}");

  private Identifiers() {}

  /** Removes spaces (non-breaking ones too), dots and dashes, upper-cases Corsica's A/B. */
  public static String compact(String raw) {
    return raw == null ? null : Values.withoutSeparators(raw).toUpperCase(Locale.ROOT);
  }

  /**
   * The key of a 13-character NIR: 97 − (number mod 97), where Corsica's 2A and 2B count as 19 and
   * 18.
   */
  public static int nirKey(String nir13) {
    String digits = nir13.substring(0, 13);
    String department = digits.substring(5, 7);
    String numeric;
    if ("2A".equals(department)) {
      numeric = digits.substring(0, 5) + "19" + digits.substring(7);
    } else if ("2B".equals(department)) {
      numeric = digits.substring(0, 5) + "18" + digits.substring(7);
    } else {
      numeric = digits;
    }
    // Thirteen digits fit in a long.
    return (int) (97 - Long.parseLong(numeric) % 97);
  }

  /** Whether a 15-character NIR (13 + key) is well formed and its key right. */
  public static boolean isValidNir(String nir15) {
    String nir = compact(nir15);
    if (nir == null || !NIR.matcher(nir).matches()) {
      return false;
    }
    return nirKey(nir) == Integer.parseInt(nir.substring(13));
  }

  /** Whether an 11-digit RPPS number has a right Luhn check digit. */
  public static boolean isValidRpps(String rpps) {
    String value = compact(rpps);
    return value != null && RPPS.matcher(value).matches() && luhnSum(value) % 10 == 0;
  }

  /** The Luhn check digit to append to a number. */
  public static int luhnCheckDigit(String digitsWithoutCheck) {
    return (10 - luhnSum(digitsWithoutCheck + "0") % 10) % 10;
  }

  private static int luhnSum(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (twice) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      twice = !twice;
    }
    return sum;
  }
}
