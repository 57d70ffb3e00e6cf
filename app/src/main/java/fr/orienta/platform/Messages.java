package fr.orienta.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI texts of {@code fr.orienta.i18n.messages}, for beans that add Faces messages. */
public final class Messages {

  public static final String BUNDLE = "fr.orienta.i18n.messages";

  private Messages() {}

  /** In the language of the page being answered, French outside a page. */
  public static String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || faces.getViewRoot() == null) {
      return french(key, arguments);
    }
    Locale locale = faces.getViewRoot().getLocale();
    return format(ResourceBundle.getBundle(BUNDLE, locale), locale, key, arguments);
  }

  /**
   * In French, the bundle's base: whatever the server's default locale, which {@link
   * ResourceBundle} would otherwise try first once other languages exist.
   */
  public static String french(String key, Object... arguments) {
    ResourceBundle base =
        ResourceBundle.getBundle(
            BUNDLE,
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    return format(base, Locale.FRENCH, key, arguments);
  }

  /** « A, B ou C »: the values a field takes, for a text that lists them. */
  public static String either(List<String> values) {
    int last = values.size() - 1;
    return last < 1
        ? String.join("", values)
        : String.join(", ", values.subList(0, last)) + " ou " + values.get(last);
  }

  /** Texts with arguments are {@link MessageFormat} patterns (a quote is written twice). */
  private static String format(
      ResourceBundle bundle, Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  /**
   * Runs a change asked from a page; a refusal, invalid input or someone else's change of the same
   * data at the same time becomes the page's messages instead of an error page. Returns whether the
   * change was made.
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
      errorText(e.getLocalizedMessage());
    } catch (jakarta.validation.ConstraintViolationException e) {
      e.getConstraintViolations().forEach(v -> errorText(v.getMessage()));
    } catch (RuntimeException e) {
      errorText(Refusal.ifConcurrentChange(e).orElseThrow(() -> e).getLocalizedMessage());
    }
    return java.util.Optional.empty();
  }

  /** A text already in the page's language, e.g. a validation message. */
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
