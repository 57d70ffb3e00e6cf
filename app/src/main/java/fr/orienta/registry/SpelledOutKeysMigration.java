package fr.orienta.registry;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Objects;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration V12: the keys of people whose names hold a letter that keys now spell out (œ, æ, ø, ł,
 * đ: « Lœuillet » is « LOEUILLET », where it was « L UILLET », matching neither the CPAM's «
 * LOEUILLET » nor a search for « loeu »). Every person is read, with the function new people get
 * their keys from ({@link IdentityKey}); only those whose keys change are written. People who now
 * share an identity key are not put in the duplicates' queue by this migration.
 */
@ApplicationScoped
public class SpelledOutKeysMigration implements JavaMigration {

  private static final int BATCH = 1_000;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("12");
  }

  @Override
  public String getDescription() {
    return "keys of names with ligatures";
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
                "SELECT id, last_name, first_name, birth_date, insee_code, identity_key,"
                    + " last_name_key, first_name_key FROM person");
        PreparedStatement keys =
            connection.prepareStatement(
                "UPDATE person SET identity_key = ?, last_name_key = ?, first_name_key = ?"
                    + " WHERE id = ?")) {
      people.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet rows = people.executeQuery()) {
        while (rows.next()) {
          String lastName = rows.getString(2);
          String firstName = rows.getString(3);
          String identity =
              IdentityKey.of(
                  lastName, firstName, rows.getObject(4, LocalDate.class), rows.getString(5));
          String lastKey = IdentityKey.plain(lastName);
          String firstKey = IdentityKey.plain(firstName);
          if (Objects.equals(identity, rows.getString(6))
              && lastKey.equals(rows.getString(7))
              && firstKey.equals(rows.getString(8))) {
            continue;
          }
          keys.setString(1, identity);
          keys.setString(2, lastKey);
          keys.setString(3, firstKey);
          keys.setLong(4, rows.getLong(1));
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
