package fr.orienta.registry;

import fr.orienta.plugins.PluginRegistry;
import fr.orienta.spi.PriorityRule;
import fr.orienta.spi.RuleScore;
import fr.orienta.spi.WaitingPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Scores people with the priority rules in service, each with the settings of the person's CPTS.
 * Rules see only what {@link WaitingPerson} carries: no name, no NIR, no contact.
 */
@ApplicationScoped
public class PriorityService {

  private static final Logger LOG = Logger.getLogger(PriorityService.class.getName());

  @Inject PluginRegistry plugins;

  @Inject Clock clock;

  /** The priority of a person of {@code tenantCode} today. */
  public Priority of(Person person, String tenantCode) {
    WaitingPerson facts =
        new WaitingPerson(
            person.getBirthDate(),
            person.isAld(),
            person.getAldCode(),
            person.isCss(),
            person.getInseeCode(),
            person.getRegisteredOn(),
            LocalDate.now(clock));
    int score = 0;
    List<Priority.Reason> reasons = new ArrayList<>();
    for (PriorityRule rule : plugins.priorityRules()) {
      RuleScore result = score(rule, facts, tenantCode);
      if (result.applies()) {
        score += result.points();
        reasons.add(new Priority.Reason(rule.label(), result.points(), result.explanation()));
      }
    }
    return new Priority(score, reasons);
  }

  /** A failing plugin rule counts for nothing rather than stopping an import or a page. */
  private RuleScore score(PriorityRule rule, WaitingPerson facts, String tenantCode) {
    try {
      return rule.score(facts, plugins.settings(rule, tenantCode));
    } catch (RuntimeException e) {
      // The rule's id only: the facts are health data.
      LOG.log(Level.WARNING, "Règle de priorité en erreur : " + rule.id(), e);
      return RuleScore.none();
    }
  }
}
