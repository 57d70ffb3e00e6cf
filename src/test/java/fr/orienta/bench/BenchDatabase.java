package fr.orienta.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Drops and creates the bench database before the server starts (run by the bench profile at the
 * package phase), so that every bench run imports into an empty registry with only the demo.
 */
public final class BenchDatabase {

  private BenchDatabase() {}

  /** Arguments: the bench database JDBC URL, user, password. */
  public static void main(String[] args) throws SQLException {
    String url = args[0];
    int slash = url.lastIndexOf('/');
    int query = url.indexOf('?', slash);
    String name = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
    if (!name.matches("[a-z_][a-z0-9_]*") || !name.contains("bench")) {
      throw new IllegalArgumentException(
          "Refusing to drop « " + name + " »: the bench database name must contain « bench »");
    }
    String admin = url.substring(0, slash + 1) + "postgres";
    try (Connection connection = DriverManager.getConnection(admin, args[1], args[2]);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
    }
    System.out.println("[bench] database " + name + " dropped and created empty");
  }
}
