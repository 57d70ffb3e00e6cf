package fr.orienta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * An H2 database upgraded from V10, whose ids were handed fifty at a time, must not give the
 * provider, which now takes the thousand ids up to each value of the sequence, an id already given.
 * Runs the real scripts (V11, then H2's V13) on such a sequence.
 */
class SequenceUpgradeTest {

  private static final int ALLOCATION = 1_000;

  @Test
  void afterTheUpgradeTheProviderTakesOnlyIdsNeverGiven() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:seq;MODE=LEGACY");
        Statement sql = connection.createStatement()) {
      sql.execute("CREATE SEQUENCE orienta_seq START WITH 1000 INCREMENT BY 50"); // as V1
      long lastGiven = 0;
      for (int i = 0; i < 3; i++) {
        lastGiven = next(sql); // the provider took [value − 49, value] each time
      }

      sql.execute(script("/db/migration/V11__sequence_by_thousand.sql"));
      long withoutV13 = next(sql);
      assertThat(withoutV13 - ALLOCATION + 1)
          .as("V11 alone hands out ids already given on H2")
          .isLessThanOrEqualTo(lastGiven);

      sql.execute(script("/db/vendor/h2/V13__sequence_after_handed_ids.sql"));
      long value = next(sql);
      assertThat(value - ALLOCATION + 1).isGreaterThan(withoutV13);
      assertThat(next(sql) - value).isEqualTo(ALLOCATION);
    }
  }

  private static long next(Statement sql) throws Exception {
    try (ResultSet value = sql.executeQuery("SELECT NEXT VALUE FOR orienta_seq")) {
      value.next();
      return value.getLong(1);
    }
  }

  private static String script(String path) throws Exception {
    try (InputStream in = SequenceUpgradeTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
