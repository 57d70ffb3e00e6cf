package fr.orienta.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Does, while an import runs, what PostgreSQL's autovacuum does by default and what a PostgreSQL
 * with {@code autovacuum = off} (as on the shared bench machine) never does: once per {@code
 * autovacuum_naptime}, {@code ANALYZE} each registry table changed by more than {@code
 * autovacuum_analyze_threshold} + {@code autovacuum_analyze_scale_factor} × its rows since it was
 * last analyzed, read from the server's own statistics as autovacuum reads them. Without it the
 * import's lookups keep the plans made for an empty table, and each imported row scans more rows
 * than the last (measured: 97 rows/s falling to 33 rows/s at 30,000 people).
 */
final class AutoAnalyze implements AutoCloseable {

  /** Opens a connection to the bench database. */
  interface Connector {
    Connection connect() throws SQLException;
  }

  private static final String TABLES = "'person', 'person_source', 'person_event', 'audit_event'";

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final AtomicInteger count = new AtomicInteger();
  private final Connector connector;

  private AutoAnalyze(Connector connector) {
    this.connector = connector;
  }

  /** Starts analyzing in the background when the server has autovacuum off; else does nothing. */
  static AutoAnalyze ifAutovacuumIsOff(Connector connector) throws SQLException {
    AutoAnalyze analyze = new AutoAnalyze(connector);
    long naptime;
    try (Connection c = connector.connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select current_setting('autovacuum'),"
                    + " (select setting::bigint from pg_settings"
                    + " where name = 'autovacuum_naptime')")) {
      r.next();
      if ("on".equals(r.getString(1))) {
        analyze.count.set(-1);
        return analyze;
      }
      naptime = r.getLong(2);
    }
    analyze.timer.scheduleWithFixedDelay(analyze::check, naptime, naptime, TimeUnit.SECONDS);
    return analyze;
  }

  private void check() {
    try (Connection c = connector.connect();
        Statement s = c.createStatement()) {
      List<String> due = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery(
              "select t.relname from pg_stat_user_tables t join pg_class k on k.oid = t.relid"
                  + " where t.relname in ("
                  + TABLES
                  + ") and t.n_mod_since_analyze > current_setting("
                  + "'autovacuum_analyze_threshold')::bigint + current_setting("
                  + "'autovacuum_analyze_scale_factor')::float8 * greatest(k.reltuples, 0)")) {
        while (r.next()) {
          due.add(r.getString(1));
        }
      }
      for (String table : due) {
        s.execute("analyze " + table);
      }
      if (!due.isEmpty()) {
        count.incrementAndGet();
      }
    } catch (SQLException e) {
      System.out.println("[bench] ANALYZE failed: " + e.getMessage());
    }
  }

  /** How many rounds analyzed at least one table; -1 when autovacuum was on. */
  int count() {
    return count.get();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
