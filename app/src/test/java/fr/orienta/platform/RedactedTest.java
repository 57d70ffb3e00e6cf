package fr.orienta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class RedactedTest {

  @Test
  void keepsTheChainAndItsTracesButNoMessage() {
    IllegalStateException thrown = chain();

    Redacted redacted = Redacted.of(thrown);

    String printed = printed(redacted);
    assertThat(printed)
        .doesNotContainIgnoringCase("reynaud")
        .doesNotContain("1540843")
        .contains("java.lang.IllegalStateException")
        .contains("java.sql.SQLIntegrityConstraintViolationException [SQLState 23505, code 23505]")
        .contains("Suppressed: fr.orienta.platform.Redacted: java.io.IOException")
        .contains("RedactedTest.chain");
    assertThat(redacted.getStackTrace()).isEqualTo(thrown.getStackTrace());
    assertThat(redacted.getCause().getStackTrace()).isEqualTo(thrown.getCause().getStackTrace());
    assertThat(redacted.getCause().getCause()).isNull();
    assertThat(redacted.getSuppressed()).hasSize(1);
  }

  @Test
  void endsOnACycleOfCausesAndKeepsWhatIsAlreadyRedacted() {
    RuntimeException first = new RuntimeException("REYNAUD");
    RuntimeException second = new RuntimeException("Théo", first);
    first.initCause(second);

    Redacted redacted = Redacted.of(first);

    assertThat(redacted.getCause()).isNotNull();
    assertThat(redacted.getCause().getCause()).isNull();
    assertThat(Redacted.of(redacted)).isSameAs(redacted);
    assertThat(Redacted.of(null)).isNull();
  }

  @Test
  void logsTheRedactedCopyWithTheCodesOwnMessage() {
    try (CapturedLog log = CapturedLog.of(RedactedTest.class)) {
      Redacted.log(Logger.getLogger(RedactedTest.class.getName()), Level.WARNING, "Échec", chain());

      assertThat(log.records())
          .singleElement()
          .satisfies(r -> assertThat(r.getMessage()).isEqualTo("Échec"));
      assertThat(log.printed()).contains("Échec").doesNotContainIgnoringCase("reynaud");
    }
  }

  /** What H2 and a plugin say of a row they refuse: its values. */
  private static IllegalStateException chain() {
    SQLIntegrityConstraintViolationException sql =
        new SQLIntegrityConstraintViolationException(
            "Unique index violation: PERSON(NIR_HASH) VALUES ('REYNAUD', '154084302627961')",
            "23505",
            23505);
    IllegalStateException thrown = new IllegalStateException("Ligne de REYNAUD Théo refusée", sql);
    thrown.addSuppressed(new IOException("/imports/reynaud-theo.csv"));
    return thrown;
  }

  private static String printed(Throwable thrown) {
    StringWriter out = new StringWriter();
    thrown.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
