package fr.orienta.registry;

import fr.orienta.platform.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * French names of statuses and consent terms for the person's story, which is written once in the
 * language of the CPTS; taken from the UI bundle so that pages and story say the same words.
 */
final class Labels {

  private Labels() {}

  static String status(PersonStatus status) {
    return Messages.french("status." + status.name());
  }

  static String scope(PersonConsent.Scope scope) {
    return Messages.french("consent.scope." + scope.name());
  }

  static String reporter(Reporter.Kind kind) {
    return Messages.french("entry.reporter.kind." + kind.name());
  }

  static String channel(PersonConsent.Channel channel) {
    return Messages.french("consent.channel." + channel.name());
  }

  /** A date as French texts write it: 20/11/2026. */
  static String date(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }
}
