package fr.orienta.platform;

/**
 * A request the application refuses for a reason the user can act on, said in French: invalid input
 * (the API answers 400) or a rule of the trade the current state forbids (409). Pages show the
 * message as it is.
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

  private Refusal(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public static Refusal invalid(String message) {
    return new Refusal(Kind.INVALID, message);
  }

  /** Not found in the current CPTS, which is all a caller may learn of another CPTS's data. */
  public static Refusal notFound(String message) {
    return new Refusal(Kind.NOT_FOUND, message);
  }

  public static Refusal conflict(String message) {
    return new Refusal(Kind.CONFLICT, message);
  }

  public Kind kind() {
    return kind;
  }
}
