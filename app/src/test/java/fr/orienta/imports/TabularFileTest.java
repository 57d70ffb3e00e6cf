package fr.orienta.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularFileTest {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static byte[] resource(String name) {
    try (InputStream in = TabularFileTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<TabularRow> rows(TabularFile file) {
    try (Stream<TabularRow> rows = file.rows()) {
      return rows.toList();
    }
  }

  static TabularFile csv(String text, Charset charset) {
    return TabularFile.open(text.getBytes(charset), "test.csv");
  }

  static TabularFile csv(String text) {
    return csv(text, StandardCharsets.UTF_8);
  }

  @Nested
  class Samples {

    @Test
    void cpamListingIsWindows1252WithSemicolons() {
      try (TabularFile file = TabularFile.open(resource("cpam-listing.csv"), "cpam-listing.csv")) {
        assertThat(file.format()).isEqualTo(TabularFile.Format.CSV);
        assertThat(file.charset()).contains(WINDOWS_1252);
        assertThat(file.delimiter()).contains(';');
        assertThat(file.headerLine()).isEqualTo(1);
        assertThat(file.header())
            .hasSize(19)
            .startsWith("Matricule", "Clé", "Nom patronymique", "Nom d'usage", "Prénom")
            .contains("Téléphone fixe", "Téléphone portable")
            .endsWith("Date de fin MT");

        List<TabularRow> rows = rows(file);
        assertThat(rows).hasSize(20);
        assertThat(rows).extracting(TabularRow::line).startsWith(2L, 3L, 4L).endsWith(21L);
        assertThat(rows.get(0).cells()).hasSize(19);
        assertThat(rows.get(0).cell(0)).isEqualTo("1540843026279");
        assertThat(rows.get(0).cell(4)).isEqualTo("Théo");
        TabularRow rousseau = rows.get(2);
        assertThat(rousseau.line()).isEqualTo(4);
        assertThat(rousseau.cell(2)).isEqualTo("ROUSSEAU");
        assertThat(rousseau.cell(9)).isEqualTo("ALLÈGRE");
        // CRLF line ends leave no stray carriage return in the last cell.
        assertThat(rousseau.cell(18)).isEqualTo("24/07/2024");
      }
    }

    @Test
    void msaListingIsUtf8WithBom() {
      try (TabularFile file = TabularFile.open(resource("msa-listing.csv"), "msa.csv")) {
        assertThat(file.charset()).contains(StandardCharsets.UTF_8);
        assertThat(file.delimiter()).contains(';');
        // The BOM is not part of the first header.
        assertThat(file.header().get(0)).isEqualTo("N° sécurité sociale");
        assertThat(file.header()).hasSize(11).contains("Né(e) le", "Tél", "Exonération ALD");

        List<TabularRow> rows = rows(file);
        assertThat(rows).hasSize(15);
        assertThat(rows).extracting(TabularRow::line).startsWith(2L).endsWith(16L);
        assertThat(rows.get(0).cell(2)).isEqualTo("Stéphane");
        assertThat(rows.get(1).cell(6)).isEqualTo("Allègre");
      }
    }

    @Test
    void mspExportIsUtf8WithCommas() {
      try (TabularFile file = TabularFile.open(resource("msp-export.csv"), "msp-export.csv")) {
        assertThat(file.charset()).contains(StandardCharsets.UTF_8);
        assertThat(file.delimiter()).contains(',');
        assertThat(file.header())
            .containsExactly(
                "nom",
                "prenom",
                "date_naissance",
                "telephone",
                "commune",
                "situation",
                "pris_en_charge_par_rpps",
                "date_prise_en_charge");

        List<TabularRow> rows = rows(file);
        assertThat(rows).hasSize(15);
        assertThat(rows).extracting(TabularRow::line).startsWith(2L).endsWith(16L);
        assertThat(rows.get(2).line()).isEqualTo(4);
        assertThat(rows.get(2).cells())
            .containsExactly(
                "Brunet", "Théo", "15/09/2001", "06 39 98 65 97", "Allègre", "sans MT", "", "");
      }
    }

    @Test
    void theFileNameDoesNotDecideTheFormat() {
      try (TabularFile file = TabularFile.open(resource("msp-export.csv"), "export.xlsx")) {
        assertThat(file.format()).isEqualTo(TabularFile.Format.CSV);
        assertThat(rows(file)).hasSize(15);
      }
    }
  }

  @Nested
  class Variants {

    /** The CPAM sample's rows as text, to write them again in other shapes. */
    List<List<String>> cpamRecords() {
      try (TabularFile file = TabularFile.open(resource("cpam-listing.csv"), "cpam.csv")) {
        List<List<String>> records = new ArrayList<>();
        records.add(file.header());
        rows(file).forEach(row -> records.add(row.cells()));
        return records;
      }
    }

    String print(List<List<String>> records, CSVFormat format) throws IOException {
      Writer out = new StringWriter();
      try (CSVPrinter printer = new CSVPrinter(out, format)) {
        printer.printRecords(records);
      }
      return out.toString();
    }

    @Test
    void cpamAsUtf8WithoutBomCommasAndQuotedDelimiters() throws IOException {
      List<List<String>> records = cpamRecords();
      List<String> first = new ArrayList<>(records.get(1));
      first.set(7, "4, route de Craponne");
      first.set(3, "DE LA \"TOUR\"");
      records.set(1, first);
      String text =
          print(records, CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.MINIMAL).get());
      assertThat(text).contains("\"4, route de Craponne\"").doesNotStartWith("\uFEFF");

      try (TabularFile file = csv(text)) {
        assertThat(file.charset()).contains(StandardCharsets.UTF_8);
        assertThat(file.delimiter()).contains(',');
        assertThat(file.header()).isEqualTo(records.get(0));
        List<TabularRow> rows = rows(file);
        assertThat(rows).hasSize(20);
        assertThat(rows.get(0).cells()).hasSize(19);
        assertThat(rows.get(0).cell(7)).isEqualTo("4, route de Craponne");
        assertThat(rows.get(0).cell(3)).isEqualTo("DE LA \"TOUR\"");
        assertThat(rows.get(0).cell(4)).isEqualTo("Théo");
        assertThat(rows.get(2).cell(9)).isEqualTo("ALLÈGRE");
      }
    }

    @Test
    void tabDelimitedWithSemicolonsAndCommasInCells() throws IOException {
      List<List<String>> records = cpamRecords();
      List<String> first = new ArrayList<>(records.get(1));
      first.set(7, "Résidence Les Pins; bât. A, 4 route de Craponne");
      records.set(1, first);
      String text = print(records, CSVFormat.TDF.builder().setRecordSeparator("\n").get());

      try (TabularFile file = csv(text, WINDOWS_1252)) {
        assertThat(file.charset()).contains(WINDOWS_1252);
        assertThat(file.delimiter()).contains('\t');
        List<TabularRow> rows = rows(file);
        assertThat(rows).hasSize(20);
        assertThat(rows.get(0).cell(7))
            .isEqualTo("Résidence Les Pins; bât. A, 4 route de Craponne");
        assertThat(rows.get(2).cell(9)).isEqualTo("ALLÈGRE");
      }
    }

    @Test
    void semicolonWinsOverCommasPresentInEveryRow() {
      String text =
          "Nom, prénom;Adresse;Ville\n"
              + "DUPONT, Jean;1, rue Haute;Vorey\n"
              + "MARTIN, Anne;2, rue Basse;Allègre\n";
      try (TabularFile file = csv(text)) {
        assertThat(file.delimiter()).contains(';');
        assertThat(file.header()).containsExactly("Nom, prénom", "Adresse", "Ville");
      }
    }

    @Test
    void multiLineQuotedCellsKeepLaterLineNumbersRight() {
      String text =
          "nom;adresse;ville\r\n"
              + "A;\"1 rue Haute\r\nBât. B\";Vorey\r\n"
              + "B;2 rue Basse;Allègre\r\n"
              + "\r\n"
              + "C;\"a\nb\nc\";Retournac\r\n"
              + "D;4 place;Craponne";
      try (TabularFile file = csv(text)) {
        List<TabularRow> rows = rows(file);
        assertThat(rows).extracting(TabularRow::line).containsExactly(2L, 4L, 6L, 9L);
        assertThat(rows.get(0).cell(1)).isEqualTo("1 rue Haute\r\nBât. B");
        assertThat(rows.get(2).cell(1)).isEqualTo("a\nb\nc");
        assertThat(rows.get(3).cells()).containsExactly("D", "4 place", "Craponne");
      }
    }

    @Test
    void blankRowsAreSkippedAndLinesStayPhysical() {
      String text =
          "\r\n \r\nnom;prenom\r\n;;\r\nDUPONT;Jean\r\n   ;  \r\n\r\nMARTIN;Anne\r\n;\r\n";
      try (TabularFile file = csv(text)) {
        assertThat(file.headerLine()).isEqualTo(3);
        assertThat(file.header()).containsExactly("nom", "prenom");
        assertThat(rows(file))
            .extracting(TabularRow::line, row -> row.cell(0))
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(5L, "DUPONT"),
                org.assertj.core.groups.Tuple.tuple(8L, "MARTIN"));
      }
    }

    @Test
    void anAccentFarBeyondTheSampleStillMakesTheFileWindows1252() {
      StringBuilder text = new StringBuilder("nom;prenom\r\n");
      for (int i = 0; text.length() < 200_000; i++) {
        text.append("NOM").append(i).append(";Jean\r\n");
      }
      text.append("ALLÈGRE;Léa\r\n");
      try (TabularFile file = csv(text.toString(), WINDOWS_1252)) {
        assertThat(file.charset()).contains(WINDOWS_1252);
        assertThat(rows(file).get(rows(file).size() - 1).cells()).containsExactly("ALLÈGRE", "Léa");
      }
    }

    @Test
    void excelUnicodeTextIsUtf16WithTabs() {
      String text = "\uFEFFNom\tPrénom\r\nALLÈGRE\tThéo\r\n";
      try (TabularFile file = csv(text, StandardCharsets.UTF_16LE)) {
        assertThat(file.charset()).contains(StandardCharsets.UTF_16LE);
        assertThat(file.delimiter()).contains('\t');
        assertThat(file.header()).containsExactly("Nom", "Prénom");
        assertThat(rows(file).get(0).cells()).containsExactly("ALLÈGRE", "Théo");
      }
    }

    @Test
    void utf16WithoutItsByteOrderMarkIsReadInEitherOrder() {
      String text = "Nom;Prénom;Date de naissance\r\nALLÈGRE;Théo;01/02/1950\r\n";
      for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
        try (TabularFile file = csv(text, charset)) {
          assertThat(file.charset()).contains(charset);
          assertThat(file.header()).containsExactly("Nom", "Prénom", "Date de naissance");
          assertThat(rows(file).get(0).cells()).containsExactly("ALLÈGRE", "Théo", "01/02/1950");
        }
      }
    }

    @Test
    void aStrayNulByteDoesNotMakeAListingBinary() {
      String text = "Nom;Prénom\nNUL\u0000A;Ann\nOKROW;Ann\n";
      try (TabularFile file = csv(text, StandardCharsets.UTF_8)) {
        assertThat(file.charset()).contains(StandardCharsets.UTF_8);
        assertThat(rows(file)).hasSize(2);
        assertThat(rows(file).get(1).cells()).containsExactly("OKROW", "Ann");
      }
    }

    @Test
    void excelSeparatorHintLineIsObeyedAndSkipped() {
      String text = "sep=,\nnom;prénom,ville\nDUPONT;Jean,Vorey\n";
      try (TabularFile file = csv(text)) {
        assertThat(file.delimiter()).contains(',');
        assertThat(file.headerLine()).isEqualTo(2);
        assertThat(file.header()).containsExactly("nom;prénom", "ville");
        assertThat(rows(file)).singleElement().extracting(TabularRow::line).isEqualTo(3L);
      }
    }

    @Test
    void eachCallToRowsStartsOver() {
      try (TabularFile file = TabularFile.open(resource("msa-listing.csv"), "msa.csv")) {
        assertThat(rows(file)).hasSize(15);
        assertThat(rows(file)).hasSize(15);
      }
    }
  }

  @Nested
  class Streaming {

    @Test
    void aMillionRowsAreStreamedFromDisk(@TempDir Path dir) throws IOException {
      Path path = dir.resolve("upload.tmp");
      try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
        out.write("NIR;Nom;Prénom\n");
        for (int i = 0; i < 1_000_000; i++) {
          out.write(Integer.toString(i));
          out.write(";DUPONT;Théo\n");
        }
      }
      try (TabularFile file = TabularFile.open(path, "gros-listing.csv");
          Stream<TabularRow> rows = file.rows()) {
        assertThat(file.charset()).contains(StandardCharsets.UTF_8);
        AtomicLong count = new AtomicLong();
        AtomicLong lastLine = new AtomicLong();
        rows.forEach(
            row -> {
              count.incrementAndGet();
              lastLine.set(row.line());
            });
        assertThat(count).hasValue(1_000_000);
        assertThat(lastLine).hasValue(1_000_001);
      }
    }

    @Test
    void rowsBeforeAMalformedOneAreDeliveredFirst() {
      String text = "nom;prenom\nA;a\nB;b\nC;\"c\nD;d\nE;e\n";
      try (TabularFile file = csv(text);
          Stream<TabularRow> rows = file.rows()) {
        // Had the whole file been parsed up front, the quote on line 4 would already have failed.
        assertThat(rows.limit(2)).extracting(row -> row.cell(0)).containsExactly("A", "B");
      }
    }
  }

  @Nested
  class Unreadable {

    @Test
    void unbalancedQuoteNamesTheLineWhereItOpens() {
      String text = "nom;prenom;adresse\r\nA;a;1 rue\r\nB;b;\"2 rue\r\nC;c;3 rue\r\n";
      try (TabularFile file = csv(text)) {
        assertThatThrownBy(() -> rows(file))
            .isInstanceOf(UnreadableFileException.class)
            .hasMessageContaining("ligne 3")
            .hasMessageContaining("guillemet")
            .hasMessageContaining("jamais refermé")
            .satisfies(e -> assertThat(((UnreadableFileException) e).line()).isEqualTo(3));
      }
    }

    @Test
    void textAfterAClosingQuoteNamesTheLine() {
      String text = "nom;prenom\nA;a\n\"B\" bis;b\n";
      try (TabularFile file = csv(text)) {
        assertThatThrownBy(() -> rows(file))
            .isInstanceOf(UnreadableFileException.class)
            .hasMessageContaining("mal formé à la ligne 3")
            .satisfies(e -> assertThat(((UnreadableFileException) e).line()).isEqualTo(3));
      }
    }

    @Test
    void anEmptyFileIsRefused() {
      assertThatThrownBy(() -> TabularFile.open(new byte[0], "vide.csv"))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessage("Le fichier « vide.csv » est vide.");
    }

    @Test
    void aFileOfBlankLinesOrABomAloneIsEmpty() {
      assertThatThrownBy(() -> csv("\r\n  \r\n;;;\r\n"))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessageContaining("est vide");
      assertThatThrownBy(() -> csv("\uFEFF"))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessageContaining("est vide");
    }

    @Test
    void aHeaderOnlyFileOpensWithNoRows() {
      try (TabularFile file = csv("Nom;Prénom;Date de naissance\r\n")) {
        assertThat(file.header()).containsExactly("Nom", "Prénom", "Date de naissance");
        assertThat(rows(file)).isEmpty();
      }
    }

    @Test
    void aFileWithoutItsHeaderRowIsRefused() {
      assertThatThrownBy(() -> csv("1540843026279;62;29/08/1954\n2480943003661;48;21/09/1948\n"))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessageContaining("n'a pas de ligne d'en-tête")
          .hasMessageContaining("ligne 1");
    }

    @Test
    void anOldExcelFileIsRefusedWithAHint() {
      byte[] ole2 = {
        (byte) 0xD0,
        (byte) 0xCF,
        0x11,
        (byte) 0xE0,
        (byte) 0xA1,
        (byte) 0xB1,
        0x1A,
        (byte) 0xE1,
        0,
        0
      };
      assertThatThrownBy(() -> TabularFile.open(ole2, "listing.xls"))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessageContaining(".xls")
          .hasMessageContaining("enregistrez-le au format .xlsx");
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        zip.putNextEntry(new ZipEntry("listing.csv"));
        zip.write("nom;prenom\n".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      assertThatThrownBy(() -> TabularFile.open(bytes.toByteArray(), "listing.zip"))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessageContaining("archive ZIP mais pas un classeur Excel");
    }

    @Test
    void aBinaryFileIsRefused() {
      byte[] pdfLike = "%PDF-1.7\n\u0000\u0001\u0002binaire".getBytes(StandardCharsets.ISO_8859_1);
      assertThatThrownBy(() -> TabularFile.open(pdfLike, "scan.pdf"))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessageContaining("ni un fichier CSV");
    }
  }
}
