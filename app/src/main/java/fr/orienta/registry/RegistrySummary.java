package fr.orienta.registry;

/**
 * Head counts of people without a médecin traitant in one CPTS.
 *
 * @param withoutMt people still without MT
 * @param ald of whom in affection de longue durée
 * @param css of whom covered by the complémentaire santé solidaire
 * @param aged70Plus of whom aged 70 or more
 */
public record RegistrySummary(long withoutMt, long ald, long css, long aged70Plus) {}
