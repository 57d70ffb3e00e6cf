package fr.orienta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
}
