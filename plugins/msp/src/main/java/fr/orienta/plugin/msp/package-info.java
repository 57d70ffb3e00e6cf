/**
 * The adapter for the census a maison de santé pluriprofessionnelle (MSP) keeps of the people it
 * knows to be without médecin traitant, some of them already taken by one of its GPs: one entry
 * point, {@link fr.orienta.plugin.msp.MspPlugin}, and one source, {@link
 * fr.orienta.plugin.msp.MspExportSource}. The export has no NIR, so the core deduplicates these
 * people by identity, and names the commune rather than coding it, so the core resolves its INSEE
 * code. The source only turns each row's texts into a normalised record with the shared {@link
 * fr.orienta.spi.Values} parsers.
 */
package fr.orienta.plugin.msp;
