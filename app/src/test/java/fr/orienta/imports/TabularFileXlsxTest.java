package fr.orienta.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularFileXlsxTest {

  static final List<String> HEADER =
      List.of(
          "NIR",
          "NIR (texte)",
          "Nom",
          "Prénom",
          "Né(e) le",
          "Téléphone",
          "Portable",
          "CP",
          "ALD",
          "Nom complet",
          "Taille");

  /** A listing as a coordinator's spreadsheet holds it: typed cells, formats, stray blank rows. */
  static byte[] workbook() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Listing");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADER.size(); i++) {
        header.createCell(i).setCellValue(HEADER.get(i));
      }
      CellStyle frenchDate = style(workbook, "dd/mm/yyyy");
      // Excel's built-in short date, which a French Excel shows as 29/08/1954.
      CellStyle builtInDate = workbook.createCellStyle();
      builtInDate.setDataFormat((short) 14);
      CellStyle longDate = style(workbook, "d mmmm yyyy");
      CellStyle postalCode = style(workbook, "00000");
      CellStyle phone = style(workbook, "0#\" \"##\" \"##\" \"##\" \"##");
      CellStyle decimal = style(workbook, "0.00");

      Row reynaud = sheet.createRow(1);
      reynaud.createCell(0).setCellValue(154084302627962d);
      reynaud.createCell(1).setCellValue("154084302627962");
      reynaud.createCell(2).setCellValue("REYNAUD");
      reynaud.createCell(3).setCellValue("Théo");
      reynaud.createCell(4).setCellValue(LocalDate.of(1954, 8, 29));
      reynaud.getCell(4).setCellStyle(frenchDate);
      reynaud.createCell(5).setCellValue("0465710721");
      reynaud.createCell(6).setCellValue(639980966d);
      reynaud.getCell(6).setCellStyle(phone);
      reynaud.createCell(7).setCellValue(7000d);
      reynaud.getCell(7).setCellStyle(postalCode);
      reynaud.createCell(8).setCellValue(true);
      reynaud.createCell(9).setCellFormula("C2&\" \"&D2");
      reynaud.createCell(10).setCellValue(1.5);
      reynaud.getCell(10).setCellStyle(decimal);

      // Rows 3 and 4 are blank: one never touched, one with empty and space-only cells.
      Row blank = sheet.createRow(3);
      blank.createCell(0).setCellValue("");
      blank.createCell(2).setCellValue("   ");

      Row rousseau = sheet.createRow(4);
      rousseau.createCell(0).setCellValue(248094300366148d);
      rousseau.createCell(2).setCellValue("ROUSSEAU");
      rousseau.createCell(3).setCellValue("Christine");
      rousseau.createCell(4).setCellValue(LocalDate.of(1948, 9, 21));
      rousseau.getCell(4).setCellStyle(builtInDate);
      rousseau.createCell(5).setCellValue(465710721d);

      Row caron = sheet.createRow(5);
      caron.createCell(2).setCellValue("CARON");
      caron.createCell(4).setCellValue(LocalDateTime.of(1942, 9, 15, 0, 0));
      caron.getCell(4).setCellStyle(longDate);
      caron.createCell(8).setCellValue(false);

      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  static CellStyle style(XSSFWorkbook workbook, String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }

  static List<TabularRow> rows(TabularFile file) {
    try (Stream<TabularRow> rows = file.rows()) {
      return rows.toList();
    }
  }

  @Test
  void cellsComeOutAsAdaptersReadThem() throws IOException {
    try (TabularFile file = TabularFile.open(workbook(), "listing.xlsx")) {
      assertThat(file.format()).isEqualTo(TabularFile.Format.XLSX);
      assertThat(file.charset()).isEmpty();
      assertThat(file.delimiter()).isEmpty();
      assertThat(file.header()).isEqualTo(HEADER);

      List<TabularRow> rows = rows(file);
      assertThat(rows).extracting(TabularRow::line).containsExactly(2L, 5L, 6L);

      TabularRow reynaud = rows.get(0);
      assertThat(reynaud.cell(0)).as("NIR in a numeric cell").isEqualTo("154084302627962");
      assertThat(reynaud.cell(1)).as("NIR as text").isEqualTo("154084302627962");
      assertThat(reynaud.cell(3)).isEqualTo("Théo");
      assertThat(reynaud.cell(4)).as("date").isEqualTo("29/08/1954");
      assertThat(reynaud.cell(5)).as("phone as text").isEqualTo("0465710721");
      assertThat(reynaud.cell(6)).as("phone with Excel's phone format").isEqualTo("06 39 98 09 66");
      assertThat(reynaud.cell(7)).as("postal code with its format").isEqualTo("07000");
      assertThat(reynaud.cell(8)).isEqualTo("VRAI");
      assertThat(reynaud.cell(9)).as("formula's value").isEqualTo("REYNAUD Théo");
      assertThat(reynaud.cell(10)).as("decimal as shown in French").isEqualTo("1,50");

      TabularRow rousseau = rows.get(1);
      assertThat(rousseau.cell(0)).isEqualTo("248094300366148");
      assertThat(rousseau.cell(1)).isEmpty();
      assertThat(rousseau.cell(4)).as("built-in short date").isEqualTo("21/09/1948");
      // A number in General loses a leading zero the sheet never had; the adapter reports it.
      assertThat(rousseau.cell(5)).isEqualTo("465710721");

      TabularRow caron = rows.get(2);
      assertThat(caron.cell(4)).as("long date format").isEqualTo("15/09/1942");
      assertThat(caron.cell(8)).isEqualTo("FAUX");
      assertThat(caron.cells()).hasSize(9);
      assertThat(caron.cell(10)).isEmpty();
    }
  }

  @Test
  void excelSpecialFormatsShowTheirDigitsAsExcelDoes() {
    assertThat(XlsxTable.digitMask(639980966, "0#\" \"##\" \"##\" \"##\" \"##"))
        .isEqualTo("06 39 98 09 66");
    assertThat(XlsxTable.digitMask(7000, "00000")).isEqualTo("07000");
    assertThat(XlsxTable.digitMask(154084302627962L, "0 00 00 00 000 000 00"))
        .isEqualTo("1 54 08 43 026 279 62");
    // The leftmost placeholder takes every digit left, as Excel never drops digits.
    assertThat(XlsxTable.digitMask(1234567, "00-00")).isEqualTo("12345-67");
    assertThat(XlsxTable.digitMask(5, "#\\-##")).isEqualTo("-5");
    assertThat(XlsxTable.digitMask(5, "0.00")).isNull();
    assertThat(XlsxTable.digitMask(5, "#,##0")).isNull();
    assertThat(XlsxTable.digitMask(5, "0;[Red]-0")).isNull();
  }

  @Test
  void theFileNameDoesNotDecideTheFormat() throws IOException {
    try (TabularFile file = TabularFile.open(workbook(), "listing.csv")) {
      assertThat(file.format()).isEqualTo(TabularFile.Format.XLSX);
      assertThat(rows(file)).hasSize(3);
    }
  }

  @Test
  void opensFromDisk(@TempDir Path dir) throws IOException {
    Path path = dir.resolve("upload.tmp");
    Files.write(path, workbook());
    try (TabularFile file = TabularFile.open(path, "listing.xlsx")) {
      assertThat(file.header()).isEqualTo(HEADER);
      assertThat(rows(file).get(0).cell(0)).isEqualTo("154084302627962");
    }
  }

  @Test
  void rowsAreReadAgainFromTheStart() throws IOException {
    try (TabularFile file = TabularFile.open(workbook(), "listing.xlsx")) {
      assertThat(rows(file)).extracting(TabularRow::line).containsExactly(2L, 5L, 6L);
      assertThat(rows(file)).extracting(TabularRow::line).containsExactly(2L, 5L, 6L);
    }
  }

  @Test
  void aLargeWorkbookIsStreamedNotLoaded(@TempDir Path dir) throws Exception {
    // 60,000 people × 12 columns: loaded whole, the workbook would take hundreds of MB of heap.
    int people = 60_000;
    Path path = dir.resolve("large.xlsx");
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        OutputStream out = Files.newOutputStream(path)) {
      Sheet sheet = workbook.createSheet("Listing");
      Row header = sheet.createRow(0);
      for (int c = 0; c < 12; c++) {
        header.createCell(c).setCellValue("Colonne " + c);
      }
      for (int r = 1; r <= people; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(154084302627962d + r);
        for (int c = 1; c < 12; c++) {
          row.createCell(c).setCellValue("Valeur " + r + "-" + c);
        }
      }
      workbook.write(out);
      workbook.dispose();
    }
    Process count =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m",
                "-cp",
                System.getProperty("java.class.path"),
                XlsxRowCount.class.getName(),
                path.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(count.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(count.waitFor()).as(output).isZero();
    assertThat(output.lines().filter(line -> line.matches("\\d+")).toList())
        .containsExactly(Integer.toString(people));
  }

  @Test
  void aHiddenFirstSheetIsPassedOver() throws IOException {
    byte[] content;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("Paramètres").createRow(0).createCell(0).setCellValue("Version");
      Sheet listing = workbook.createSheet("Listing");
      listing.createRow(0).createCell(0).setCellValue("Nom");
      listing.createRow(1).createCell(0).setCellValue("DUPONT");
      workbook.setSheetHidden(0, true);
      workbook.setActiveSheet(1);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      content = out.toByteArray();
    }
    try (TabularFile file = TabularFile.open(content, "listing.xlsx")) {
      assertThat(file.header()).containsExactly("Nom");
      assertThat(rows(file)).singleElement().extracting(row -> row.cell(0)).isEqualTo("DUPONT");
    }
  }

  @Test
  void anEmptyWorkbookIsRefused() throws IOException {
    byte[] content;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("Feuil1").createRow(3).createCell(2).setCellValue(" ");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      content = out.toByteArray();
    }
    assertThatThrownBy(() -> TabularFile.open(content, "vide.xlsx"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("Le classeur « vide.xlsx » est vide : sa première feuille n'a aucune ligne.");
  }
}
