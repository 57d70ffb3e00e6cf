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
    PHARMACIST,
    NURSE,
    TOWN_HALL,
    SOCIAL_WORKER,
    OTHER
  }

  /** « Pharmacie : Dupont (04 71 00 00 00) », for the person's story, in the form's words. */
  String describe() {
    return Labels.reporter(kind)
        + " : "
        + name.trim()
        + (contact == null || contact.isBlank() ? "" : " (" + contact.trim() + ")");
  }
}
