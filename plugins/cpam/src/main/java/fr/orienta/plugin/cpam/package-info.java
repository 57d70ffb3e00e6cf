/**
 * The adapter for the listing a CPAM sends a CPTS of its insured people without médecin traitant:
 * one entry point, {@link fr.orienta.plugin.cpam.CpamPlugin}, and one source, {@link
 * fr.orienta.plugin.cpam.CpamListingSource}. The core decodes the file and matches its headers to
 * the source's fields; the source only turns each row's texts into a normalised record with the
 * shared {@link fr.orienta.spi.Values} parsers. The NIR, split into « Matricule » and « Clé » or
 * given whole, is the listing's deduplication key: a row whose NIR is wrong is rejected rather than
 * imported under a wrong key, and no problem report ever shows it in full.
 */
package fr.orienta.plugin.cpam;
