package fr.orienta.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import fr.orienta.plugins.PluginLoader.Failure;
import fr.orienta.plugins.PluginLoader.LoadedPlugin;
import fr.orienta.plugins.PluginLoader.Report;
import fr.orienta.spi.Extension;
import fr.orienta.spi.OrientaPlugin;
import fr.orienta.spi.PriorityRule;
import fr.orienta.spi.RuleScore;
import fr.orienta.spi.SettingDefinition;
import fr.orienta.spi.SettingType;
import fr.orienta.spi.Settings;
import fr.orienta.spi.WaitingPerson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins here are real jars, compiled and packed during the test against the SPI only, so that
 * class loader isolation is exercised the way it runs in the server.
 */
class PluginLoaderTest {

  private static final String SERVICES = "META-INF/services/" + OrientaPlugin.class.getName();

  @TempDir Path work;

  private final List<Report> reports = new ArrayList<>();

  @AfterEach
  void closeLoaders() {
    // Open jars would keep @TempDir from being deleted on some systems.
    reports.forEach(Report::close);
  }

  private Path plugins() throws IOException {
    return Files.createDirectories(work.resolve("plugins"));
  }

  private Report load(Path... directories) {
    Report report = PluginLoader.load(List.of(directories));
    reports.add(report);
    return report;
  }

