package fr.orienta.registry;

import java.sql.Connection;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;

/** What Flyway hands a Java migration, for migrations run on a test's own connection. */
final class MigrationContext {

  private MigrationContext() {}

  static Context of(Connection connection) {
    return new Context() {
      @Override
      public Configuration getConfiguration() {
        return null;
      }

      @Override
      public Connection getConnection() {
        return connection;
      }
    };
  }
}
