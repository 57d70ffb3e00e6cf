/**
 * The adapter for the listing the MSA (the farmers' and agricultural workers' health insurance)
 * sends a CPTS of its insured people without médecin traitant: one entry point, {@link
 * fr.orienta.plugin.msa.MsaPlugin}, and one source, {@link fr.orienta.plugin.msa.MsaListingSource}.
 * The core decodes the file and matches its headers to the source's fields; the source only turns
 * each row's texts into a normalised record with the shared {@link fr.orienta.spi.Values} parsers.
 * The 15-character NIR is the listing's deduplication key: a row whose NIR is wrong is rejected
 * rather than imported under a wrong key, and no problem report ever shows it in full.
 */
package fr.orienta.plugin.msa;