  @Test
  void aValidPluginLoadsInItsOwnClassLoader() throws Exception {
    jar(plugins().resolve("velay.jar"), compile(plugin("velay", "velay", "velay-commune")), true);

    Report report = load(plugins());

    assertThat(report.failures()).isEmpty();
    assertThat(report.plugins()).hasSize(1);
    LoadedPlugin loaded = report.plugins().get(0);
    assertThat(loaded.source()).isEqualTo(plugins().resolve("velay.jar"));
    assertThat(loaded.id()).isEqualTo("velay");
    assertThat(loaded.label()).isEqualTo("Plugin velay");
    assertThat(loaded.version()).isEqualTo("dev");
    assertThat(loaded.extensions()).extracting(Extension::id).containsExactly("velay-commune");
    assertThat(loaded.patientSources()).isEmpty();

    ClassLoader loader = loaded.plugin().getClass().getClassLoader();
    assertThat(loader).isNotSameAs(getClass().getClassLoader());
    assertThat(loader.getName()).isEqualTo("plugin:velay.jar");
    // The SPI is shared, so the core can call the plugin through its own interfaces...
    assertThat(loader.loadClass(Settings.class.getName())).isSameAs(Settings.class);
    assertThat(loader.loadClass("java.time.LocalDate")).isSameAs(LocalDate.class);
    assertThat(loader.getResource("fr/orienta/spi/OrientaPlugin.class")).isNotNull();
    // ...and nothing else of the core or its libraries is.
    assertThatThrownBy(() -> loader.loadClass(PluginLoader.class.getName()))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> loader.loadClass("org.assertj.core.api.Assertions"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> loader.loadClass("org.junit.jupiter.api.Test"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(loader.getResource("fr/orienta/plugins/PluginLoader.class")).isNull();

    PriorityRule rule = loaded.priorityRules().get(0);
    WaitingPerson person =
        new WaitingPerson(null, false, null, false, "43003", null, LocalDate.of(2026, 11, 1));
    assertThat(rule.score(person, Settings.defaults(rule.settings())))
        .isEqualTo(new RuleScore(7, "velay-commune : +7"));
  }

  @Test
  void twoPluginsCannotSeeEachOther() throws Exception {
    jar(plugins().resolve("a.jar"), compile(plugin("alpha", "alpha", "alpha-rule")), true);
    jar(plugins().resolve("b.jar"), compile(plugin("beta", "beta", "beta-rule")), true);

    Report report = load(plugins());

    assertThat(report.plugins()).extracting(LoadedPlugin::id).containsExactly("alpha", "beta");
    ClassLoader alpha = report.plugins().get(0).plugin().getClass().getClassLoader();
    ClassLoader beta = report.plugins().get(1).plugin().getClass().getClassLoader();
    assertThat(alpha).isNotSameAs(beta);
    assertThat(alpha.loadClass("alpha.Entry")).isNotNull();
    assertThatThrownBy(() -> alpha.loadClass("beta.Entry"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> beta.loadClass("alpha.Entry"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void aFolderIsOnePluginWhoseJarsFormItsClassPath() throws Exception {
    Path classes =
        compile(
            Map.of(
                "duo.Entry",
                """
                package duo;
                public class Entry implements fr.orienta.spi.OrientaPlugin {
                  public String id() { return "duo"; }
                  public String label() { return Helper.label(); }
                }
                """,
                "duo.Helper",
                """
                package duo;
                public class Helper {
                  static String label() { return "Plugin en deux jars"; }
                }
                """));
    Path folder = Files.createDirectories(plugins().resolve("duo"));
    jar(folder.resolve("duo-core.jar"), classes, true, name -> name.endsWith("Entry.class"));
    jar(folder.resolve("duo-lib.jar"), classes, false, name -> name.endsWith("Helper.class"));

    Report report = load(plugins());

    assertThat(report.failures()).isEmpty();
    assertThat(report.plugins())
        .singleElement()
        .satisfies(
            loaded -> {
              assertThat(loaded.source()).isEqualTo(folder);
              assertThat(loaded.label()).isEqualTo("Plugin en deux jars");
              assertThat(loaded.plugin().getClass().getClassLoader().getName())
                  .isEqualTo("plugin:duo");
            });
  }

  @Test
  void aJarWithoutServicesFileIsReported() throws Exception {
    jar(plugins().resolve("plugin-x.jar"), compile(plugin("x", "x", "x-rule")), false);

    Report report = load(plugins());

    assertThat(report.plugins()).isEmpty();
    assertThat(report.failures())
        .containsExactly(
            new Failure(
                plugins().resolve("plugin-x.jar"),
                "Aucun point d'entrée fr.orienta.spi.OrientaPlugin dans plugin-x.jar",
                null));
  }

  @Test
  void aConstructorThatThrowsFailsThatPluginOnly() throws Exception {
    jar(plugins().resolve("a-good.jar"), compile(plugin("good", "good", "good-rule")), true);
    Path boom =
        compile(
            Map.of(
                "boom.Entry",
                """
                package boom;
                public class Entry implements fr.orienta.spi.OrientaPlugin {
                  public Entry() { throw new IllegalStateException("configuration absente"); }
                  public String id() { return "boom"; }
                  public String label() { return "Boum"; }
                }
                """));
    jar(plugins().resolve("b-boom.jar"), boom, true);
    jar(plugins().resolve("c-fine.jar"), compile(plugin("fine", "fine", "fine-rule")), true);

    Report report = load(plugins());

    assertThat(report.plugins()).extracting(LoadedPlugin::id).containsExactly("good", "fine");
    assertThat(report.failures())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.source().getFileName()).hasToString("b-boom.jar");
              assertThat(failure.message())
                  .startsWith(
                      "Le plugin b-boom.jar n'a pas pu être chargé : java.util.ServiceConfigurationError: ")
                  .endsWith("(cause : java.lang.IllegalStateException: configuration absente)");
              assertThat(failure.cause()).isInstanceOf(ServiceConfigurationError.class);
            });
  }

  @Test
  void errorsInsidePluginMethodsFailThatPluginOnly() throws Exception {
    Path classes =
        compile(
            Map.of(
                "shaky.Entry",
                """
                package shaky;
                import java.util.List;
                public class Entry implements fr.orienta.spi.OrientaPlugin {
                  public String id() { return "shaky"; }
                  public String label() { return "Bancal"; }
                  public List<fr.orienta.spi.PriorityRule> priorityRules() {
                    return List.of(new Missing());
                  }
                }
                """,
                "shaky.Missing",
                """
                package shaky;
                public class Missing implements fr.orienta.spi.PriorityRule {
                  public String id() { return "missing"; }
                  public String label() { return "Absente"; }
                  public fr.orienta.spi.RuleScore score(
                      fr.orienta.spi.WaitingPerson p, fr.orienta.spi.Settings s) {
                    return fr.orienta.spi.RuleScore.none();
                  }
                }
                """,
                "nolabel.Entry",
                """
                package nolabel;
                public class Entry implements fr.orienta.spi.OrientaPlugin {
                  public String id() { return "nolabel"; }
                  public String label() { throw new UnsupportedOperationException("oubli"); }
                }
                """));
    // The jar lacks a class its entry point needs: a LinkageError at priorityRules().
    jar(plugins().resolve("shaky.jar"), classes, true, name -> name.equals("shaky/Entry.class"));
    jar(plugins().resolve("nolabel.jar"), classes, true, name -> name.startsWith("nolabel/"));
    jar(plugins().resolve("z-ok.jar"), compile(plugin("ok", "ok", "ok-rule")), true);

    Report report = load(plugins());

    assertThat(report.plugins()).extracting(LoadedPlugin::id).containsExactly("ok");
    assertThat(report.failures())
        .extracting(Failure::message)
        .containsExactly(
            "Le plugin nolabel.jar n'a pas pu être chargé :"
                + " java.lang.UnsupportedOperationException: oubli",
            "Le plugin shaky.jar n'a pas pu être chargé :"
                + " java.lang.NoClassDefFoundError: shaky/Missing"
                + " (cause : java.lang.ClassNotFoundException: shaky.Missing)");
  }

  @Test
  void aCorruptJarIsReported() throws Exception {
    Files.writeString(plugins().resolve("x.jar"), "ceci n'est pas une archive");
    jar(plugins().resolve("y.jar"), compile(plugin("y", "y", "y-rule")), true);

    Report report = load(plugins());

    assertThat(report.plugins()).extracting(LoadedPlugin::id).containsExactly("y");
    assertThat(report.failures())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.source()).isEqualTo(plugins().resolve("x.jar"));
              assertThat(failure.message())
                  .startsWith("x.jar n'est pas une archive jar lisible : ");
            });
  }

