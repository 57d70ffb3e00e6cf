package fr.orienta.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpelledOutKeysMigrationTest {

  @Test
  void keysOfLigaturesAreSpelledOutAndOthersKept() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:ligatures")) {
      try (Statement sql = connection.createStatement()) {
        sql.execute(
            "CREATE TABLE person (id BIGINT PRIMARY KEY, last_name VARCHAR(120),"
                + " first_name VARCHAR(120), birth_date DATE, insee_code VARCHAR(5),"
                + " identity_key VARCHAR(300), last_name_key VARCHAR(120),"
                + " first_name_key VARCHAR(120))");
        // Keys as V8 and the application computed them before ligatures were spelled out.
        sql.execute(
            "INSERT INTO person VALUES"
                + " (1, 'Lœuillet', 'Anaïs', DATE '1950-03-01', '43157',"
                + "  'LUILLET|ANAIS|1950-03-01|43157', 'L UILLET', 'ANAIS'),"
                + " (2, 'LEFÈVRE', 'Æmilie', NULL, NULL, NULL, 'LEFEVRE', 'MILIE'),"
                + " (3, 'PÉREZ', 'Ana', DATE '1960-01-02', '43001',"
                + "  'PEREZ|ANA|1960-01-02|43001', 'PEREZ', 'ANA')");
        // More than a batch, so that full batches and the last one are both written.
        for (int id = 10; id < 2_510; id++) {
          sql.execute(
              "INSERT INTO person VALUES ("
                  + id
                  + ", 'Cœur', 'Zoé', DATE '1930-05-06', '43157', 'CUR|ZOE|1930-05-06|43157',"
                  + " 'C UR', 'ZOE')");
        }
      }
      connection.setAutoCommit(false);

      new SpelledOutKeysMigration().migrate(MigrationContext.of(connection));
      connection.commit();

      assertThat(keys(connection, "id < 10"))
          .containsExactly(
              "LOEUILLET|ANAIS|1950-03-01|43157 LOEUILLET ANAIS",
              "null LEFEVRE AEMILIE",
              "PEREZ|ANA|1960-01-02|43001 PEREZ ANA");
      assertThat(keys(connection, "id >= 10"))
          .hasSize(2_500)
          .containsOnly("COEUR|ZOE|1930-05-06|43157 COEUR ZOE");
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
}
