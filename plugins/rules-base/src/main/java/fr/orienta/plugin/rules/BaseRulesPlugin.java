package fr.orienta.plugin.rules;

import fr.orienta.spi.OrientaPlugin;
import fr.orienta.spi.PriorityRule;
import java.util.List;

/** Entry point of the base rules, bundled with every Orienta distribution. */
public final class BaseRulesPlugin implements OrientaPlugin {

  @Override
  public String id() {
    return "rules-base";
  }

  @Override
  public String label() {
    return "Règles de priorité de base";
  }

  @Override
  public List<PriorityRule> priorityRules() {
    return List.of(new AldRule(), new AgeRule(), new CssRule(), new WaitingTimeRule());
  }
}
