package fr.orienta.spi.testkit;

import fr.orienta.spi.Extension;
import fr.orienta.spi.OrientaPlugin;
import fr.orienta.spi.PatientSource;
import fr.orienta.spi.PriorityRule;
import fr.orienta.spi.RowProblem;
import fr.orienta.spi.RowResult;
import fr.orienta.spi.RuleScore;
import fr.orienta.spi.SettingDefinition;
import fr.orienta.spi.Settings;
import fr.orienta.spi.SourceField;
import fr.orienta.spi.SourceRow;
import fr.orienta.spi.WaitingPerson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * The checks behind {@link PluginContractTest}, callable on their own. Each one looks at the whole
 * plugin and throws a single {@link AssertionError} listing every breach in French, so that one run
 * tells a plugin author all that is wrong rather than the first thing.
 */
public final class PluginContract {

  /** What the core accepts as a plugin or extension id: it becomes part of configuration keys. */
  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

  private static final String SERVICES_FILE = "META-INF/services/" + OrientaPlugin.class.getName();

  private PluginContract() {}

  /** Runs every check, reporting all breaches together. */
  public static void checkAll(OrientaPlugin plugin) {
    Breaches breaches = new Breaches(plugin);
    discoverable(plugin, breaches);
    identity(plugin, breaches);
    extensions(plugin, breaches);
    priorityRules(plugin, breaches);
    patientSources(plugin, breaches);
    breaches.throwIfAny();
  }

  /** The class path lists the plugin's class in {@value #SERVICES_FILE}, as the core needs. */
  public static void checkDiscoverable(OrientaPlugin plugin) {
    Breaches breaches = new Breaches(plugin);
    discoverable(plugin, breaches);
    breaches.throwIfAny();
  }

  /** Well-formed id, non-blank label and version. */
  public static void checkIdentity(OrientaPlugin plugin) {
    Breaches breaches = new Breaches(plugin);
    identity(plugin, breaches);
    breaches.throwIfAny();
  }

  /** Extension ids unique and well-formed, labels present, settings unique and defaults valid. */
  public static void checkExtensions(OrientaPlugin plugin) {
    Breaches breaches = new Breaches(plugin);
    extensions(plugin, breaches);
    breaches.throwIfAny();
  }

  /** Every rule scores every {@link SamplePersons sample} without failing, the same way twice. */
  public static void checkPriorityRules(OrientaPlugin plugin) {
    Breaches breaches = new Breaches(plugin);
    priorityRules(plugin, breaches);
    breaches.throwIfAny();
  }

  /** Every source describes its fields and survives an empty or absurd row. */
  public static void checkPatientSources(OrientaPlugin plugin) {
    Breaches breaches = new Breaches(plugin);
    patientSources(plugin, breaches);
    breaches.throwIfAny();
  }

  /**
   * The settings an extension gets from a core with no configuration: the defaults, plus a
   * placeholder for each required setting that has none (an operator would have to set it).
   */
  public static Settings sampleSettings(Extension extension) {
    Map<String, String> raw = new HashMap<>();
    for (SettingDefinition setting : extension.settings()) {
      if (setting.defaultValue() == null && setting.required()) {
        raw.put(setting.key(), placeholder(setting));
      }
    }
    return Settings.of(extension.settings(), raw);
  }

  private static String placeholder(SettingDefinition setting) {
    return switch (setting.type()) {
      case STRING -> "exemple";
      case INTEGER, DECIMAL -> "1";
      case BOOLEAN -> "false";
    };
  }

  private static void discoverable(OrientaPlugin plugin, Breaches breaches) {
    Class<?> type = plugin.getClass();
    try {
      // stream() reads the provider types without instantiating every other plugin in sight.
      ServiceLoader.Provider<OrientaPlugin> provider =
          ServiceLoader.load(OrientaPlugin.class, type.getClassLoader()).stream()
              .filter(candidate -> candidate.type() == type)
              .findFirst()
              .orElse(null);
      if (provider == null) {
        breaches.add(type.getName() + " n'est pas listé dans " + SERVICES_FILE);
        return;
      }
      OrientaPlugin loaded = provider.get();
      if (!String.valueOf(loaded.id()).equals(String.valueOf(plugin.id()))) {
        breaches.add(
            "l'instance créée par ServiceLoader a l'id « "
                + loaded.id()
                + " » au lieu de « "
                + plugin.id()
                + " »");
      }
    } catch (Throwable e) {
      breaches.add("ServiceLoader ne peut pas créer " + type.getName(), e);
    }
  }

