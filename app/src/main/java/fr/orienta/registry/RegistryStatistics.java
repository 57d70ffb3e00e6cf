package fr.orienta.registry;

import fr.orienta.platform.DatabaseMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps PostgreSQL's statistics of the registry in step with the people imports add. An import
 * looks each chunk's people up among those already stored; planned with the statistics of a
 * registry a tenth of its size (autovacuum analyzes at most once a minute, and never when it is
 * off), those lookups go wrong: measured on an empty registry, 680 rows/s for the first minute of
 * an import, against 6,000 once analyzed. So the registry is analyzed by the import itself each
 * time it has doubled since PostgreSQL last counted it: about ten times on the way to a million
 * people, each a sample of at most 30,000 rows. The embedded H2 database keeps its own.
 */
@ApplicationScoped
public class RegistryStatistics {

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Inject DatabaseMigration database;

  private Growth growth;

  /** Accounts for people just written in the current transaction; analyzes when they are due. */
  synchronized void added(int people) {
    if (people == 0 || !database.isPostgreSql()) {
      return;
    }
    // The transaction's own connection: the provider refuses native queries (multitenant
    // entities), and the statistics must be read and taken where the chunk's rows are.
    Connection connection = em.unwrap(Connection.class);
    try (Statement statement = connection.createStatement()) {
      if (growth == null) {
        growth = new Growth(counted(statement));
      }
      if (growth.add(people)) {
        statement.execute("analyze person, person_source");
        // What PostgreSQL now counts, not what this server added: other servers add people too,
        // and a registry never analyzed before was counted as empty.
        growth.counted(counted(statement));
      }
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
  }

  /** The people PostgreSQL counted at the registry's last statistics; 0 when it never did. */
  private static long counted(Statement statement) throws SQLException {
    try (ResultSet counted =
        statement.executeQuery("select reltuples from pg_class where oid = 'person'::regclass")) {
      return counted.next() ? Math.max(0, counted.getLong(1)) : 0;
    }
  }

  /**
   * When a table that had {@code counted} rows at its last statistics is due again: once the rows
   * added since are as many (it doubled), and not before {@link #FIRST} rows.
   */
  static final class Growth {

    /** Rows an empty registry takes before its first statistics: two chunks of an import. */
    static final long FIRST = 1_000;

    private long counted;
    private long added;

    Growth(long counted) {
      this.counted = counted;
    }

    /** Adds rows; {@code true} when statistics are due. */
    boolean add(long rows) {
      added += rows;
      return added >= Math.max(FIRST, counted);
    }

    /** The rows the new statistics counted. */
    void counted(long rows) {
      counted = rows;
      added = 0;
    }
  }
}
