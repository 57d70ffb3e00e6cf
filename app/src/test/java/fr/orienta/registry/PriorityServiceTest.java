package fr.orienta.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.orienta.platform.CapturedLog;
import fr.orienta.plugins.PluginRegistry;
import fr.orienta.spi.PriorityRule;
import fr.orienta.spi.RuleScore;
import fr.orienta.spi.Settings;
import fr.orienta.spi.WaitingPerson;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class PriorityServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
  private static final LocalDate BIRTH = LocalDate.of(1954, 8, 29);

  @Test
  void aRuleThatFailsCountsForNothingAndTheLogTellsItsFirstFailuresWithoutTheFacts() {
    String id = "fautive-" + UUID.randomUUID().toString().substring(0, 8);
    PriorityRule failing =
        new PriorityRule() {
          @Override
          public String id() {
            return id;
          }

          @Override
          public String label() {
            return "Règle fautive";
          }

          @Override
          public RuleScore score(WaitingPerson person, Settings settings) {
            throw new IllegalStateException(
                "Pas de points pour un patient né le " + person.birthDate());
          }
        };
    PriorityService service = new PriorityService();
    service.plugins = mock(PluginRegistry.class);
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    when(service.plugins.priorityRules()).thenReturn(List.of(failing));
    Person person = new Person("REYNAUD", "Théo", BIRTH, NOW, BIRTH.plusYears(72));

    try (CapturedLog log = CapturedLog.of(PriorityService.class)) {
      PriorityService.Scoring scoring = service.scoring("velay");
      for (int i = 0; i < 25; i++) {
        Priority priority = scoring.of(person);
        assertThat(priority.score()).isZero();
        assertThat(priority.reasons()).isEmpty();
      }

      // A person scored 25 times: the first failure and the tenth, not 25 lines.
      assertThat(log.records())
          .extracting(LogRecord::getMessage)
          .containsExactly(
              "Règle de priorité en erreur : " + id + " (1 fois depuis le démarrage)",
              "Règle de priorité en erreur : " + id + " (10 fois depuis le démarrage)");
      assertThat(log.printed())
          .contains("java.lang.IllegalStateException")
          .doesNotContain("1954")
          .doesNotContainIgnoringCase("reynaud");
    }
  }
}
