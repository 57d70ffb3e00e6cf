package fr.orienta.plugins;

import fr.orienta.platform.Causes;
import fr.orienta.spi.Extension;
import fr.orienta.spi.OrientaPlugin;
import fr.orienta.spi.PatientSource;
import fr.orienta.spi.PriorityRule;
import fr.orienta.spi.SettingDefinition;
import fr.orienta.spi.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the plugins dropped in the plugin directories and loads each one in isolation: its own
 * class loader sees its own jars, the JDK and the {@code fr.orienta.spi} package, nothing else. So
 * a plugin cannot reach the core's classes or libraries, two plugins cannot clash over a library
 * version, and a broken plugin is reported without stopping the others. Plain Java: the CDI side
 * lives elsewhere, so that this can be tested without a server.
 */
public final class PluginLoader {

  /** The one package shared with plugins. Exact: a sub-package of it stays private to the core. */
  private static final String SPI_PACKAGE = OrientaPlugin.class.getPackageName();

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
  private static final String SERVICE = OrientaPlugin.class.getName();

  private PluginLoader() {}

  /**
   * Loads every plugin of the given directories, in that order, each directory's entries sorted by
   * name. An entry is a plugin: a {@code *.jar} file, or a folder whose {@code *.jar} files make up
   * one plugin's class path. A missing directory holds no plugins. When two plugins claim the same
   * plugin or extension id, the first one loaded keeps it.
   */
  public static Report load(List<Path> directories) {
    Loading loading = new Loading();
    for (Path directory : directories) {
      for (Path entry : entries(directory, loading)) {
        loadOne(entry, loading);
      }
    }
    return new Report(loading.plugins, loading.failures);
  }

  /**
   * The settings of an extension as configured: {@code orienta.plugin.<id>.<key>}, overridden for a
   * tenant by {@code orienta.tenant.<code>.plugin.<id>.<key>}, else the declared default.
   *
   * @param tenantCode the tenant whose overrides apply, or {@code null} for the global values
   * @param config a configuration lookup, typically {@code Config::getOptionalValue} for strings
   */
  public static Settings settings(
      Extension extension, String tenantCode, Function<String, Optional<String>> config) {
    Map<String, String> raw = new HashMap<>();
    for (SettingDefinition setting : extension.settings()) {
      Optional<String> value = Optional.empty();
      if (tenantCode != null) {
        value = nonBlank(config.apply(tenantPrefix(tenantCode, extension) + setting.key()));
      }
      if (value.isEmpty()) {
        value = nonBlank(config.apply(globalPrefix(extension) + setting.key()));
      }
      value.ifPresent(text -> raw.put(setting.key(), text));
    }
    return Settings.of(extension.settings(), raw);
  }

  /**
   * Configuration properties aimed at this extension, globally or for any tenant, whose key it does
   * not declare: almost always a typo that would otherwise go unseen.
   *
   * @param propertyNames every configured property name; others than the extension's are ignored
   * @return one French message per unknown property, in name order
   */
  public static List<String> unknownSettings(Extension extension, Iterable<String> propertyNames) {
    Set<String> declared =
        extension.settings().stream().map(SettingDefinition::key).collect(Collectors.toSet());
    Pattern ours =
        Pattern.compile(
            "orienta\\.(?:tenant\\.[^.]+\\.)?plugin\\."
                + Pattern.quote(extension.id())
                + "\\.(.+)");
    List<String> problems = new ArrayList<>();
    for (String name : propertyNames) {
      var match = ours.matcher(name);
      if (match.matches() && !declared.contains(match.group(1))) {
        problems.add("Paramètre inconnu : " + name);
      }
    }
    Collections.sort(problems);
    return List.copyOf(problems);
  }

  /**
   * Problems of the values set for particular CPTS ({@code orienta.tenant.<code>.plugin.<id>.*}),
   * which a check of the federation-wide values never reads: a CPTS whose override is malformed
   * would otherwise get the default without anyone seeing why.
   *
   * @param propertyNames every configured property name; others than the extension's are ignored
   * @return one French message per problem, « CPTS <code> : … », by CPTS code; problems the
   *     federation-wide values already have are not repeated for each CPTS
   */
  public static List<String> tenantSettingProblems(
      Extension extension,
      Iterable<String> propertyNames,
      Function<String, Optional<String>> config) {
    Set<String> global = Set.copyOf(settings(extension, null, config).problems());
    List<String> problems = new ArrayList<>();
    for (String code : tenantCodes(extension, propertyNames)) {
      for (String problem : settings(extension, code, config).problems()) {
        if (!global.contains(problem)) {
          problems.add("CPTS " + code + " : " + problem);
        }
      }
    }
    return List.copyOf(problems);
  }

