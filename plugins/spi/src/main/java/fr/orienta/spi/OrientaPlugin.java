package fr.orienta.spi;

import java.util.List;

/**
 * The single entry point of a plugin jar, found with {@link java.util.ServiceLoader} through a
 * {@code META-INF/services/fr.orienta.spi.OrientaPlugin} file. It only hands out the extensions the
 * jar provides; it must be cheap to construct and must not touch files, network or threads.
 */
public interface OrientaPlugin {

  /** Stable identifier, lower case letters, digits and dashes; never changes between versions. */
  String id();

  /** Name shown to coordinators and administrators, in French. */
  String label();

  /** Version shown on the admin screen; by default the jar's Implementation-Version. */
  default String version() {
    String version = getClass().getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /** File-format adapters that turn a source listing into normalised patient records. */
  default List<PatientSource> patientSources() {
    return List.of();
  }

  /** Local prioritisation rules that score a person waiting for a médecin traitant. */
  default List<PriorityRule> priorityRules() {
    return List.of();
  }
}
