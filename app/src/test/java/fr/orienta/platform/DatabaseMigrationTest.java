package fr.orienta.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;

class DatabaseMigrationTest {

  private final Map<String, String> config =
      Map.of(
          "db.url", "jdbc:postgresql://db.example.invalid:5432/orienta",
          "db.user", "orienta",
          "db.password", "s3cr3t-value");

  @Test
  void namesEverySettingAndItsEnvironmentVariableWithTheRootCause() {
    var failure =
        new IllegalStateException(
            "pool",
            new SQLException("wrapper", new java.net.UnknownHostException("db.example.invalid")));

    String message =
        DatabaseMigration.describe(failure, key -> Optional.ofNullable(config.get(key)));

    assertThat(message)
        .contains("db.url", "DB_URL", "jdbc:postgresql://db.example.invalid:5432/orienta")
        .contains("db.user", "DB_USER", "db.password", "DB_PASSWORD")
        .contains("UnknownHostException: db.example.invalid");
  }

  @Test
  void neverPrintsThePassword() {
    String message =
        DatabaseMigration.describe(
            new SQLException("FATAL: password authentication failed"),
            key -> Optional.ofNullable(config.get(key)));

    assertThat(message).doesNotContain("s3cr3t-value").contains("password authentication failed");
  }

  @Test
  void saysWhenASettingIsMissing() {
    String message =
        DatabaseMigration.describe(new SQLException("no url"), key -> Optional.empty());

    assertThat(message).contains("actuellement « (non défini) »");
  }

  @Test
  void databaseSpecificMigrationsAreFoundByTheProductName() {
    assertThat(DatabaseMigration.vendorFolder("PostgreSQL")).isEqualTo("postgresql");
    assertThat(DatabaseMigration.vendorFolder("H2")).isEqualTo("h2");
  }

  /**
   * The databases at hand, each with whether its connections quote rows in their errors: H2 always;
   * PostgreSQL too when the suite runs on it ({@code DB_URL}), with the driver's default and with
   * the setting the README asks for.
   */
  static Stream<Arguments> connections() {
    List<Arguments> connections = new ArrayList<>();
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:error-detail");
    connections.add(Arguments.of("H2", h2, false));
    String url = System.getenv("DB_URL");
    if (url != null && url.startsWith("jdbc:postgresql:")) {
      for (boolean detail : new boolean[] {true, false}) {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(url);
        postgres.setUser(System.getenv("DB_USER"));
        postgres.setPassword(System.getenv("DB_PASSWORD"));
        postgres.setLogServerErrorDetail(detail);
        connections.add(
            Arguments.of("PostgreSQL, logServerErrorDetail=" + detail, postgres, detail));
      }
    }
    return connections.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("connections")
  void warnsOfAPostgreSqlConnectionWhoseErrorsWouldQuoteRowsInTheLogs(
      String database, DataSource dataSource, boolean quotesRows) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      Optional<String> warning = DatabaseMigration.errorDetailWarning(connection);

      if (quotesRows) {
        assertThat(warning).get(STRING).contains("logServerErrorDetail=false", "DB_URL");
      } else {
        assertThat(warning).isEmpty();
      }
    }
  }
}
