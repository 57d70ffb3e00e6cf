package fr.orienta.spi.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.orienta.spi.OrientaPlugin;
import fr.orienta.spi.PatientSource;
import fr.orienta.spi.PriorityRule;
import fr.orienta.spi.RowResult;
import fr.orienta.spi.RuleScore;
import fr.orienta.spi.SettingDefinition;
import fr.orienta.spi.SettingType;
import fr.orienta.spi.Settings;
import fr.orienta.spi.SourceField;
import fr.orienta.spi.SourceRow;
import fr.orienta.spi.WaitingPerson;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The contract must fail, and say why, on each way a plugin can be broken. */
class PluginContractBreachesTest {

  @Test
  void aValidPluginPassesEveryCheck() {
    assertThatCode(() -> PluginContract.checkAll(new TinyPlugin())).doesNotThrowAnyException();
  }

  @Test
  void pluginMissingFromTheServicesFileIsNotDiscoverable() {
    assertThatThrownBy(() -> PluginContract.checkDiscoverable(new FakePlugin("fake")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(FakePlugin.class.getName())
        .hasMessageContaining(
            "n'est pas listé dans META-INF/services/fr.orienta.spi.OrientaPlugin");
  }

  @Test
  void badIdBlankLabelAndBlankVersionAreAllReported() {
    FakePlugin plugin = new FakePlugin("Mon_Plugin");
    plugin.label = " ";
    plugin.version = "";

    assertThatThrownBy(() -> PluginContract.checkIdentity(plugin))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("l'id « Mon_Plugin » ne respecte pas [a-z][a-z0-9-]*")
        .hasMessageContaining("le libellé (label()) est vide")
        .hasMessageContaining("la version (version()) est vide");
  }

  @Test
  void nullIdentityAndNullListsAreReported() {
    FakePlugin plugin =
        new FakePlugin(null) {
          @Override
          public List<PriorityRule> priorityRules() {
            return null;
          }
        };
    plugin.label = null;

    assertThatThrownBy(() -> PluginContract.checkAll(plugin))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("id() renvoie null")
        .hasMessageContaining("label() renvoie null")
        .hasMessageContaining("priorityRules() renvoie null (liste vide attendue)")
        .hasMessageNotContaining("lève une exception");
  }

  @Test
  void idThatThrowsIsABreachNotACrash() {
    FakePlugin plugin =
        new FakePlugin("x") {
          @Override
          public String id() {
            throw new IllegalStateException("pas encore configuré");
          }
        };

    assertThatThrownBy(() -> PluginContract.checkIdentity(plugin))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("id() lève une exception")
        .hasMessageContaining("pas encore configuré")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void duplicateOrMalformedExtensionIdsAreReported() {
    FakePlugin plugin = new FakePlugin("fake");
    plugin.rules.add(rule("age", (person, settings) -> RuleScore.none()));
    plugin.rules.add(rule("age", (person, settings) -> RuleScore.none()));
    plugin.sources.add(source("Source CPAM", List.of(field("nom", "Nom")), row -> null));

    assertThatThrownBy(() -> PluginContract.checkExtensions(plugin))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("l'extension « age » est déclarée deux fois")
        .hasMessageContaining("l'extension « Source CPAM » a un id qui ne respecte pas");
  }

  @Test
  void duplicateSettingKeysAndBlankLabelsAreReported() {
    FakeRule rule = rule("css", (person, settings) -> RuleScore.none());
    rule.label = "";
    rule.settings =
        List.of(
            SettingDefinition.of("points", null, null, SettingType.INTEGER, "20"),
            SettingDefinition.of("points", null, null, SettingType.INTEGER, "30"));
    FakePlugin plugin = new FakePlugin("fake");
    plugin.rules.add(rule);

    assertThatThrownBy(() -> PluginContract.checkExtensions(plugin))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("l'extension « css » a un libellé vide")
        .hasMessageContaining("l'extension « css » déclare deux fois le paramètre points");
  }

  @Test
  void ruleReturningNullIsCaught() {
    FakePlugin plugin = new FakePlugin("fake");
    plugin.rules.add(rule("lazy", (person, settings) -> null));

    assertThatThrownBy(() -> PluginContract.checkPriorityRules(plugin))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "la règle « lazy » pour « jeune adulte sans facteur de priorité » : score() renvoie null");
  }

  @Test
  void ruleThatThrowsOnAnUnknownBirthDateIsCaught() {
    FakePlugin plugin = new FakePlugin("fake");
    plugin.rules.add(
        rule(
            "naive-age",
            (person, settings) ->
                person.birthDate().getYear() < 1960
                    ? new RuleScore(5, "Âge : +5")
                    : RuleScore.none()));

    assertThatThrownBy(() -> PluginContract.checkPriorityRules(plugin))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("la règle « naive-age » pour « date de naissance inconnue, en ALD »")
        .hasMessageContaining("NullPointerException")
        .hasMessageNotContaining("pour « 70 ans ce jour »")
        .hasCauseInstanceOf(NullPointerException.class);
  }

  @Test
  void ruleGivingPointsWithoutExplanationIsCaught() {
    FakePlugin plugin = new FakePlugin("fake");
    plugin.rules.add(
        rule(
            "mute",
            (person, settings) -> person.css() ? new RuleScore(20, " ") : RuleScore.none()));

    assertThatThrownBy(() -> PluginContract.checkPriorityRules(plugin))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("la règle « mute » pour « CSS seule » : 20 points sans explication");
  }

  @Test
  void nonDeterministicRuleIsCaught() {
    int[] calls = {0};
    FakePlugin plugin = new FakePlugin("fake");
    plugin.rules.add(rule("dice", (person, settings) -> new RuleScore(++calls[0], "Hasard")));

    assertThatThrownBy(() -> PluginContract.checkPriorityRules(plugin))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("la règle « dice » pour « jeune adulte sans facteur de priorité » :")
        .hasMessageContaining("deux appels donnent RuleScore[points=1, explanation=Hasard]");
  }

  @Test
  void ruleReadingAnUndeclaredSettingIsCaught() {
    FakePlugin plugin = new FakePlugin("fake");
    plugin.rules.add(
        rule(
            "typo", (person, settings) -> new RuleScore((int) settings.getInteger("pionts"), "x")));

    assertThatThrownBy(() -> PluginContract.checkPriorityRules(plugin))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Undeclared setting: pionts");
  }

  @Test
  void sourceThatThrowsOnAnEmptyRowIsCaught() {
    FakePlugin plugin = new FakePlugin("fake");
    plugin.sources.add(
        source("strict", List.of(field("nom", "Nom")), row -> RowResult.accepted(null, List.of())));

    assertThatThrownBy(() -> PluginContract.checkPatientSources(plugin))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("la source « strict » sur une ligne vide lève une exception");
  }

  @Test
  void sourceReturningNullOrSilentRejectionIsCaught() {
    FakePlugin plugin = new FakePlugin("fake");
    plugin.sources.add(source("void", List.of(field("nom", "Nom")), row -> null));
    plugin.sources.add(
        source("silent", List.of(field("nom", "Nom")), row -> new RowResult(null, List.of())));

    assertThatThrownBy(() -> PluginContract.checkPatientSources(plugin))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("la source « void » sur une ligne vide : read() renvoie null")
        .hasMessageContaining("la source « silent » sur une ligne vide : ligne rejetée sans aucun");
  }

  @Test
  void sourceFieldsMustBeUniqueNamedAndUnambiguous() {
    FakePlugin plugin = new FakePlugin("fake");
    plugin.sources.add(
        source(
            "messy",
            List.of(
                field("nom", "Nom"),
                field("nom", "Patronyme"),
                new SourceField("prenom", "Prénom", List.of(), false),
                field("naissance", "Né(e) le"),
                field("deces", "NE LE")),
            row -> RowResult.rejected(List.of(row.problem("nom", "Nom manquant")))));

    assertThatThrownBy(() -> PluginContract.checkPatientSources(plugin))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("déclare deux fois le champ nom")
        .hasMessageContaining("le champ prenom n'a aucun intitulé d'en-tête")
        .hasMessageContaining("l'en-tête « NE LE » désigne à la fois naissance et deces");
  }

  @Test
  void sourceWithoutFieldsIsCaught() {
    FakePlugin plugin = new FakePlugin("fake");
    plugin.sources.add(source("empty", List.of(), row -> null));

    assertThatThrownBy(() -> PluginContract.checkPatientSources(plugin))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("la source « empty » ne décrit aucun champ");
  }

  @Test
  void problemsOnTheWrongLineAreCaught() {
    FakePlugin plugin = new FakePlugin("fake");
    plugin.sources.add(
        source(
            "offset",
            List.of(field("nom", "Nom")),
            row ->
                RowResult.rejected(
                    List.of(
                        new fr.orienta.spi.RowProblem(row.line() - 1, 1, null, "Nom manquant")))));

    assertThatThrownBy(() -> PluginContract.checkPatientSources(plugin))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("problème signalé ligne 1 au lieu de 2");
  }

  @Test
  void checkAllReportsBreachesOfEveryKindAtOnce() {
    FakePlugin plugin = new FakePlugin("BAD");
    plugin.rules.add(rule("lazy", (person, settings) -> null));
    plugin.sources.add(source("void", List.of(field("nom", "Nom")), row -> null));

    assertThatThrownBy(() -> PluginContract.checkAll(plugin))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            FakePlugin.class.getName() + " ne respecte pas le contrat Orienta :")
        .hasMessageContaining("n'est pas listé")
        .hasMessageContaining("l'id « BAD »")
        .hasMessageContaining("« lazy »")
        .hasMessageContaining("« void »");
  }

  private static SourceField field(String key, String alias) {
    return new SourceField(key, key, List.of(alias), false);
  }

  private static FakeRule rule(String id, BiFunction<WaitingPerson, Settings, RuleScore> score) {
    return new FakeRule(id, score);
  }

  private static PatientSource source(
      String id, List<SourceField> fields, Function<SourceRow, RowResult> read) {
    return new PatientSource() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String label() {
        return "Source " + id;
      }

      @Override
      public List<SourceField> fields() {
        return fields;
      }

      @Override
      public RowResult read(SourceRow row) {
        return read.apply(row);
      }
    };
  }

  /** A plugin put together by each test; deliberately absent from META-INF/services. */
  static class FakePlugin implements OrientaPlugin {
    final String id;
    String label = "Plugin factice";
    String version = "1.0";
    final List<PriorityRule> rules = new ArrayList<>();
    final List<PatientSource> sources = new ArrayList<>();

    FakePlugin(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String label() {
      return label;
    }

    @Override
    public String version() {
      return version;
    }

    @Override
    public List<PriorityRule> priorityRules() {
      return rules;
    }

    @Override
    public List<PatientSource> patientSources() {
      return sources;
    }
  }

  static final class FakeRule implements PriorityRule {
    final String id;
    final BiFunction<WaitingPerson, Settings, RuleScore> score;
    String label = "Règle factice";
    List<SettingDefinition> settings = List.of();

    FakeRule(String id, BiFunction<WaitingPerson, Settings, RuleScore> score) {
      this.id = id;
      this.score = score;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String label() {
      return label;
    }

    @Override
    public List<SettingDefinition> settings() {
      return settings;
    }

    @Override
    public RuleScore score(WaitingPerson person, Settings settings) {
      return score.apply(person, settings);
    }
  }
}
