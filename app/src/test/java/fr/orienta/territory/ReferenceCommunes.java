package fr.orienta.territory;

import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** The real reference of communes, loaded as the server loads it, for tests of other packages. */
public final class ReferenceCommunes {

  private ReferenceCommunes() {}

  /**
   * A service over an in-memory database of its own, created by the application's first migration
   * (the one that holds the communes' table), then filled from the whole bundled reference file.
   */
  public static CommuneService loaded() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:reference-communes;MODE=LEGACY;DB_CLOSE_DELAY=-1");
    Flyway.configure()
        .dataSource(h2)
        .locations("classpath:db/migration")
        .target("1")
        .load()
        .migrate();
    CommuneService communes = new CommuneService();
    communes.dataSource = h2;
    communes.loadReferenceData();
    return communes;
  }
}