  @Test
  void aServicesFileNamingAMissingClassIsReported() throws Exception {
    Path classes = compile(plugin("typo", "typo", "typo-rule"));
    Path jar = plugins().resolve("typo.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry(SERVICES));
      out.write("typo.Entyr\n".getBytes(StandardCharsets.UTF_8));
      add(out, classes, "typo/Entry.class");
    }

    Report report = load(plugins());

    assertThat(report.failures())
        .singleElement()
        .extracting(Failure::message)
        .asString()
        .startsWith(
            "Le plugin typo.jar n'a pas pu être chargé : java.util.ServiceConfigurationError")
        .contains("typo.Entyr");
  }

  @Test
  void aJarWithTwoEntryPointsIsRefused() throws Exception {
    Map<String, String> sources = new HashMap<>(plugin("one", "one", "one-rule"));
    sources.putAll(plugin("two", "two", "two-rule"));
    jar(plugins().resolve("both.jar"), compile(sources), true);

    Report report = load(plugins());

    assertThat(report.plugins()).isEmpty();
    assertThat(report.failures())
        .extracting(Failure::message)
        .containsExactly(
            "Plusieurs points d'entrée fr.orienta.spi.OrientaPlugin dans both.jar (un seul"
                + " attendu) : one.Entry, two.Entry");
  }

  @Test
  void aDuplicatePluginIdIsRefusedToTheSecondComer() throws Exception {
    jar(plugins().resolve("cpts-a.jar"), compile(plugin("a", "territoire", "regle-a")), true);
    jar(plugins().resolve("cpts-b.jar"), compile(plugin("b", "territoire", "regle-b")), true);

    Report report = load(plugins());

    assertThat(report.plugins())
        .extracting(LoadedPlugin::source)
        .containsExactly(plugins().resolve("cpts-a.jar"));
    assertThat(report.failures())
        .extracting(Failure::message)
        .containsExactly(
            "Identifiant de plugin en double : territoire (déjà fourni par cpts-a.jar)");
  }

  @Test
  void aDuplicateExtensionIdIsRefusedToTheSecondComer() throws Exception {
    jar(plugins().resolve("1-one.jar"), compile(plugin("one", "one", "ald")), true);
    jar(plugins().resolve("2-two.jar"), compile(plugin("two", "two", "extra", "ald")), true);
    jar(plugins().resolve("3-three.jar"), compile(plugin("three", "three", "extra")), true);

    Report report = load(plugins());

    // 2-two.jar is refused as a whole, so 3-three.jar can have "extra".
    assertThat(report.plugins()).extracting(LoadedPlugin::id).containsExactly("one", "three");
    assertThat(report.failures())
        .extracting(Failure::message)
        .containsExactly("Identifiant d'extension en double : ald (déjà fourni par 1-one.jar)");
  }

