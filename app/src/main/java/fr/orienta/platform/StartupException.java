package fr.orienta.platform;

/** Start-up cannot go on; the message tells the operator what to fix. */
public class StartupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
