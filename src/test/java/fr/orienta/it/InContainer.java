package fr.orienta.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/**
 * Gives in-container tests the application's persistence context, which Arquillian cannot inject.
 */
@ApplicationScoped
public class InContainer {

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

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
}
