package fr.orienta.registry;

import fr.orienta.spi.Values;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Identity traits reduced to one comparable key — last name, first name, birth date, commune — so
 * that « Lefèvre Zoé » born 09/06/1926 in Retournac and « LEFEVRE ZOE » of the same day and commune
 * meet. Used only when no NIR can decide.
 */
public final class IdentityKey {

  private IdentityKey() {}

  /** The key, or {@code null} when the traits are too few to compare (no name or no birth date). */
  public static String of(String lastName, String firstName, LocalDate birthDate, String commune) {
    String last = plain(lastName);
    String first = plain(firstName);
    if (last.isEmpty() || first.isEmpty()) {
      return null;
    }
    // Compound first names are often cut to the first one in listings.
    String firstOnly = first.split(" ")[0];
    return last.replace(" ", "")
        + "|"
        + firstOnly
        + "|"
        + (birthDate == null ? UNDATED : birthDate)
        + "|"
        + plain(commune);
  }

  /**
   * Stands for the birth date in the key of a person entered without one (a report often lacks it):
   * such an entry seen again from its source is the same person, and one alike with a birth date is
   * a possible duplicate ({@link #sameNamesAndCommune}).
   */
  static final String UNDATED = "?";

  /** The key of the same names and commune without birth date: {@code key}'s date is forgotten. */
  static String undated(String key) {
    int date = key.indexOf('|', key.indexOf('|') + 1) + 1;
    return key.substring(0, date) + UNDATED + key.substring(key.indexOf('|', date));
  }

  /** Whether {@code key} is one of a person without birth date. */
  static boolean isUndated(String key) {
    return key.contains("|" + UNDATED + "|");
  }

  /** Whether two keys have the same names and commune, whatever their birth dates. */
  static boolean sameNamesAndCommune(String key, String other) {
    return other != null
        && names(key).equals(names(other))
        && key.substring(key.lastIndexOf('|')).equals(other.substring(other.lastIndexOf('|')));
  }

  /** The names part of {@code key}: last name, then first name, separated by {@code |}. */
  static String names(String key) {
    return key.substring(0, key.indexOf('|', key.indexOf('|') + 1));
  }

  /**
   * The length a name takes in a column of {@code length} characters that also holds its search
   * key: the longer of the name and its key, which spells ligatures out (« Œ » is « OE », « ﬃ » is
   * « FFI »). A character spells out to three at most, so a name within a third of the column is
   * measured without computing its key.
   */
  public static int storedLength(String name, int length) {
    return name.length() * 3 <= length
        ? name.length()
        : Math.max(name.length(), plain(name).length());
  }

  /** Whether {@code shorter} is {@code longer} cut after some of its first names, both plain. */
  static boolean isCutOf(String shorter, String longer) {
    return longer.length() > shorter.length()
        && longer.startsWith(shorter)
        && longer.charAt(shorter.length()) == ' ';
  }

  /**
   * A name as it is compared and searched: no accents, upper case, ligatures spelled out, letters
   * and digits separated by single spaces (« d'Hérouville-Saint » → « D HEROUVILLE SAINT », «
   * Lœuillet » → « LOEUILLET »); empty for {@code null}.
   */
  public static String plain(String text) {
    if (text == null) {
      return "";
    }
    // Every row of an import computes three (the key and the search keys of both names): one
    // pass over the characters, where a regular expression took a tenth of the import's CPU.
    String upper = Values.stripAccents(text).toUpperCase(Locale.ROOT);
    StringBuilder plain = new StringBuilder(upper.length());
    boolean apart = false;
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      boolean kept = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      String spelled = kept ? null : spelledOut(c);
      if (kept || spelled != null) {
        if (apart && plain.length() > 0) {
          plain.append(' ');
        }
        if (kept) {
          plain.append(c);
        } else {
          plain.append(spelled);
        }
        apart = false;
      } else {
        apart = true;
      }
    }
    return plain.toString();
  }

  /**
   * The upper-case letters that do not decompose into a letter and an accent, spelled out as
   * listings type them in capitals (« Lœuillet » is « LOEUILLET », « Ørsted » « ORSTED »); {@code
   * null} for anything else.
   */
  private static String spelledOut(char c) {
    return switch (c) {
      case 'Œ' -> "OE";
      case 'Æ' -> "AE";
      case 'Ø' -> "O";
      case 'Ł' -> "L";
      case 'Đ' -> "D";
      default -> null;
    };
  }
}
