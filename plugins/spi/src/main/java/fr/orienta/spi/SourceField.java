package fr.orienta.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A field of a source format and the header spellings that name it. Headers are compared after
 * {@link #normalise}: case, accents, punctuation, spacing and inclusive-writing endings do not
 * matter, so {@code Né(e) le}, {@code NE LE} and {@code ne_le} are the same header.
 *
 * @param key stable field key the adapter reads with {@link SourceRow#get}
 * @param label French label shown when a coordinator maps an unknown header
 * @param aliases known header spellings, the first being the usual one
 * @param required whether a file without this column cannot be imported
 */
public record SourceField(String key, String label, List<String> aliases, boolean required) {

  private static final String ENDINGS = "(?:e|s|es|ne|nes|le|les|se|ere|rice|trice|euse)";

  private static final Pattern INCLUSIVE_ENDING =
      Pattern.compile("(?<=[a-z])(?:\\(" + ENDINGS + "\\)|·" + ENDINGS + "(?![a-z0-9]))");

  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  public SourceField {
    Objects.requireNonNull(key, "key");
    aliases = List.copyOf(aliases);
    label = label == null ? key : label;
  }

  /**
   * A field with its header spellings, the usual one first: {@code SourceField.of("css", "CSS
   * (oui/non)", false, "CSS", "C2S")}.
   */
  public static SourceField of(String key, String label, boolean required, String... aliases) {
    return new SourceField(key, label, List.of(aliases), required);
  }

  /**
   * This field with more header spellings after its own, typically a standard list of {@link
   * CommonFields} after the spelling the source's own files use. A spelling this field already
   * matches is left out, so the usual one stays first and none is listed twice.
   */
  public SourceField plusAliases(List<String> more) {
    List<String> all = new ArrayList<>(aliases);
    List<String> known = new ArrayList<>(aliases.stream().map(SourceField::normalise).toList());
    for (String alias : more) {
      String normalised = normalise(alias);
      if (!known.contains(normalised)) {
        known.add(normalised);
        all.add(alias);
      }
    }
    return new SourceField(key, label, all, required);
  }

  /** Whether a file header names this field. */
  public boolean matches(String header) {
    String wanted = normalise(header);
    return !wanted.isEmpty()
        && aliases.stream().map(SourceField::normalise).anyMatch(wanted::equals);
  }

  /**
   * Lower case, no accents, no inclusive-writing ending glued to a word (« Né(e) », « Assuré·e »),
   * letters and digits separated by single spaces.
   */
  public static String normalise(String header) {
    if (header == null) {
      return "";
    }
    String stripped = Values.stripAccents(header.replace("\uFEFF", "")).toLowerCase(Locale.ROOT);
    // Listings write « Né(e) le » as often as « NE LE »: the ending must not become a word of its
    // own. Only known endings glued to a letter go, so « Code(ALD) » or « Adresse (2) » stay.
    return NOT_ALPHANUMERIC
        .matcher(INCLUSIVE_ENDING.matcher(stripped).replaceAll(""))
        .replaceAll(" ")
        .trim();
  }
}
