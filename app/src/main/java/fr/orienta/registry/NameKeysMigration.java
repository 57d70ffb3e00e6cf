package fr.orienta.registry;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration V8: fills the search keys (V7) of the people stored before them, with the very function
 * that computes them for new people ({@link IdentityKey#plain}); no SQL of either database strips
 * accents the same way. Reads and writes a thousand people at a time.
 */
@ApplicationScoped
public class NameKeysMigration implements JavaMigration {

  private static final int BATCH = 1_000;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("8");
  }

  @Override
  public String getDescription() {
    return "name keys of stored people";
  }

  @Override
  public Integer getChecksum() {
    return 1;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (PreparedStatement people =
            connection.prepareStatement(
                "SELECT id, last_name, first_name FROM person WHERE last_name_key IS NULL");
        PreparedStatement keys =
            connection.prepareStatement(
                "UPDATE person SET last_name_key = ?, first_name_key = ? WHERE id = ?")) {
      people.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet rows = people.executeQuery()) {
        while (rows.next()) {
          keys.setString(1, IdentityKey.plain(rows.getString(2)));
          keys.setString(2, IdentityKey.plain(rows.getString(3)));
          keys.setLong(3, rows.getLong(1));
          keys.addBatch();
          if (++pending == BATCH) {
            keys.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        keys.executeBatch();
      }
    }
  }
}
