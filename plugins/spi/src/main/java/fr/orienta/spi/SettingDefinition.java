package fr.orienta.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A setting an extension declares: the admin screen shows it, the core validates it at start-up.
 *
 * @param key relative key, lower case words separated by dashes or dots, e.g. {@code min-age}
 * @param label short French label
 * @param description French help text
 * @param type how the value is parsed
 * @param defaultValue used when nothing is configured; {@code null} means no default
 * @param secret never displayed nor logged (passwords, keys)
 * @param required start-up reports a problem when no value and no default exist
 */
public record SettingDefinition(
    String key,
    String label,
    String description,
    SettingType type,
    String defaultValue,
    boolean secret,
    boolean required) {

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*([.-][a-z0-9]+)*");

  public SettingDefinition {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("Invalid setting key: " + key);
    }
    label = label == null ? key : label;
    description = description == null ? "" : description;
    if (defaultValue != null) {
      type.parse(defaultValue);
    }
  }

  /** An optional setting with a default value. */
  public static SettingDefinition of(
      String key, String label, String description, SettingType type, String defaultValue) {
    return new SettingDefinition(key, label, description, type, defaultValue, false, false);
  }
}
