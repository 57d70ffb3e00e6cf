package fr.orienta.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Who reports a person without MT to the CPTS (a « signalement »).
 *
 * @param personAgreed the person agreed to be contacted by the CPTS
 */
public record Reporter(
    @NotNull(message = "{orienta.reporter.kind.required}") Kind kind,
    @NotBlank(message = "{orienta.reporter.name.required}") @Size(max = 120) String name,
    @Size(max = 120) String contact,
    boolean personAgreed) {

  /** The trades that report people most. */
  public enum Kind {
    PHARMACIST("pharmacie"),
    NURSE("infirmier·e"),
    TOWN_HALL("mairie"),
    SOCIAL_WORKER("service social"),
    OTHER("autre");

    private final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** « pharmacie Dupont (04 71 00 00 00) », for the person's story. */
  String describe() {
    return kind.label
        + " "
        + name.trim()
        + (contact == null || contact.isBlank() ? "" : " (" + contact.trim() + ")");
  }
}
