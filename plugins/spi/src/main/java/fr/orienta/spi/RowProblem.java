package fr.orienta.spi;

/**
 * Something wrong on a source row, located precisely enough for a coordinator to fix the file.
 *
 * @param line line number in the file (1 = header)
 * @param column 1-based column, 0 when the problem concerns the whole row
 * @param value the offending cell text, may be {@code null}
 * @param message French explanation, e.g. « Clé NIR incorrecte (attendue 62) »
 */
public record RowProblem(long line, int column, String value, String message) {}
