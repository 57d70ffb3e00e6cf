package fr.orienta.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Gives in-container tests the application's persistence context, which Arquillian cannot inject.
 */
@ApplicationScoped
public class InContainer {

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Resource(lookup = "jdbc/orienta")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  /**
   * One row of plain SQL, for checking what is really stored: the persistence unit refuses native
   * queries because its entities are multitenant.
   */
  public Object[] sqlRow(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        Object[] row = new Object[rs.getMetaData().getColumnCount()];
        for (int i = 0; i < row.length; i++) {
          row[i] = rs.getObject(i + 1);
        }
        return row;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One statement of plain SQL that changes rows, e.g. to age stored data; returns the count. */
  public int sqlUpdate(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One statement of plain SQL run once per parameter row, as a JDBC batch. */
  public void sqlBatch(String sql, java.util.List<Object[]> rows) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          statement.setObject(i + 1, row[i]);
        }
        statement.addBatch();
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs work in a transaction that is always rolled back, leaving no trace. */
  @Transactional(rollbackOn = Rollback.class)
  public <T> T inRolledBackTransaction(Function<EntityManager, T> work) {
    throw new Rollback(work.apply(em));
  }

  /** Carries the result out of a transaction that must not commit. */
  public static final class Rollback extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Object result;

    Rollback(Object result) {
      super(null, null, false, false);
      this.result = result;
    }
  }

  @SuppressWarnings("unchecked")
  public <T> T rolledBack(Function<EntityManager, T> work) {
    try {
      inRolledBackTransaction(work);
      throw new IllegalStateException("unreachable");
    } catch (Rollback rollback) {
      return (T) rollback.result;
    }
  }

  /** Runs the same call on as many threads, released together; returns what each answered. */
  public <T> List<T> atOnce(int threads, Callable<T> call) throws Exception {
    CyclicBarrier together = new CyclicBarrier(threads);
    List<Callable<T>> calls = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      calls.add(
          () -> {
            together.await();
            return call.call();
          });
    }
    List<T> answers = new ArrayList<>();
    for (Future<T> answer : executor.invokeAll(calls)) {
      answers.add(answer.get());
    }
    return answers;
  }
}
