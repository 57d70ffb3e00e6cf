package fr.orienta.territory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;

/** The real reference of communes, loaded as the server loads it, for tests of other packages. */
public final class ReferenceCommunes {

  private ReferenceCommunes() {}

  /** A service over its own in-memory database holding the whole bundled reference file. */
  public static CommuneService loaded() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:reference-communes;DB_CLOSE_DELAY=-1");
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "create table if not exists commune (insee_code varchar(5) primary key,"
              + " name varchar(120) not null, department varchar(3) not null,"
              + " postal_codes varchar(200), population integer, latitude double precision,"
              + " longitude double precision)");
    }
    CommuneService communes = new CommuneService();
    communes.dataSource = h2;
    communes.loadReferenceData();
    return communes;
  }
}