  @Test
  void malformedIdsAreRefused() throws Exception {
    jar(plugins().resolve("upper.jar"), compile(plugin("upper", "Mon_Plugin", "r")), true);
    jar(plugins().resolve("ext.jar"), compile(plugin("ext", "ext", "Règle 1")), true);
    jar(plugins().resolve("twice.jar"), compile(plugin("twice", "twice", "same", "same")), true);

    Report report = load(plugins());

    assertThat(report.plugins()).isEmpty();
    assertThat(report.failures())
        .extracting(Failure::message)
        .containsExactly(
            "Identifiant d'extension invalide dans ext.jar : Règle 1",
            "Identifiant d'extension en double : same (déjà fourni par twice.jar)",
            "Identifiant de plugin invalide dans upper.jar : Mon_Plugin");
  }

  @Test
  void aPluginWithoutLabelOrVersionIsShownByItsId() throws Exception {
    Path classes =
        compile(
            Map.of(
                "bare.Entry",
                """
                package bare;
                public class Entry implements fr.orienta.spi.OrientaPlugin {
                  public String id() { return "bare"; }
                  public String label() { return " "; }
                  public String version() { return null; }
                }
                """));
    jar(plugins().resolve("bare.jar"), classes, true);

    Report report = load(plugins());

    assertThat(report.plugins())
        .singleElement()
        .satisfies(
            loaded -> {
              assertThat(loaded.label()).isEqualTo("bare");
              assertThat(loaded.version()).isEqualTo("?");
              assertThat(loaded.extensions()).isEmpty();
            });
  }

  @Test
  void directoriesInOrderEntriesSortedByNameOtherFilesIgnored() throws Exception {
    Path bundled = Files.createDirectories(work.resolve("bundled"));
    Path local = Files.createDirectories(work.resolve("local"));
    jar(local.resolve("b.jar"), compile(plugin("b", "b", "b-rule")), true);
    jar(local.resolve("a.jar"), compile(plugin("a", "a", "a-rule")), true);
    jar(bundled.resolve("z.jar"), compile(plugin("z", "z", "z-rule")), true);
    Files.writeString(local.resolve("LISEZMOI.txt"), "Déposer les plugins ici.");
    jar(local.resolve(".hidden.jar"), compile(plugin("h", "h", "h-rule")), true);
    Files.createDirectories(local.resolve("empty"));

    Report report = load(bundled, work.resolve("absent"), local);

    assertThat(report.plugins()).extracting(LoadedPlugin::id).containsExactly("z", "a", "b");
    assertThat(report.failures())
        .containsExactly(
            new Failure(
                local.resolve("empty"),
                "Aucun fichier .jar dans le dossier de plugin empty",
                null));
  }

  @Test
  void aMissingDirectoryHoldsNoPlugins() {
    Report report = load(work.resolve("nowhere"));

    assertThat(report.plugins()).isEmpty();
    assertThat(report.failures()).isEmpty();
  }

