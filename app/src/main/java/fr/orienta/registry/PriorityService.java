package fr.orienta.registry;

import fr.orienta.platform.Tenfold;
import fr.orienta.plugins.PluginRegistry;
import fr.orienta.spi.PriorityRule;
import fr.orienta.spi.RuleScore;
import fr.orienta.spi.Settings;
import fr.orienta.spi.WaitingPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Scores people with the priority rules in service, each with the settings of the person's CPTS.
 * Rules see only what {@link WaitingPerson} carries: no name, no NIR, no contact.
 */
@ApplicationScoped
public class PriorityService {

  private static final Logger LOG = Logger.getLogger(PriorityService.class.getName());

  /** A rule fails for every person it scores, once it fails: the log tells the first times. */
  private static final Tenfold FAILURES = new Tenfold();

  @Inject PluginRegistry plugins;

  @Inject Clock clock;

  /** The priority of a person of {@code tenantCode} today. */
  public Priority of(Person person, String tenantCode) {
    return scoring(tenantCode).of(person);
  }

  /**
   * The rules of {@code tenantCode} with their settings read once, to score many people: reading
   * the settings (MicroProfile Config) for every person cost an import more than the rules did.
   */
  public Scoring scoring(String tenantCode) {
    List<Scoring.Rule> rules = new ArrayList<>();
    for (PriorityRule rule : plugins.priorityRules()) {
      try {
        rules.add(new Scoring.Rule(rule, plugins.settings(rule, tenantCode)));
      } catch (RuntimeException e) {
        failed(rule, e);
      }
    }
    return new Scoring(List.copyOf(rules), LocalDate.now(clock));
  }

  /** The rules of one CPTS ready to score people, for the day it was made. */
  public static final class Scoring {

    private record Rule(PriorityRule rule, Settings settings) {}

    private final List<Rule> rules;
    private final LocalDate today;

    private Scoring(List<Rule> rules, LocalDate today) {
      this.rules = rules;
      this.today = today;
    }

    /** The priority of a person, with the reasons of each rule that applies. */
    public Priority of(Person person) {
      return of(person, true);
    }

    /**
     * As {@link #of(Person)}, for a role that may not see the ALD number: the same points, each
     * explained by its rule from the facts without the number (a rule whose points would differ
     * without it is explained by its name alone).
     */
    public Priority withoutAldCode(Person person) {
      return of(person, false);
    }

    private Priority of(Person person, boolean aldCodeShown) {
      WaitingPerson facts = facts(person, person.getAldCode());
      WaitingPerson told = aldCodeShown ? facts : facts(person, null);
      int score = 0;
      List<Priority.Reason> reasons = new ArrayList<>();
      for (Rule rule : rules) {
        RuleScore result = score(rule, facts);
        if (result.applies()) {
          RuleScore explained = told == facts ? result : score(rule, told);
          score += result.points();
          reasons.add(
              new Priority.Reason(
                  rule.rule().label(),
                  result.points(),
                  explained.points() == result.points()
                      ? explained.explanation()
                      : rule.rule().label()));
        }
      }
      return new Priority(score, reasons);
    }

    private WaitingPerson facts(Person person, Integer aldCode) {
      return new WaitingPerson(
          person.getBirthDate(),
          person.isAld(),
          aldCode,
          person.isCss(),
          person.getInseeCode(),
          person.getRegisteredOn(),
          today);
    }

    /** A failing plugin rule counts for nothing rather than stopping an import or a page. */
    private static RuleScore score(Rule rule, WaitingPerson facts) {
      try {
        return rule.rule().score(facts, rule.settings());
      } catch (RuntimeException e) {
        failed(rule.rule(), e);
        return RuleScore.none();
      }
    }
  }

  private static void failed(PriorityRule rule, RuntimeException e) {
    // The rule's id only: the facts are health data, and its message may quote them.
    FAILURES.log(
        LOG,
        rule.id(),
        count ->
            "Règle de priorité en erreur : "
                + rule.id()
                + " ("
                + count
                + " fois depuis le démarrage)",
        e);
  }
}
