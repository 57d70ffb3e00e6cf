package fr.orienta.imports;

import java.nio.file.Path;
import java.util.stream.Stream;

/** Counts the data rows of a workbook as an import reads them: run in a JVM with a small heap. */
final class XlsxRowCount {

  private XlsxRowCount() {}

  public static void main(String[] args) {
    try (TabularFile file = TabularFile.open(Path.of(args[0]), "listing.xlsx");
        Stream<TabularRow> rows = file.rows()) {
      System.out.println(rows.count());
    }
  }
}
