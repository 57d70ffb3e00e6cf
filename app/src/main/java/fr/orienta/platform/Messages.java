package fr.orienta.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI texts of {@code fr.orienta.i18n.messages}, for beans that add Faces messages. */
public final class Messages {

  public static final String BUNDLE = "fr.orienta.i18n.messages";

  private Messages() {}

  public static String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces == null ? Locale.FRENCH : faces.getViewRoot().getLocale();
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  /**
   * Runs a change asked from a page; a refusal or invalid input becomes the page's messages (the
   * services say why in French) instead of an error page. Returns whether the change was made.
   */
  public static boolean attempt(Runnable change) {
    return attempt(
            () -> {
              change.run();
              return Boolean.TRUE;
            })
        .isPresent();
  }

  /** As {@link #attempt(Runnable)}, for a change that answers something: empty when refused. */
  public static <T> java.util.Optional<T> attempt(java.util.function.Supplier<T> change) {
    try {
      return java.util.Optional.of(change.get());
    } catch (Refusal e) {
      errorText(e.getMessage());
    } catch (jakarta.validation.ConstraintViolationException e) {
      e.getConstraintViolations().forEach(v -> errorText(v.getMessage()));
    }
    return java.util.Optional.empty();
  }

  /** A message already in French, e.g. the reason a service refused a request. */
  public static void errorText(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
    String text = text(key, arguments);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
