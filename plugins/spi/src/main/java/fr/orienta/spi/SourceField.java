package fr.orienta.spi;

import java.text.Normalizer;
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

  public SourceField {
    Objects.requireNonNull(key, "key");
    aliases = List.copyOf(aliases);
    label = label == null ? key : label;
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
    String stripped =
        Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    // Listings write « Né(e) le » as often as « NE LE »: the ending must not become a word of its
    // own. Only known endings glued to a letter go, so « Code(ALD) » or « Adresse (2) » stay.
    return INCLUSIVE_ENDING.matcher(stripped).replaceAll("").replaceAll("[^a-z0-9]+", " ").trim();
  }
}
