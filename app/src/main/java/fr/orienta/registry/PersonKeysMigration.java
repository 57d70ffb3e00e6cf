package fr.orienta.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Objects;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration computing again the keys of stored people — identity key and the names' search keys —
 * with the very functions new people get theirs from ({@link Person#refreshKeys}, {@link
 * IdentityKey}); no SQL of either database strips accents the same way. Reads the people a
 * condition selects, a thousand at a time, and writes only those whose keys change.
 */
abstract class PersonKeysMigration extends RegistryMigration {

  private static final int BATCH = 1_000;

  private final String condition;

  /**
   * @param condition the SQL condition selecting the people to read, or {@code null} for all
   */
  PersonKeysMigration(String version, String description, String condition) {
    super(version, description);
    this.condition = condition;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (PreparedStatement people =
            connection.prepareStatement(
                "SELECT id, last_name, first_name, birth_date, insee_code, identity_key,"
                    + " last_name_key, first_name_key FROM person"
                    + (condition == null ? "" : " WHERE " + condition));
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
