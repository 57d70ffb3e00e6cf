package fr.orienta.registry;

import fr.orienta.security.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration V14: people who share identity traits but were never put to a coordinator. V12 gave new
 * keys to names with ligatures, so « Lœuillet » entered by hand and « LOEUILLET » of a CPAM listing
 * now share one; an import or an entry queues such a pair when the second person arrives, a
 * migration did not. Each person with an older alike (same CPTS and identity key, not merged, no
 * contradicting NIR) and no question yet with any of them is queued against the oldest, with the
 * line of their story an import would write; pairs already decided are left as decided.
 */
@ApplicationScoped
public class SameTraitsMigration extends RegistryMigration {

  public SameTraitsMigration() {
    super("14", "possible duplicates of people sharing identity traits");
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    Set<Pair> asked = askedPairs(connection);
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement alike =
            connection.prepareStatement(
                "SELECT p.tenant_code, p.identity_key, p.id, p.nir_hash FROM person p"
                    + " WHERE p.identity_key IS NOT NULL AND p.merged_into IS NULL AND EXISTS ("
                    + "  SELECT 1 FROM person o WHERE o.tenant_code = p.tenant_code"
                    + "  AND o.identity_key = p.identity_key AND o.id <> p.id"
                    + "  AND o.merged_into IS NULL)"
                    + " ORDER BY p.tenant_code, p.identity_key, p.id");
        Queue queue = new Queue(connection, now)) {
      List<Alike> group = new ArrayList<>();
      try (ResultSet rows = alike.executeQuery()) {
        while (rows.next()) {
          Alike person =
              new Alike(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getString(4));
          if (!group.isEmpty() && !group.get(0).sameTraits(person)) {
            queueAll(group, asked, queue);
            group.clear();
          }
          group.add(person);
        }
      }
      queueAll(group, asked, queue);
    }
  }

  /** One group of people with the same traits, oldest first, as {@link PersonMatcher} would. */
  private static void queueAll(List<Alike> group, Set<Pair> asked, Queue queue)
      throws SQLException {
    for (Alike person : group) {
      if (group.stream().anyMatch(other -> asked.contains(new Pair(person.id(), other.id())))) {
        continue;
      }
      Alike oldest =
          group.stream()
              .filter(other -> other.id() < person.id() && !other.contradicts(person))
              .findFirst()
              .orElse(null);
      if (oldest != null) {
        queue.add(person, oldest);
        asked.add(new Pair(person.id(), oldest.id()));
      }
    }
  }

  private static Set<Pair> askedPairs(Connection connection) throws SQLException {
    Set<Pair> pairs = new HashSet<>();
    try (Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("SELECT person_id, other_id FROM duplicate_candidate")) {
      while (rows.next()) {
        pairs.add(new Pair(rows.getLong(1), rows.getLong(2)));
      }
    }
    return pairs;
  }

  /** A stored person as matching sees them. */
  record Alike(String tenant, String identityKey, long id, String nirHash) {

    boolean sameTraits(Alike other) {
      return tenant.equals(other.tenant) && identityKey.equals(other.identityKey);
    }

    /** Two different NIRs are two people, as the matching of imports and entries holds. */
    boolean contradicts(Alike other) {
      return nirHash != null && other.nirHash != null && !nirHash.equals(other.nirHash);
    }
  }

  /** Two people, in either order. */
  record Pair(long low, long high) {
    Pair {
      if (low > high) {
        long swap = low;
        low = high;
        high = swap;
      }
    }
  }

  /** Writes a question for a coordinator and the line of the person's story saying so. */
  private static final class Queue implements AutoCloseable {
    private final Timestamp now;
    private final PreparedStatement nextId;
    private final PreparedStatement candidate;
    private final PreparedStatement storyLine;

    Queue(Connection connection, Timestamp now) throws SQLException {
      this.now = now;
      // Each value is used once, as an id of its own: whichever block of a thousand the provider
      // takes around a value it is given, it is never given this one. H2 knows nextval too.
      nextId = connection.prepareStatement("SELECT nextval('orienta_seq')");
      candidate =
          connection.prepareStatement(
              "INSERT INTO duplicate_candidate (id, tenant_code, version, person_id, other_id,"
                  + " reason, status, created_at) VALUES (?, ?, 1, ?, ?, ?, 'OPEN', ?)");
      storyLine =
          connection.prepareStatement(
              "INSERT INTO person_event (id, tenant_code, version, person_id, occurred_at, actor,"
                  + " kind, detail) VALUES (?, ?, 1, ?, ?, ?, 'POSSIBLE_DUPLICATE', ?)");
    }

    void add(Alike person, Alike oldest) throws SQLException {
      candidate.setLong(1, nextId());
      candidate.setString(2, person.tenant());
      candidate.setLong(3, person.id());
      candidate.setLong(4, oldest.id());
      candidate.setString(5, DuplicateCandidate.SAME_TRAITS);
      candidate.setTimestamp(6, now);
      candidate.executeUpdate();
      storyLine.setLong(1, nextId());
      storyLine.setString(2, person.tenant());
      storyLine.setLong(3, person.id());
      storyLine.setTimestamp(4, now);
      storyLine.setString(5, TenantContext.SYSTEM);
      storyLine.setString(6, DuplicateCandidate.QUEUED);
      storyLine.executeUpdate();
    }

    private long nextId() throws SQLException {
      try (ResultSet value = nextId.executeQuery()) {
        value.next();
        return value.getLong(1);
      }
    }

    @Override
    public void close() throws SQLException {
      try (nextId;
          candidate;
          storyLine) {
        // closes all three, even when one of them fails to
      }
    }
  }
}
