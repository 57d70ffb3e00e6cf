package fr.orienta.spi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The resolved values of an extension's declared settings, typed. Built by the core from its
 * configuration (or by a test with {@link #of}); an extension only reads it. Asking for a key that
 * was not declared is a programming error and fails at once.
 */
public final class Settings {

  private final Map<String, SettingDefinition> definitions = new LinkedHashMap<>();
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  private Settings(List<SettingDefinition> declared, Map<String, String> raw) {
    for (SettingDefinition definition : declared) {
      definitions.put(definition.key(), definition);
      String value = raw.get(definition.key());
      if (value == null) {
        value = definition.defaultValue();
      }
      if (value == null) {
        if (definition.required()) {
          problems.add("Paramètre obligatoire manquant : " + definition.key());
        }
        continue;
      }
      try {
        values.put(definition.key(), definition.type().parse(value));
      } catch (IllegalArgumentException e) {
        // The parse message quotes the value; a secret must not reach the admin screen or a log.
        String reason = definition.secret() ? "valeur secrète invalide" : e.getMessage();
        problems.add("Paramètre " + definition.key() + " : " + reason);
        if (definition.defaultValue() != null) {
          values.put(definition.key(), definition.type().parse(definition.defaultValue()));
        }
      }
    }
    // Map.copyOf iterates in an order that changes between runs; problems must read the same.
    for (String key : new TreeSet<>(raw.keySet())) {
      if (!definitions.containsKey(key)) {
        problems.add("Paramètre inconnu : " + key);
      }
    }
  }

  /** Resolves raw text values against declared settings; problems are collected, not thrown. */
  public static Settings of(List<SettingDefinition> declared, Map<String, String> raw) {
    return new Settings(List.copyOf(declared), Map.copyOf(raw));
  }

  /** Defaults only. */
  public static Settings defaults(List<SettingDefinition> declared) {
    return of(declared, Map.of());
  }

  /** French messages for missing, malformed or unknown settings; empty when all is well. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  public boolean isSet(String key) {
    declared(key);
    return values.containsKey(key);
  }

  public String getString(String key) {
    declared(key);
    Object value = values.get(key);
    return value == null ? null : value.toString();
  }

  public long getInteger(String key) {
    return ((Long) typed(key, SettingType.INTEGER)).longValue();
  }

  public BigDecimal getDecimal(String key) {
    return (BigDecimal) typed(key, SettingType.DECIMAL);
  }

  public boolean getBoolean(String key) {
    return (Boolean) typed(key, SettingType.BOOLEAN);
  }

  private Object typed(String key, SettingType type) {
    SettingDefinition definition = declared(key);
    if (definition.type() != type) {
      throw new IllegalArgumentException(
          key + " is declared " + definition.type() + ", not " + type);
    }
    return Objects.requireNonNull(values.get(key), () -> "No value for setting " + key);
  }

  private SettingDefinition declared(String key) {
    SettingDefinition definition = definitions.get(key);
    if (definition == null) {
      throw new IllegalArgumentException("Undeclared setting: " + key);
    }
    return definition;
  }
}