  private static void identity(OrientaPlugin plugin, Breaches breaches) {
    String id = breaches.require("id()", plugin::id, "id() renvoie null");
    if (id != null && !ID.matcher(id).matches()) {
      breaches.add("l'id « " + id + " » ne respecte pas " + ID.pattern());
    }
    String label = breaches.require("label()", plugin::label, "label() renvoie null");
    if (label != null && label.isBlank()) {
      breaches.add("le libellé (label()) est vide");
    }
    String version = breaches.require("version()", plugin::version, "version() renvoie null");
    if (version != null && version.isBlank()) {
      breaches.add("la version (version()) est vide");
    }
  }

  private static void extensions(OrientaPlugin plugin, Breaches breaches) {
    Set<String> ids = new HashSet<>();
    for (Extension extension : allExtensions(plugin, breaches)) {
      String type = extension.getClass().getName();
      String id = breaches.require("id() de " + type, extension::id, type + " n'a pas d'id");
      if (id == null) {
        continue;
      }
      String name = "l'extension « " + id + " »";
      if (!ID.matcher(id).matches()) {
        breaches.add(name + " a un id qui ne respecte pas " + ID.pattern());
      }
      if (!ids.add(id)) {
        breaches.add(name + " est déclarée deux fois (les ids doivent être uniques)");
      }
      String label =
          breaches.require(
              "label() de " + name, extension::label, name + " : label() renvoie null");
      if (label != null && label.isBlank()) {
        breaches.add(name + " a un libellé vide");
      }
      breaches.require(
          "description() de " + name,
          extension::description,
          name + " a une description null (chaîne vide attendue)");
      List<SettingDefinition> settings =
          breaches.require(
              "settings() de " + name,
              extension::settings,
              name + " : settings() renvoie null (liste vide attendue)");
      if (settings == null) {
        continue;
      }
      Set<String> keys = new HashSet<>();
      for (SettingDefinition setting : settings) {
        if (setting == null) {
          breaches.add(name + " déclare un paramètre null");
        } else if (!keys.add(setting.key())) {
          breaches.add(name + " déclare deux fois le paramètre " + setting.key());
        }
      }
      if (settings.stream().anyMatch(Objects::isNull)) {
        continue;
      }
      Settings defaults =
          breaches.call("les paramètres de " + name, () -> sampleSettings(extension));
      if (defaults != null) {
        defaults.problems().forEach(problem -> breaches.add(name + " : " + problem));
      }
    }
  }

  private static void priorityRules(OrientaPlugin plugin, Breaches breaches) {
    List<PriorityRule> rules =
        breaches.require(
            "priorityRules()",
            plugin::priorityRules,
            "priorityRules() renvoie null (liste vide attendue)");
    if (rules == null) {
      return;
    }
    for (PriorityRule rule : rules) {
      if (rule == null) {
        breaches.add("priorityRules() contient null");
        continue;
      }
      String name = "la règle « " + idOf(rule) + " »";
      Settings settings = breaches.call("les paramètres de " + name, () -> sampleSettings(rule));
      if (settings == null) {
        continue;
      }
      SamplePersons.named()
          .forEach((sample, person) -> score(rule, name, sample, person, settings, breaches));
    }
  }

  private static void score(
      PriorityRule rule,
      String name,
      String sample,
      WaitingPerson person,
      Settings settings,
      Breaches breaches) {
    String context = name + " pour « " + sample + " »";
    String ifNull = context + " : score() renvoie null (RuleScore.none() attendu)";
    RuleScore first = breaches.require(context, () -> rule.score(person, settings), ifNull);
    RuleScore second = breaches.require(context, () -> rule.score(person, settings), ifNull);
    if (first == null || second == null) {
      return;
    }
    if (!first.equals(second)) {
      breaches.add(context + " : deux appels donnent " + first + " puis " + second);
    }
    if (first.points() > 0 && first.explanation().isBlank()) {
      breaches.add(context + " : " + first.points() + " points sans explication");
    }
  }

  private static void patientSources(OrientaPlugin plugin, Breaches breaches) {
    List<PatientSource> sources =
        breaches.require(
            "patientSources()",
            plugin::patientSources,
            "patientSources() renvoie null (liste vide attendue)");
    if (sources == null) {
      return;
    }
    for (PatientSource source : sources) {
      if (source == null) {
        breaches.add("patientSources() contient null");
        continue;
      }
      String name = "la source « " + idOf(source) + " »";
      List<SourceField> fields = breaches.call("fields() de " + name, source::fields);
      if (fields == null || fields.isEmpty() || fields.stream().anyMatch(Objects::isNull)) {
        breaches.add(name + " ne décrit aucun champ (ou un champ null)");
        continue;
      }
      checkFields(name, fields, breaches);
      read(source, name, "une ligne vide", MapSourceRow.empty(fields), breaches);
      Map<String, String> absurd = new HashMap<>();
      fields.forEach(field -> absurd.put(field.key(), "?#!"));
      read(
          source, name, "une ligne de valeurs absurdes", MapSourceRow.of(fields, absurd), breaches);
    }
  }

