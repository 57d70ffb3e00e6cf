package fr.orienta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.registry.NameKeysMigration;
import fr.orienta.registry.SameTraitsMigration;
import fr.orienta.registry.SpelledOutKeysMigration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database left by an earlier release, with people in it, upgraded as the application does it at
 * start-up (same locations, same Java migrations): CI's databases are always new, and an upgrade of
 * a demo database is what found that H2's sequence, after V11, gave ids already given.
 */
class MigrationUpgradeTest {

  private static final long ALLOCATION = 1_000;
  private static final String PG_SCHEMA = "orienta_upgrade_test";

  /**
   * H2 always; PostgreSQL too when the suite runs on it (CI's second run sets {@code DB_URL}), in a
   * schema of its own that the test drops, so the server's tests find their database as they expect
   * it.
   */
  static Stream<Arguments> databases() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:upgrade;MODE=LEGACY;DB_CLOSE_DELAY=-1");
    Stream.Builder<Arguments> databases = Stream.builder();
    databases.add(Arguments.of("h2", h2));
    Optional<PGSimpleDataSource> postgres = postgres();
    if (postgres.isPresent()) {
      execute(postgres.get(), "DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
      execute(postgres.get(), "CREATE SCHEMA " + PG_SCHEMA);
      postgres.get().setCurrentSchema(PG_SCHEMA);
      databases.add(Arguments.of("postgresql", postgres.get()));
    }
    return databases.build();
  }

  @AfterAll
  static void dropPostgresSchema() throws Exception {
    Optional<PGSimpleDataSource> postgres = postgres();
    if (postgres.isPresent()) {
      execute(postgres.get(), "DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
    }
  }

  /** The PostgreSQL database the suite runs on ({@code DB_URL}, as the server reads it), if any. */
  private static Optional<PGSimpleDataSource> postgres() {
    String url = System.getenv("DB_URL");
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      return Optional.empty();
    }
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setURL(url);
    postgres.setUser(System.getenv("DB_USER"));
    postgres.setPassword(System.getenv("DB_PASSWORD"));
    return Optional.of(postgres);
  }

  private static void execute(DataSource database, String statement) throws Exception {
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aRegistryAtV10UpgradesWithItsKeysSpelledOutItsNewAlikesQueuedAndNoIdGivenTwice(
      String vendor, DataSource database) throws Exception {
    DatabaseMigration.configuration(database, vendor, migrations()).target("10").load().migrate();

    long lastGiven;
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement()) {
      // What the application at V10 left: ids taken fifty at a time, keys as it computed them.
      lastGiven = next(sql) + 40;
      sql.execute(
          "INSERT INTO tenant (code, name, created_at, version)"
              + " VALUES ('cpts-test', 'CPTS de test', CURRENT_TIMESTAMP, 1)");
      // A CPAM listing's « LOEUILLET », then the same woman entered by hand as « Lœuillet »: the
      // keys of the time told them apart, so no question was asked.
      person(sql, lastGiven - 9, "LOEUILLET", "h1", "LOEUILLET|ANAIS|1950-03-01|", "LOEUILLET");
      person(sql, lastGiven, "Lœuillet", null, "LUILLET|ANAIS|1950-03-01|", "L UILLET");
      // Alike already, but with two NIRs: two people, never queued.
      person(sql, lastGiven - 8, "PEREZ", "h2", "PEREZ|ANAIS|1950-03-01|", "PEREZ");
      person(sql, lastGiven - 7, "PEREZ", "h3", "PEREZ|ANAIS|1950-03-01|", "PEREZ");
      // Alike and already decided by a coordinator: left as decided.
      person(sql, lastGiven - 6, "MARTIN", null, "MARTIN|ANAIS|1950-03-01|", "MARTIN");
      person(sql, lastGiven - 5, "MARTIN", null, "MARTIN|ANAIS|1950-03-01|", "MARTIN");
      sql.execute(
          "INSERT INTO duplicate_candidate (id, tenant_code, version, person_id, other_id,"
              + " reason, status, created_at) VALUES ("
              + (lastGiven - 4)
              + ", 'cpts-test', 2, "
              + (lastGiven - 5)
              + ", "
              + (lastGiven - 6)
              + ", 'Même nom', 'SEPARATED', CURRENT_TIMESTAMP)");
    }

    MigrateResult upgrade =
        DatabaseMigration.configuration(database, vendor, migrations()).load().migrate();

    assertThat(upgrade.migrations).extracting(m -> m.version).contains("11", "12", "14");
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement()) {
      assertThat(
              rows(
                  sql, "SELECT identity_key, last_name_key FROM person WHERE id = " + lastGiven, 2))
          .containsExactly("LOEUILLET|ANAIS|1950-03-01| LOEUILLET");
      assertThat(
              rows(
                  sql,
                  "SELECT person_id - "
                      + lastGiven
                      + ", other_id - "
                      + lastGiven
                      + ", status,"
                      + " reason FROM duplicate_candidate ORDER BY id",
                  4))
          .containsExactly(
              "-5 -6 SEPARATED Même nom",
              "0 -9 OPEN Même nom, prénom, date de naissance et commune");
      assertThat(
              rows(
                  sql,
                  "SELECT person_id - " + lastGiven + ", actor, kind, detail FROM person_event",
                  4))
          .containsExactly("0 système POSSIBLE_DUPLICATE Doublon possible à vérifier");
      // The provider takes the thousand ids up to the value it gets: none of them is stored.
      long firstOfNextBlock = next(sql) - ALLOCATION + 1;
      assertThat(
              rows(
                  sql,
                  "SELECT MAX(id) FROM (SELECT id FROM person UNION SELECT id FROM person_event"
                      + " UNION SELECT id FROM duplicate_candidate) AS ids",
                  1))
          .allSatisfy(max -> assertThat(Long.parseLong(max)).isLessThan(firstOfNextBlock));
    }
  }

  private static void person(
      Statement sql, long id, String lastName, String nirHash, String identityKey, String key)
      throws Exception {
    sql.execute(
        "INSERT INTO person (id, tenant_code, version, last_name, first_name, birth_date, ald,"
            + " css, status, registered_on, created_at, updated_at, nir_hash, identity_key,"
            + " last_name_key, first_name_key) VALUES ("
            + id
            + ", 'cpts-test', 1, '"
            + lastName
            + "', 'Anaïs', DATE '1950-03-01', FALSE, FALSE, 'WAITING', CURRENT_DATE,"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, "
            + (nirHash == null ? "NULL" : "'" + nirHash + "'")
            + ", '"
            + identityKey
            + "', '"
            + key
            + "', 'ANAIS')");
  }

  /** Each row's first {@code columns} values, separated by spaces. */
  private static List<String> rows(Statement sql, String query, int columns) throws Exception {
    List<String> rows = new ArrayList<>();
    try (ResultSet result = sql.executeQuery(query)) {
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i == 1 ? "" : " ").append(result.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  private static JavaMigration[] migrations() {
    return new JavaMigration[] {
      new NameKeysMigration(), new SpelledOutKeysMigration(), new SameTraitsMigration()
    };
  }

  private static long next(Statement sql) throws Exception {
    try (ResultSet value = sql.executeQuery("SELECT nextval('orienta_seq')")) {
      value.next();
      return value.getLong(1);
    }
  }
}
