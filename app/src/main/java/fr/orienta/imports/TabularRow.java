package fr.orienta.imports;

import java.util.List;

/**
 * One non-blank row of a tabular file, as the file gives it: cell texts untrimmed, in file order.
 *
 * @param line physical line in a CSV file (counting the lines inside quoted multi-line cells), or
 *     the row number shown by Excel
 * @param cells the cell texts; a row may hold fewer or more cells than the header
 */
public record TabularRow(long line, List<String> cells) {

  public TabularRow {
    cells = List.copyOf(cells);
  }

  /** The text of the cell at a 0-based index, empty when the row is shorter. */
  public String cell(int index) {
    return index >= 0 && index < cells.size() ? cells.get(index) : "";
  }

  /** Whether every cell is blank: such rows (Excel's trailing « ;;;; » lines) carry nothing. */
  public boolean isBlank() {
    return cells.stream().allMatch(TabularRow::isBlankText);
  }

  static boolean isBlankText(String text) {
    return text == null || strip(text).isEmpty();
  }

  /**
   * The text without surrounding spaces, counting the non-breaking ones that spreadsheets and
   * French typography put in cells and that {@link String#strip} does not remove.
   */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  @Override
  public String toString() {
    // Cells are nominative (names, NIR): logs get the position only.
    return "TabularRow[line " + line + ", " + cells.size() + " cells]";
  }
}
