package fr.orienta.registry;

import fr.orienta.spi.PatientRecord;

/**
 * A record ready for the registry: the adapter's normalised record and the commune of residence the
 * core resolved for it (may be {@code null}).
 */
public record SourceRow(PatientRecord record, String inseeCode) {}
