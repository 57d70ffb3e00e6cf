package fr.orienta.registry;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * French names of statuses and consent terms for the person's story, which is written once in the
 * language of the CPTS; taken from the UI bundle so that pages and story say the same words.
 */
final class Labels {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("fr.orienta.i18n.messages", Locale.FRENCH);

  private Labels() {}

  static String status(PersonStatus status) {
    return BUNDLE.getString("status." + status.name());
  }

  static String scope(PersonConsent.Scope scope) {
    return BUNDLE.getString("consent.scope." + scope.name());
  }

  static String reporter(Reporter.Kind kind) {
    return BUNDLE.getString("entry.reporter.kind." + kind.name());
  }

  static String channel(PersonConsent.Channel channel) {
    return BUNDLE.getString("consent.channel." + channel.name());
  }
}
