package fr.orienta.spi;

import java.math.BigDecimal;
import java.util.Locale;

/** The type of a declared setting, which decides how its text value is parsed and checked. */
public enum SettingType {
  STRING,
  INTEGER,
  DECIMAL,
  BOOLEAN;

  /**
   * Parses a raw configuration value.
   *
   * @throws IllegalArgumentException with a French message when the value does not fit the type
   */
  public Object parse(String raw) {
    if (raw == null) {
      return null;
    }
    String value = raw.trim();
    try {
      return switch (this) {
        case STRING -> raw;
        case INTEGER -> Long.valueOf(value);
        case DECIMAL -> new BigDecimal(value);
        case BOOLEAN -> parseBoolean(value);
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "« " + raw + " » n'est pas un " + (this == INTEGER ? "entier" : "nombre décimal"), e);
    }
  }

  private static Boolean parseBoolean(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "oui", "1" -> Boolean.TRUE;
      case "false", "no", "non", "0" -> Boolean.FALSE;
      default ->
          throw new IllegalArgumentException(
              "« " + value + " » n'est pas un booléen (oui/non, true/false)");
    };
  }
}