  /** The CPTS codes that properties set values for, for this extension, in order. */
  public static Set<String> tenantCodes(Extension extension, Iterable<String> propertyNames) {
    Pattern ours =
        Pattern.compile(
            "orienta\\.tenant\\.([^.]+)\\.plugin\\." + Pattern.quote(extension.id()) + "\\..+");
    Set<String> codes = new TreeSet<>();
    for (String name : propertyNames) {
      var match = ours.matcher(name);
      if (match.matches()) {
        codes.add(match.group(1));
      }
    }
    return codes;
  }

  private static String globalPrefix(Extension extension) {
    return "orienta.plugin." + extension.id() + ".";
  }

  private static String tenantPrefix(String tenantCode, Extension extension) {
    return "orienta.tenant." + tenantCode + ".plugin." + extension.id() + ".";
  }

  // MicroProfile Config reads an empty value as "not set"; other lookups must not differ.
  private static Optional<String> nonBlank(Optional<String> value) {
    return value.filter(text -> !text.isBlank());
  }

  private static List<Path> entries(Path directory, Loading report) {
    if (!Files.exists(directory)) {
      return List.of();
    }
    try (Stream<Path> listing = Files.list(directory)) {
      return listing
          .filter(path -> !path.getFileName().toString().startsWith("."))
          .filter(path -> Files.isDirectory(path) || isJar(path))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      report.fail(directory, "Le dossier de plugins " + directory + " est illisible : " + e, e);
      return List.of();
    }
  }

  private static boolean isJar(Path path) {
    return Files.isRegularFile(path)
        && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
  }

