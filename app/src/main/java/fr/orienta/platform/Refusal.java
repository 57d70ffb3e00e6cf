package fr.orienta.platform;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.util.Arrays;
import java.util.Optional;

/**
 * A request a service refuses, and why, as a key of the UI's bundle ({@link Messages#BUNDLE}): the
 * pages show it in their language ({@link #getLocalizedMessage()}), the API and the logs in French
 * ({@link #getMessage()}). The API answers 400, 404 or 409 according to its {@link Kind}.
 */
public class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the request is refused. */
  public enum Kind {
    INVALID,
    NOT_FOUND,
    CONFLICT
  }

  private final Kind kind;
  private final String key;
  private final transient Object[] arguments;

  private Refusal(Kind kind, String key, Object... arguments) {
    super(key);
    this.kind = kind;
    this.key = key;
    this.arguments = arguments.clone();
  }

  /** Invalid input; {@code arguments} fill the text's {@code {0}}, {@code {1}}… */
  public static Refusal invalid(String key, Object... arguments) {
    return new Refusal(Kind.INVALID, key, arguments);
  }

  /** Not found in the current CPTS, which is all a caller may learn of another CPTS's data. */
  public static Refusal notFound(String key, Object... arguments) {
    return new Refusal(Kind.NOT_FOUND, key, arguments);
  }

  /** Not possible in the state the thing is in (already done, already running…). */
  public static Refusal conflict(String key, Object... arguments) {
    return new Refusal(Kind.CONFLICT, key, arguments);
  }

  /**
   * A conflict when {@code failure} comes from someone else's change of the same data at the same
   * time (a version that moved, a row locked): the caller reloads and tries again, which is no
   * incident. Empty for any other failure.
   */
  public static Optional<Refusal> ifConcurrentChange(Throwable failure) {
    return Causes.of(failure)
        .filter(
            e ->
                e instanceof OptimisticLockException
                    || e instanceof PessimisticLockException
                    || e instanceof LockTimeoutException)
        .findFirst()
        .map(e -> conflict("refusal.concurrentChange"));
  }

  /**
   * The refusal {@code failure} is or carries: the container wraps what a parameter converter or a
   * body reader throws in exceptions of its own. Empty for any other failure.
   */
  public static Optional<Refusal> within(Throwable failure) {
    return Causes.of(failure)
        .filter(Refusal.class::isInstance)
        .map(Refusal.class::cast)
        .findFirst();
  }

  public Kind kind() {
    return kind;
  }

  public String key() {
    return key;
  }

  /** In French, the application's first language: for the API and the logs. */
  @Override
  public String getMessage() {
    return Messages.french(key, arguments);
  }

  /** In the language of the page being answered, French outside a page. */
  @Override
  public String getLocalizedMessage() {
    return Messages.text(key, arguments);
  }

  @Override
  public String toString() {
    return "Refusal[" + kind + ", " + key + ", " + Arrays.toString(arguments) + "]";
  }
}
