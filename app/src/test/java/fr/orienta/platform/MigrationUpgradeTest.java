package fr.orienta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.registry.NameKeysMigration;
import fr.orienta.registry.SpelledOutKeysMigration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A database left by an earlier release, with people in it, upgraded as the application does it at
 * start-up (same locations, same Java migrations): CI's databases are always new, and an upgrade of
 * a demo database is what found that H2's sequence, after V11, gave ids already given.
 */
class MigrationUpgradeTest {

  private static final long ALLOCATION = 1_000;

  @Test
  void aRegistryAtV10UpgradesWithItsKeysSpelledOutAndNoIdGivenTwice() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:upgrade;MODE=LEGACY;DB_CLOSE_DELAY=-1");
    DatabaseMigration.configuration(h2, "h2", migrations()).target("10").load().migrate();

    long lastGiven;
    try (Connection connection = h2.getConnection();
        Statement sql = connection.createStatement()) {
      // What the application at V10 left: ids taken fifty at a time, keys as it computed them.
      lastGiven = next(sql);
      lastGiven = next(sql);
      sql.execute(
          "INSERT INTO tenant (code, name, created_at, version)"
              + " VALUES ('cpts-test', 'CPTS de test', CURRENT_TIMESTAMP, 1)");
      sql.execute(
          "INSERT INTO person (id, tenant_code, version, last_name, first_name, birth_date, ald,"
              + " css, status, registered_on, created_at, updated_at, identity_key,"
              + " last_name_key, first_name_key) VALUES ("
              + lastGiven
              + ", 'cpts-test', 1, 'Lœuillet', 'Anaïs', DATE '1950-03-01', FALSE, FALSE,"
              + " 'WAITING', CURRENT_DATE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
              + " 'LUILLET|ANAIS|1950-03-01|', 'L UILLET', 'ANAIS')");
    }

    MigrateResult upgrade =
        DatabaseMigration.configuration(h2, "h2", migrations()).load().migrate();

    assertThat(upgrade.migrations).extracting(m -> m.version).contains("11", "12", "13");
    try (Connection connection = h2.getConnection();
        Statement sql = connection.createStatement()) {
      try (ResultSet person =
          sql.executeQuery(
              "SELECT identity_key, last_name_key FROM person WHERE id = " + lastGiven)) {
        assertThat(person.next()).isTrue();
        assertThat(person.getString(1)).isEqualTo("LOEUILLET|ANAIS|1950-03-01|");
        assertThat(person.getString(2)).isEqualTo("LOEUILLET");
      }
      // The provider takes the thousand ids up to the value it gets.
      assertThat(next(sql) - ALLOCATION + 1).isGreaterThan(lastGiven);
    }
  }

  private static JavaMigration[] migrations() {
    return new JavaMigration[] {new NameKeysMigration(), new SpelledOutKeysMigration()};
  }

  private static long next(Statement sql) throws Exception {
    try (ResultSet value = sql.executeQuery("SELECT NEXT VALUE FOR orienta_seq")) {
      value.next();
      return value.getLong(1);
    }
  }
}
