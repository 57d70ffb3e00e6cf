package fr.orienta.territory;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The communes of France: loaded once into the database from the bundled COG 2026 file, then kept
 * in memory (about 35,000 small entries) because distances are computed in hot loops.
 */
@ApplicationScoped
public class CommuneService {

  private static final Logger LOG = Logger.getLogger(CommuneService.class.getName());
  static final String RESOURCE = "/fr/orienta/territory/communes-fr.csv";

  /** A commune as the rest of the application sees it. */
  public record CommuneRef(
      String inseeCode,
      String name,
      String department,
      String postalCodes,
      Integer population,
      Double latitude,
      Double longitude) {

    public boolean hasCentroid() {
      return latitude != null && longitude != null;
    }
  }

  @Resource(lookup = "jdbc/orienta")
  DataSource dataSource;

  private volatile Map<String, CommuneRef> byCode = Map.of();
  private volatile Map<String, List<CommuneRef>> byName = Map.of();

  /** Loads the reference file when the table is empty, then indexes the table in memory. */
  public void loadReferenceData() {
    try (Connection connection = dataSource.getConnection()) {
      if (count(connection) == 0) {
        int loaded = insertAll(connection);
        LOG.info(() -> "Référentiel des communes chargé : " + loaded + " communes");
      }
      index(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Chargement du référentiel des communes impossible", e);
    }
  }

  public Optional<CommuneRef> find(String inseeCode) {
    return Optional.ofNullable(inseeCode == null ? null : byCode.get(inseeCode.trim()));
  }

  public boolean exists(String inseeCode) {
    return find(inseeCode).isPresent();
  }

  /** Communes whose name matches, ignoring case, accents, dashes and « Saint »/« St ». */
  public List<CommuneRef> findByName(String name) {
    return byName.getOrDefault(nameKey(name), List.of());
  }

  /**
   * The INSEE code of a commune as a source gives it: the code when it is a known commune, else the
   * one commune whose name matches, preferring the CPTS's territory; {@code null} when nothing or
   * several fit. In memory: imports call it once per row.
   */
  public String resolve(String inseeCode, String name, Set<String> territory) {
    if (inseeCode != null && exists(inseeCode)) {
      return inseeCode.trim();
    }
    if (name == null) {
      return null;
    }
    List<CommuneRef> matches = findByName(name);
    List<CommuneRef> inTerritory =
        matches.stream().filter(c -> territory.contains(c.inseeCode())).toList();
    if (inTerritory.size() == 1) {
      return inTerritory.get(0).inseeCode();
    }
    return matches.size() == 1 ? matches.get(0).inseeCode() : null;
  }

  public Collection<CommuneRef> all() {
    return byCode.values();
  }

  /**
   * Distance in km between the centroids of two communes; empty when either is unknown or has no
   * centroid (collectivités d'outre-mer).
   */
  public OptionalDouble distanceKm(String fromInsee, String toInsee) {
    Optional<CommuneRef> from = find(fromInsee).filter(CommuneRef::hasCentroid);
    Optional<CommuneRef> to = find(toInsee).filter(CommuneRef::hasCentroid);
    if (from.isEmpty() || to.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        GeoDistance.km(
            from.get().latitude(),
            from.get().longitude(),
            to.get().latitude(),
            to.get().longitude()));
  }

  static String nameKey(String name) {
    if (name == null) {
      return "";
    }
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", " ")
            .trim();
    return (" " + plain + " ").replace(" st ", " saint ").replace(" ste ", " sainte ").trim();
  }

  private static int count(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM commune")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static int insertAll(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    int rows = 0;
    try (InputStream in = CommuneService.class.getResourceAsStream(RESOURCE);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO commune (insee_code, name, department, postal_codes, population,"
                    + " latitude, longitude) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord record : format.parse(reader)) {
        insert.setString(1, record.get("insee"));
        insert.setString(2, record.get("name"));
        insert.setString(3, record.get("department"));
        insert.setString(4, blankToNull(record.get("postal_codes")));
        setNumber(insert, 5, record.get("population"), Types.INTEGER);
        setNumber(insert, 6, record.get("lat"), Types.DOUBLE);
        setNumber(insert, 7, record.get("lon"), Types.DOUBLE);
        insert.addBatch();
        if (++rows % 2000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      connection.commit();
      return rows;
    } catch (IOException e) {
      connection.rollback();
      throw new UncheckedIOException(e);
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private void index(Connection connection) throws SQLException {
    Map<String, CommuneRef> codes = new HashMap<>(40_000);
    Map<String, List<CommuneRef>> names = new HashMap<>(40_000);
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT insee_code, name, department, postal_codes, population, latitude,"
                    + " longitude FROM commune")) {
      while (rs.next()) {
        CommuneRef ref =
            new CommuneRef(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                (Integer) rs.getObject(5, Integer.class),
                (Double) rs.getObject(6, Double.class),
                (Double) rs.getObject(7, Double.class));
        codes.put(ref.inseeCode(), ref);
        names.merge(
            nameKey(ref.name()),
            List.of(ref),
            (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
      }
    }
    byCode = Map.copyOf(codes);
    byName = Map.copyOf(names);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static void setNumber(PreparedStatement statement, int index, String raw, int sqlType)
      throws SQLException {
    String value = blankToNull(raw);
    if (value == null) {
      statement.setNull(index, sqlType);
    } else if (sqlType == Types.INTEGER) {
      statement.setInt(index, Integer.parseInt(value));
    } else {
      statement.setDouble(index, Double.parseDouble(value));
    }
  }
}
