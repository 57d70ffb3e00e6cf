package fr.orienta.registry;

import java.time.Instant;

/**
 * A possible duplicate as a coordinator decides it: the earlier entry, the later one, and the
 * sources that listed each (comma-separated).
 */
public record DuplicatePair(
    long id,
    String reason,
    Instant createdAt,
    PersonDetail earlier,
    PersonDetail later,
    String earlierSources,
    String laterSources) {}
