package fr.orienta.spi.testkit;

import fr.orienta.spi.OrientaPlugin;
import fr.orienta.spi.PatientRecord;
import fr.orienta.spi.PatientSource;
import fr.orienta.spi.PriorityRule;
import fr.orienta.spi.RowProblem;
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

/** The smallest plugin that honours the contract: one rule, one source. */
public class TinyPlugin implements OrientaPlugin {

  @Override
  public String id() {
    return "tiny";
  }

  @Override
  public String label() {
    return "Petit plugin d'essai";
  }

  @Override
  public List<PriorityRule> priorityRules() {
    return List.of(new CommuneRule());
  }

  @Override
  public List<PatientSource> patientSources() {
    return List.of(new NameListSource());
  }

  /** Gives points to people living in one commune, configured by an operator. */
  static final class CommuneRule implements PriorityRule {
    @Override
    public String id() {
      return "tiny-commune";
    }

    @Override
    public String label() {
      return "Commune prioritaire";
    }

    @Override
    public List<SettingDefinition> settings() {
      return List.of(
          SettingDefinition.of("points", "Points", null, SettingType.INTEGER, "10"),
          // Required without default: the contract must supply a placeholder, not complain.
          new SettingDefinition(
              "insee-code", "Commune", null, SettingType.STRING, null, false, true));
    }

    @Override
    public RuleScore score(WaitingPerson person, Settings settings) {
      if (!settings.getString("insee-code").equals(person.inseeCode())) {
        return RuleScore.none();
      }
      int points = (int) settings.getInteger("points");
      return new RuleScore(points, "Commune prioritaire : +" + points);
    }
  }

  /** A list of names, one person a row. */
  static final class NameListSource implements PatientSource {
    static final List<SourceField> FIELDS =
        List.of(
            new SourceField("lastName", "Nom", List.of("Nom", "Nom de naissance"), true),
            new SourceField("firstName", "Prénom", List.of("Prénom"), false));

    @Override
    public String id() {
      return "tiny-names";
    }

    @Override
    public String label() {
      return "Liste de noms";
    }

    @Override
    public List<SourceField> fields() {
      return FIELDS;
    }

    @Override
    public RowResult read(SourceRow row) {
      List<RowProblem> problems = new ArrayList<>();
      String lastName = row.get("lastName");
      if (lastName == null) {
        problems.add(row.problem("lastName", "Nom manquant"));
        return RowResult.rejected(problems);
      }
      return RowResult.accepted(
          PatientRecord.builder().lastName(lastName).firstName(row.get("firstName")).build(),
          problems);
    }
  }
}