  @Test
  void theReportCannotBeChanged() throws Exception {
    jar(plugins().resolve("p.jar"), compile(plugin("p", "p", "p-rule")), true);

    Report report = load(plugins());

    assertThatThrownBy(() -> report.plugins().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.failures().add(new Failure(work, "x", null)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.plugins().get(0).priorityRules().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void closingTheReportClosesThePluginLoaders() throws Exception {
    Path classes =
        compile(
            Map.of(
                "lazy.Entry",
                """
                package lazy;
                public class Entry implements fr.orienta.spi.OrientaPlugin {
                  public String id() { return "lazy"; }
                  public String label() { return "Paresseux"; }
                }
                """,
                "lazy.Later",
                """
                package lazy;
                public class Later {}
                """));
    jar(plugins().resolve("lazy.jar"), classes, true);
    Report report = load(plugins());
    ClassLoader loader = report.plugins().get(0).plugin().getClass().getClassLoader();

    report.close();

    assertThatThrownBy(() -> loader.loadClass("lazy.Later"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Nested
  class SettingsResolution {

    private final Extension ald =
        new Extension() {
          @Override
          public String id() {
            return "ald";
          }

          @Override
          public String label() {
            return "ALD";
          }

          @Override
          public List<SettingDefinition> settings() {
            return List.of(
                SettingDefinition.of("points", "Points", null, SettingType.INTEGER, "50"),
                SettingDefinition.of("libelle", "Libellé", null, SettingType.STRING, "ALD"));
          }
        };

    private Function<String, Optional<String>> config(String... keysAndValues) {
      Map<String, String> map = new HashMap<>();
      for (int i = 0; i < keysAndValues.length; i += 2) {
        map.put(keysAndValues[i], keysAndValues[i + 1]);
      }
      return key -> Optional.ofNullable(map.get(key));
    }

    @Test
    void nothingConfiguredGivesTheDefaults() {
      Settings settings = PluginLoader.settings(ald, null, config());

      assertThat(settings.problems()).isEmpty();
      assertThat(settings.getInteger("points")).isEqualTo(50);
      assertThat(settings.getString("libelle")).isEqualTo("ALD");
    }

    @Test
    void globalValuesOverrideDefaults() {
      Settings settings =
          PluginLoader.settings(ald, null, config("orienta.plugin.ald.points", "80"));

      assertThat(settings.getInteger("points")).isEqualTo(80);
      assertThat(settings.getString("libelle")).isEqualTo("ALD");
    }

    @Test
    void aTenantValueWinsForThatTenantOnly() {
      Function<String, Optional<String>> config =
          config(
              "orienta.plugin.ald.points", "80",
              "orienta.tenant.velay.plugin.ald.points", "100",
              "orienta.tenant.velay.plugin.ald.libelle", "Affection longue");

      Settings velay = PluginLoader.settings(ald, "velay", config);
      Settings forez = PluginLoader.settings(ald, "forez", config);
      Settings global = PluginLoader.settings(ald, null, config);

      assertThat(velay.getInteger("points")).isEqualTo(100);
      assertThat(velay.getString("libelle")).isEqualTo("Affection longue");
      assertThat(forez.getInteger("points")).isEqualTo(80);
      assertThat(forez.getString("libelle")).isEqualTo("ALD");
      assertThat(global.getInteger("points")).isEqualTo(80);
    }

    @Test
    void aBlankValueCountsAsNotSet() {
      Settings settings =
          PluginLoader.settings(
              ald,
              "velay",
              config(
                  "orienta.tenant.velay.plugin.ald.points", " ",
                  "orienta.plugin.ald.points", "60"));

      assertThat(settings.problems()).isEmpty();
      assertThat(settings.getInteger("points")).isEqualTo(60);
    }

    @Test
    void aMalformedValueIsAProblemAndTheDefaultStays() {
      Settings settings =
          PluginLoader.settings(ald, null, config("orienta.plugin.ald.points", "beaucoup"));

      assertThat(settings.problems())
          .containsExactly("Paramètre points : « beaucoup » n'est pas un entier");
      assertThat(settings.getInteger("points")).isEqualTo(50);
    }

    @Test
    void aCptsMalformedOverrideIsAProblemNamingThatCpts() {
      List<String> names =
          List.of(
              "orienta.plugin.ald.points",
              "orienta.plugin.ald.libelle",
              "orienta.tenant.velay.plugin.ald.points",
              "orienta.tenant.yssingeaux.plugin.ald.points",
              "orienta.tenant.brioude.plugin.ald.libelle",
              "orienta.tenant.brioude.plugin.age.points");
      Function<String, Optional<String>> config =
          config(
              "orienta.plugin.ald.points", "60",
              "orienta.tenant.velay.plugin.ald.points", "beaucoup",
              "orienta.tenant.yssingeaux.plugin.ald.points", "70",
              "orienta.tenant.brioude.plugin.ald.libelle", "Affection de longue durée",
              "orienta.tenant.brioude.plugin.age.points", "trop");

      assertThat(PluginLoader.tenantSettingProblems(ald, names, config))
          .containsExactly("CPTS velay : Paramètre points : « beaucoup » n'est pas un entier");
      // What is wrong for the whole federation is said once, by the federation-wide check.
      Function<String, Optional<String>> wrongEverywhere =
          config(
              "orienta.plugin.ald.points", "beaucoup",
              "orienta.tenant.brioude.plugin.ald.libelle", "ALD");
      assertThat(PluginLoader.tenantSettingProblems(ald, names, wrongEverywhere)).isEmpty();
    }

    @Test
    void unknownKeysOfTheExtensionAreReportedWithTheirFullName() {
      List<String> names =
          List.of(
              "orienta.plugin.ald.points",
              "orienta.plugin.ald.pionts",
              "orienta.tenant.velay.plugin.ald.libelle",
              "orienta.tenant.velay.plugin.ald.libele",
              "orienta.plugin.ald-extra.points",
              "orienta.plugin.age.pionts",
              "orienta.plugins.dir",
              "orienta.plugin.ald",
              "java.home");

      assertThat(PluginLoader.unknownSettings(ald, names))
          .containsExactly(
              "Paramètre inconnu : orienta.plugin.ald.pionts",
              "Paramètre inconnu : orienta.tenant.velay.plugin.ald.libele");
    }
  }

  // --- building plugin jars -------------------------------------------------------------

  /** Sources of a plugin {@code <pkg>.Entry} whose rules each give 7 points. */
  private static Map<String, String> plugin(String pkg, String id, String... ruleIds) {
    String rules =
        Arrays.stream(ruleIds)
            .map(r -> "new Rule(\"" + r + "\")")
            .collect(Collectors.joining(", "));
    return Map.of(
        pkg + ".Entry",
        """
        package %s;
        import fr.orienta.spi.*;
        import java.util.List;
        public class Entry implements OrientaPlugin {
          public String id() { return "%s"; }
          public String label() { return "Plugin %s"; }
          public List<PriorityRule> priorityRules() { return List.of(%s); }

          static final class Rule implements PriorityRule {
            private final String id;
            Rule(String id) { this.id = id; }
            public String id() { return id; }
            public String label() { return "Règle " + id; }
            public RuleScore score(WaitingPerson person, Settings settings) {
              return new RuleScore(7, id + " : +7");
            }
          }
        }
        """
            .formatted(pkg, id, id, rules));
  }

  /** Compiles sources (by class name) against the SPI alone, as a plugin's build would. */
  private Path compile(Map<String, String> sources) throws IOException, URISyntaxException {
    Path root = Files.createTempDirectory(work, "build");
    Path src = Files.createDirectories(root.resolve("src"));
    Path classes = Files.createDirectories(root.resolve("classes"));
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      files.add(Files.writeString(file, source.getValue()));
    }
    Path spi =
        Path.of(OrientaPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      boolean ok =
          compiler
              .getTask(
                  null,
                  fileManager,
                  diagnostics,
                  List.of(
                      "--release", "17", "-classpath", spi.toString(), "-d", classes.toString()),
                  null,
                  fileManager.getJavaFileObjectsFromPaths(files))
              .call();
      if (!ok) {
        fail("Compilation du plugin de test impossible : " + diagnostics.getDiagnostics());
      }
    }
    return classes;
  }

  private static void jar(Path jar, Path classes, boolean withServices) throws IOException {
    jar(jar, classes, withServices, name -> true);
  }

  /** Packs compiled classes, with a services file naming every {@code Entry} class included. */
  private static void jar(Path jar, Path classes, boolean withServices, Predicate<String> include)
      throws IOException {
    List<String> names;
    try (Stream<Path> walk = Files.walk(classes)) {
      names =
          walk.filter(Files::isRegularFile)
              .map(path -> classes.relativize(path).toString().replace('\\', '/'))
              .filter(include)
              .sorted()
              .toList();
    }
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      if (withServices) {
        out.putNextEntry(new JarEntry(SERVICES));
        String entries =
            names.stream()
                .filter(name -> name.endsWith("/Entry.class"))
                .map(name -> name.replace(".class", "").replace('/', '.') + "\n")
                .collect(Collectors.joining());
        out.write(entries.getBytes(StandardCharsets.UTF_8));
      }
      for (String name : names) {
        add(out, classes, name);
      }
    }
  }

  private static void add(JarOutputStream out, Path classes, String name) throws IOException {
    out.putNextEntry(new JarEntry(name));
    Files.copy(classes.resolve(name), out);
  }
}
