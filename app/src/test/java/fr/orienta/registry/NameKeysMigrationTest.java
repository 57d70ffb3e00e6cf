package fr.orienta.registry;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.spi.PatientRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameKeysMigrationTest {

  @Test
  void storedPeopleGetTheKeysNewPeopleGetAndOthersAreLeftAlone() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:keys")) {
      try (Statement sql = connection.createStatement()) {
        sql.execute(
            "CREATE TABLE person (id BIGINT PRIMARY KEY, last_name VARCHAR(120),"
                + " first_name VARCHAR(120), last_name_key VARCHAR(120),"
                + " first_name_key VARCHAR(120))");
        sql.execute(
            "INSERT INTO person (id, last_name, first_name) VALUES"
                + " (1, 'LEFÈVRE', 'Zoé'), (2, 'D''HÉROUVILLE-SAINT', 'Jean-Noël')");
        // A name keyed since (by the application) is not read again.
        sql.execute("INSERT INTO person VALUES (3, 'PÉREZ', 'Ana', 'ALREADY', 'KEYED')");
        // More than a batch, so that full batches and the last one are both written.
        for (int id = 10; id < 2_510; id++) {
          sql.execute(
              "INSERT INTO person (id, last_name, first_name) VALUES (" + id + ", 'Çà', 'é')");
        }
      }
      connection.setAutoCommit(false);

      new NameKeysMigration().migrate(MigrationContext.of(connection));
      connection.commit();

      assertThat(keys(connection, "id < 10"))
          .containsExactly("LEFEVRE|ZOE", "D HEROUVILLE SAINT|JEAN NOEL", "ALREADY|KEYED");
      assertThat(keys(connection, "id >= 10")).hasSize(2_500).containsOnly("CA|E");
      // The keys a new person gets from the application, for comparison.
      Person lefevre = new Person("LEFÈVRE", "Zoé", null, Instant.EPOCH, null);
      lefevre.absorb(
          PatientRecord.builder().lastName("LEFÈVRE").firstName("Zoé").build(),
          null,
          Instant.EPOCH);
      assertThat(lefevre)
          .extracting(Person::getLastNameKey, Person::getFirstNameKey)
          .containsExactly("LEFEVRE", "ZOE");
    }
  }

  private static List<String> keys(Connection connection, String where) throws Exception {
    List<String> keys = new ArrayList<>();
    try (Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT last_name_key, first_name_key FROM person WHERE "
                    + where
                    + " ORDER BY id")) {
      while (rows.next()) {
        keys.add(rows.getString(1) + "|" + rows.getString(2));
      }
    }
    return keys;
  }
}