  private static void checkFields(String name, List<SourceField> fields, Breaches breaches) {
    Set<String> keys = new HashSet<>();
    Map<String, String> aliasOwners = new HashMap<>();
    for (SourceField field : fields) {
      if (!keys.add(field.key())) {
        breaches.add(name + " déclare deux fois le champ " + field.key());
      }
      if (field.aliases().stream().allMatch(alias -> SourceField.normalise(alias).isEmpty())) {
        breaches.add(name + " : le champ " + field.key() + " n'a aucun intitulé d'en-tête");
      }
      for (String alias : field.aliases()) {
        String normalised = SourceField.normalise(alias);
        String owner =
            normalised.isEmpty() ? null : aliasOwners.putIfAbsent(normalised, field.key());
        if (owner != null && !owner.equals(field.key())) {
          breaches.add(
              name
                  + " : l'en-tête « "
                  + alias
                  + " » désigne à la fois "
                  + owner
                  + " et "
                  + field.key());
        }
      }
    }
  }

  private static void read(
      PatientSource source, String name, String what, SourceRow row, Breaches breaches) {
    String context = name + " sur " + what;
    RowResult result =
        breaches.require(
            context,
            () -> source.read(row),
            context + " : read() renvoie null (un rejet avec ses problèmes attendu)");
    if (result == null) {
      return;
    }
    if (!result.isAccepted() && result.problems().isEmpty()) {
      breaches.add(context + " : ligne rejetée sans aucun problème signalé");
    }
    for (RowProblem problem : result.problems()) {
      if (problem.line() != row.line()) {
        breaches.add(
            context + " : problème signalé ligne " + problem.line() + " au lieu de " + row.line());
      }
      if (problem.message() == null || problem.message().isBlank()) {
        breaches.add(context + " : problème sans message");
      }
    }
  }

  private static String idOf(Extension extension) {
    try {
      return extension.id();
    } catch (RuntimeException e) {
      return extension.getClass().getName();
    }
  }

  private static List<Extension> allExtensions(OrientaPlugin plugin, Breaches breaches) {
    List<Extension> all = new ArrayList<>();
    List<PriorityRule> rules = breaches.call("priorityRules()", plugin::priorityRules);
    List<PatientSource> sources = breaches.call("patientSources()", plugin::patientSources);
    if (rules != null) {
      rules.stream().filter(Objects::nonNull).forEach(all::add);
    }
    if (sources != null) {
      sources.stream().filter(Objects::nonNull).forEach(all::add);
    }
    return all;
  }

  /** Collects breaches; a plugin's own exception is recorded rather than let through. */
  private static final class Breaches {
    private final String plugin;
    private final List<String> messages = new ArrayList<>();
    private Throwable firstCause;

    Breaches(OrientaPlugin plugin) {
      this.plugin = plugin.getClass().getName();
    }

    void add(String message) {
      messages.add(message);
    }

    void add(String message, Throwable cause) {
      messages.add(message + " : " + cause);
      if (firstCause == null) {
        firstCause = cause;
      }
    }

    /** Calls plugin code; on any throwable records it and returns {@code null}. */
    <T> T call(String what, Callable<T> code) {
      try {
        return code.call();
      } catch (Throwable e) {
        // Even an Error: a plugin's bug must show up as a breach, not as a crashed test run.
        add(what + " lève une exception", e);
        return null;
      }
    }

    /** Like {@link #call}, and a {@code null} result is itself a breach. */
    <T> T require(String what, Callable<T> code, String ifNull) {
      int known = messages.size();
      T result = call(what, code);
      if (result == null && messages.size() == known) {
        add(ifNull);
      }
      return result;
    }

    void throwIfAny() {
      if (messages.isEmpty()) {
        return;
      }
      StringBuilder text =
          new StringBuilder(plugin).append(" ne respecte pas le contrat Orienta :");
      messages.stream().distinct().forEach(message -> text.append("\n  - ").append(message));
      AssertionError error = new AssertionError(text.toString());
      if (firstCause != null) {
        error.initCause(firstCause);
      }
      throw error;
    }
  }
}
