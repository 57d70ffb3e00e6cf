package fr.orienta.registry;

import java.util.regex.Pattern;

/**
 * A name typed in the registry's search box, as the database is asked for it: a prefix of the
 * names' search keys ({@link IdentityKey#plain}: no accents, case or punctuation), so that « lefe
 * », « Lefè » and « LEFÈ » find « LEFÈVRE », and « d'her » « D'HÉROUVILLE ».
 *
 * <p>{@code LIKE 'GAR%'} cannot use an index once the prefix is a bound parameter: the plan
 * PostgreSQL keeps for a prepared statement does not know the prefix. A range {@code >= 'GAR' and <
 * 'GAS'} can, and holds exactly the names starting with GAR under a byte-order collation (C,
 * C.UTF-8, H2's); under a linguistic one (fr_FR) it also holds keys that sort there once spaces are
 * set aside (« GA RUEL »), a search for GAR that a coordinator would accept. A prefix of Zs has no
 * upper bound, and one with spaces or digits no range: those are searched with {@code LIKE},
 * correct but without the index.
 *
 * @param like the {@code LIKE} pattern, wildcards typed by the user taken out
 * @param from the lowest name with this prefix, or {@code null} when no range applies
 * @param to the first name after them all, or {@code null} when none is needed (a prefix of Zs)
 */
record NamePrefix(String like, String from, String to) {

  private static final Pattern LETTERS = Pattern.compile("[A-Z]+");

  static NamePrefix of(String typed) {
    String prefix = IdentityKey.plain(typed.replace("%", "").replace("_", ""));
    if (!LETTERS.matcher(prefix).matches()) {
      return new NamePrefix(prefix + "%", null, null);
    }
    return new NamePrefix(prefix + "%", prefix, successor(prefix));
  }

  boolean ranged() {
    return from != null;
  }

  /**
   * The first string of A-Z letters after every string starting with {@code prefix}: its last
   * letter but Z moved up by one, trailing Zs dropped ({@code GAZ} → {@code GB}); a character after
   * Z such as {@code [} would sort before Z under a linguistic collation.
   */
  private static String successor(String prefix) {
    int last = prefix.length() - 1;
    while (last >= 0 && prefix.charAt(last) == 'Z') {
      last--;
    }
    if (last < 0) {
      return null;
    }
    return prefix.substring(0, last) + (char) (prefix.charAt(last) + 1);
  }
}
