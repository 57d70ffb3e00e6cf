package fr.orienta.spi;

import java.util.List;

/**
 * Reads one source format (a CPAM listing, an MSA listing, an MSP census…) into normalised patient
 * records. The core opens the file (CSV in any usual encoding and delimiter, or XLSX), matches its
 * headers to {@link #fields()} through their aliases or a coordinator's saved mapping, then hands
 * each row to {@link #read}. Bad values are reported as {@link RowProblem}s with their column,
 * never thrown, so one bad row never stops an import.
 */
public interface PatientSource extends Extension {

  /** The fields this format carries, each with the header spellings it is known under. */
  List<SourceField> fields();

  /** Converts one row; a row that cannot give a usable record is rejected with its problems. */
  RowResult read(SourceRow row);
}
