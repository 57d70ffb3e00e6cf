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
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** V8 and V12, which compute the keys of stored people again, on a table shaped like person. */
class PersonKeysMigrationTest {

  @Test
  void v8KeysThePeopleStoredBeforeKeysAsNewPeopleAreKeyed() throws Exception {
    try (Connection connection = registry("v8")) {
      try (Statement sql = connection.createStatement()) {
        sql.execute(
            "INSERT INTO person (id, last_name, first_name) VALUES"
                + " (1, 'LEFÈVRE', 'Zoé'), (2, 'D''HÉROUVILLE-SAINT', 'Jean-Noël')");
        // A name keyed since (by the application) is not read again.
        sql.execute(
            "INSERT INTO person (id, last_name, first_name, last_name_key, first_name_key)"
                + " VALUES (3, 'PÉREZ', 'Ana', 'ALREADY', 'KEYED')");
        manyOf(sql, "'Çà', 'é', NULL, NULL, NULL, NULL, NULL");
      }

      new NameKeysMigration().migrate(context(connection));
      connection.commit();

      assertThat(keys(connection, "id < 10"))
          .containsExactly(
              "LEFEVRE|ZOE|?| LEFEVRE ZOE",
              "DHEROUVILLESAINT|JEAN|?| D HEROUVILLE SAINT JEAN NOEL",
              "null ALREADY KEYED");
      assertThat(keys(connection, "id >= 10")).hasSize(2_500).containsOnly("CA|E|?| CA E");
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

  @Test
  void v12SpellsOutTheKeysOfLigaturesAndKeepsTheOthers() throws Exception {
    try (Connection connection = registry("v12")) {
      try (Statement sql = connection.createStatement()) {
        // Keys as V8 and the application computed them before ligatures were spelled out.
        sql.execute(
            "INSERT INTO person VALUES"
                + " (1, 'Lœuillet', 'Anaïs', DATE '1950-03-01', '43157',"
                + "  'LUILLET|ANAIS|1950-03-01|43157', 'L UILLET', 'ANAIS'),"
                + " (2, 'LEFÈVRE', 'Æmilie', NULL, NULL, NULL, 'LEFEVRE', 'MILIE'),"
                + " (3, 'PÉREZ', 'Ana', DATE '1960-01-02', '43001',"
                + "  'PEREZ|ANA|1960-01-02|43001', 'PEREZ', 'ANA')");
        manyOf(
            sql,
            "'Cœur', 'Zoé', DATE '1930-05-06', '43157', 'CUR|ZOE|1930-05-06|43157', 'C UR',"
                + " 'ZOE'");
      }

      new SpelledOutKeysMigration().migrate(context(connection));
      connection.commit();

      assertThat(keys(connection, "id < 10"))
          .containsExactly(
              "LOEUILLET|ANAIS|1950-03-01|43157 LOEUILLET ANAIS",
              "LEFEVRE|AEMILIE|?| LEFEVRE AEMILIE",
              "PEREZ|ANA|1960-01-02|43001 PEREZ ANA");
      assertThat(keys(connection, "id >= 10"))
          .hasSize(2_500)
          .containsOnly("COEUR|ZOE|1930-05-06|43157 COEUR ZOE");
    }
  }

  @Test
  void v17KeysThePeopleEnteredWithoutBirthDateOnly() throws Exception {
    try (Connection connection = registry("v17")) {
      try (Statement sql = connection.createStatement()) {
        sql.execute("ALTER TABLE person ADD COLUMN merged_into BIGINT");
        sql.execute(
            "INSERT INTO person (id, last_name, first_name, birth_date, insee_code, identity_key,"
                + " last_name_key, first_name_key, merged_into) VALUES"
                + " (1, 'MARTIN', 'Paul', NULL, '43157', NULL, 'MARTIN', 'PAUL', NULL),"
                + " (2, 'PÉREZ', 'Ana', DATE '1960-01-02', '43001',"
                + "  'PEREZ|ANA|1960-01-02|43001', 'PEREZ', 'ANA', NULL),"
                + " (3, 'MARTIN', 'Paul', NULL, '43157', NULL, 'MARTIN', 'PAUL', 1)");
      }

      new UndatedKeysMigration().migrate(context(connection));
      connection.commit();

      // An entry merged into another stays out of matching.
      assertThat(keys(connection, "id < 10"))
          .containsExactly(
              "MARTIN|PAUL|?|43157 MARTIN PAUL",
              "PEREZ|ANA|1960-01-02|43001 PEREZ ANA",
              "null MARTIN PAUL");
    }
  }

  private static Connection registry(String name) throws Exception {
    Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + name);
    try (Statement sql = connection.createStatement()) {
      sql.execute(
          "CREATE TABLE person (id BIGINT PRIMARY KEY, last_name VARCHAR(120),"
              + " first_name VARCHAR(120), birth_date DATE, insee_code VARCHAR(5),"
              + " identity_key VARCHAR(300), last_name_key VARCHAR(120),"
              + " first_name_key VARCHAR(120))");
    }
    connection.setAutoCommit(false);
    return connection;
  }

  /** More than a batch of the same row, so that full batches and the last one are all written. */
  private static void manyOf(Statement sql, String values) throws Exception {
    for (int id = 10; id < 2_510; id++) {
      sql.execute("INSERT INTO person VALUES (" + id + ", " + values + ")");
    }
  }

  private static List<String> keys(Connection connection, String where) throws Exception {
    List<String> keys = new ArrayList<>();
    try (Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT identity_key, last_name_key, first_name_key FROM person WHERE "
                    + where
                    + " ORDER BY id")) {
      while (rows.next()) {
        keys.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
      }
    }
    return keys;
  }

  private static Context context(Connection connection) {
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