  private static void loadOne(Path entry, Loading report) {
    String name = entry.getFileName().toString();
    URLClassLoader loader = null;
    try {
      List<Path> jars = Files.isDirectory(entry) ? jarsIn(entry) : List.of(entry);
      if (jars.isEmpty()) {
        report.fail(entry, "Aucun fichier .jar dans le dossier de plugin " + name, null);
        return;
      }
      for (Path jar : jars) {
        // A URLClassLoader skips an unreadable jar silently; the operator must hear about it.
        try (JarFile ignored = new JarFile(jar.toFile())) {
          // Opened only to prove it is a readable archive.
        } catch (IOException e) {
          report.fail(entry, jar.getFileName() + " n'est pas une archive jar lisible : " + e, e);
          return;
        }
      }
      loader = new URLClassLoader("plugin:" + name, urls(jars), SpiOnlyClassLoader.INSTANCE);
      List<OrientaPlugin> found = entryPoints(loader);
      if (found.isEmpty()) {
        report.fail(entry, "Aucun point d'entrée " + SERVICE + " dans " + name, null);
      } else if (found.size() > 1) {
        report.fail(
            entry,
            "Plusieurs points d'entrée "
                + SERVICE
                + " dans "
                + name
                + " (un seul attendu) : "
                + found.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", ")),
            null);
      } else if (report.add(entry, found.get(0))) {
        loader = null; // in service: the report's close() closes it
      }
    } catch (Throwable e) {
      // Even an Error: ServiceConfigurationError and LinkageError are how a broken jar shows, and
      // one bad plugin must not take the application down with it.
      report.fail(entry, "Le plugin " + name + " n'a pas pu être chargé : " + describe(e), e);
    } finally {
      close(loader);
    }
  }

  private static List<Path> jarsIn(Path folder) throws IOException {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.filter(PluginLoader::isJar).sorted().toList();
    }
  }

  private static URL[] urls(List<Path> jars) throws MalformedURLException {
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = jars.get(i).toUri().toURL();
    }
    return urls;
  }

  private static List<OrientaPlugin> entryPoints(ClassLoader loader) {
    // Only classes the plugin itself defines: whatever else is visible is not this plugin.
    return ServiceLoader.load(OrientaPlugin.class, loader).stream()
        .filter(provider -> provider.type().getClassLoader() == loader)
        .map(ServiceLoader.Provider::get)
        .toList();
  }

  private static String describe(Throwable error) {
    Throwable root = Causes.root(error);
    String text = error.getClass().getName() + ": " + error.getMessage();
    // ServiceConfigurationError hides the plugin's own exception behind a generic message.
    return root == error
        ? text
        : text + " (cause : " + root.getClass().getName() + ": " + root.getMessage() + ")";
  }

  private static void close(URLClassLoader loader) {
    if (loader == null) {
      return;
    }
    try {
      loader.close();
    } catch (IOException e) {
      // Nothing was loaded from it that anyone keeps; a jar left open is harmless here.
    }
  }

  /** The state of one {@link #load}: who owns which id so far, and what came of each entry. */
  private static final class Loading {
    private final List<LoadedPlugin> plugins = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final Map<String, Path> pluginOwners = new HashMap<>();
    private final Map<String, Path> extensionOwners = new HashMap<>();

    /** Reads the plugin once, checks it against those already in, and keeps it or refuses it. */
    boolean add(Path source, OrientaPlugin plugin) {
      String file = source.getFileName().toString();
      String id = plugin.id();
      if (id == null || !ID.matcher(id).matches()) {
        return fail(source, "Identifiant de plugin invalide dans " + file + " : " + id, null);
      }
      if (pluginOwners.containsKey(id)) {
        return fail(source, duplicate("de plugin", id, pluginOwners.get(id)), null);
      }
      String label = orElse(plugin.label(), id);
      String version = orElse(plugin.version(), "?");
      List<PriorityRule> rules = List.copyOf(plugin.priorityRules());
      List<PatientSource> sources = List.copyOf(plugin.patientSources());
      Set<String> extensionIds = new HashSet<>();
      for (Extension extension : concat(rules, sources)) {
        String extensionId = extension.id();
        if (extensionId == null || !ID.matcher(extensionId).matches()) {
          return fail(
              source, "Identifiant d'extension invalide dans " + file + " : " + extensionId, null);
        }
        if (!extensionIds.add(extensionId)) {
          return fail(source, duplicate("d'extension", extensionId, source), null);
        }
        if (extensionOwners.containsKey(extensionId)) {
          return fail(
              source,
              duplicate("d'extension", extensionId, extensionOwners.get(extensionId)),
              null);
        }
        // Read now, so that a plugin failing on them fails at start-up rather than on a screen.
        List.copyOf(extension.settings());
        extension.label();
      }
      pluginOwners.put(id, source);
      extensionIds.forEach(extensionId -> extensionOwners.put(extensionId, source));
      plugins.add(new LoadedPlugin(source, plugin, id, label, version, rules, sources));
      return true;
    }

    // The admin screen must show something: a plugin without a label is still a plugin.
    private static String orElse(String text, String fallback) {
      return text == null || text.isBlank() ? fallback : text;
    }

    boolean fail(Path source, String message, Throwable cause) {
      failures.add(new Failure(source, message, cause));
      return false;
    }

    private static String duplicate(String kind, String id, Path owner) {
      return "Identifiant "
          + kind
          + " en double : "
          + id
          + " (déjà fourni par "
          + owner.getFileName()
          + ")";
    }
  }

  /**
   * What loading found: the plugins in service and the ones refused, each in loading order. Closing
   * it closes the class loaders {@link #load} opened for the plugins (and so their jar files); the
   * plugins must not be used afterwards.
   */
  public record Report(List<LoadedPlugin> plugins, List<Failure> failures)
      implements AutoCloseable {

    public Report {
      plugins = List.copyOf(plugins);
      failures = List.copyOf(failures);
    }

    @Override
    public void close() {
      for (LoadedPlugin plugin : plugins) {
        // Only loaders made here: a plugin put in by other means may live in the core's loader.
        if (plugin.plugin().getClass().getClassLoader() instanceof URLClassLoader loader
            && loader.getParent() == SpiOnlyClassLoader.INSTANCE) {
          PluginLoader.close(loader);
        }
      }
    }
  }

  private static List<Extension> concat(List<? extends Extension> a, List<? extends Extension> b) {
    List<Extension> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * A plugin in service, read once at loading: the core uses these lists rather than asking the
   * plugin again, so that a plugin that fails does so at start-up only.
   *
   * @param source the jar or folder it came from
   * @param plugin its entry point
   * @param priorityRules its rules, in the order it gave them
   * @param patientSources its source adapters, in the order it gave them
   */
  public record LoadedPlugin(
      Path source,
      OrientaPlugin plugin,
      String id,
      String label,
      String version,
      List<PriorityRule> priorityRules,
      List<PatientSource> patientSources) {

    public LoadedPlugin {
      priorityRules = List.copyOf(priorityRules);
      patientSources = List.copyOf(patientSources);
    }

    /** Every extension of the plugin: its rules, then its sources. */
    public List<Extension> extensions() {
      return List.copyOf(concat(priorityRules, patientSources));
    }
  }

  /**
   * A plugin refused at loading.
   *
   * @param source the jar or folder concerned
   * @param message why, in French, for the administrator
   * @param cause the plugin's exception, for the log; {@code null} when there is none
   */
  public record Failure(Path source, String message, Throwable cause) {}

  /**
   * The parent of every plugin class loader: the JDK's platform classes, plus the SPI package taken
   * from the core's own loader so that plugin and core share one {@code OrientaPlugin}.
   */
  private static final class SpiOnlyClassLoader extends ClassLoader {
    static {
      registerAsParallelCapable();
    }

    static final SpiOnlyClassLoader INSTANCE = new SpiOnlyClassLoader();

    private final ClassLoader core = OrientaPlugin.class.getClassLoader();

    private SpiOnlyClassLoader() {
      super("orienta-spi", ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      if (isSpi(name, '.')) {
        return core.loadClass(name);
      }
      throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
      return isSpi(name, '/') ? core.getResource(name) : null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
      return isSpi(name, '/') ? core.getResources(name) : Collections.emptyEnumeration();
    }

    private static boolean isSpi(String name, char separator) {
      String prefix = SPI_PACKAGE.replace('.', separator) + separator;
      return name.startsWith(prefix) && name.indexOf(separator, prefix.length()) < 0;
    }
  }
}
