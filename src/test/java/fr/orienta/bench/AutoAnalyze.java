package fr.orienta.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Does, while an import runs, what PostgreSQL's autovacuum does by default and what a PostgreSQL
 * with {@code autovacuum = off} (as on the shared bench machine) never does: {@code ANALYZE} the
 * registry tables once they have grown by 10 % (autovacuum_analyze_scale_factor) since the last
 * time. Without it the import's lookups keep the plans made for an empty table, and each imported
 * row scans more rows than the last (measured: 97 rows/s falling to 33 rows/s at 30,000 people).
 */
final class AutoAnalyze implements AutoCloseable {

  /** Opens a connection to the bench database. */
  interface Connector {
    Connection connect() throws SQLException;
  }

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final AtomicInteger count = new AtomicInteger();
  private final Connector connector;
  private long analyzedAt = -1;

  private AutoAnalyze(Connector connector) {
    this.connector = connector;
  }

  /** Starts analyzing in the background when the server has autovacuum off; else does nothing. */
  static AutoAnalyze ifAutovacuumIsOff(Connector connector) throws SQLException {
    AutoAnalyze analyze = new AutoAnalyze(connector);
    try (Connection c = connector.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("show autovacuum")) {
      r.next();
      if ("on".equals(r.getString(1))) {
        analyze.count.set(-1);
        return analyze;
      }
    }
    analyze.timer.scheduleWithFixedDelay(analyze::check, 5, 5, TimeUnit.SECONDS);
    return analyze;
  }

  private void check() {
    try (Connection c = connector.connect();
        Statement s = c.createStatement()) {
      long rows;
      try (ResultSet r = s.executeQuery("select count(*) from person")) {
        r.next();
        rows = r.getLong(1);
      }
      // autovacuum_analyze_threshold (50) + autovacuum_analyze_scale_factor (0.1) × rows
      if (analyzedAt < 0 || rows - analyzedAt > 50 + 0.1 * analyzedAt) {
        s.execute("analyze person");
        s.execute("analyze person_source");
        s.execute("analyze person_event");
        s.execute("analyze audit_event");
        analyzedAt = rows;
        count.incrementAndGet();
      }
    } catch (SQLException e) {
      System.out.println("[bench] ANALYZE failed: " + e.getMessage());
    }
  }

  /** How many times the tables were analyzed; -1 when autovacuum was on. */
  int count() {
    return count.get();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
