package fr.orienta.imports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.spi.RowProblem;
import fr.orienta.spi.Values;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ErrorReportTest {

  static final List<String> HEADERS =
      List.of("Matricule", "Clé", "Nom patronymique", "Prénom", "Date de naissance", "Adresse");

  static final List<RowProblem> PROBLEMS =
      List.of(
          new RowProblem(2, 1, Values.maskNir("1540843026279"), "Clé NIR incorrecte : 62 attendue"),
          new RowProblem(4, 5, "31/02/1948", "Date inexistante"),
          new RowProblem(5, 6, "Bât. « A »; 2 rue \"Haute\"\r\nÉtage 3", "Adresse trop longue"),
          new RowProblem(9, 0, null, "Ligne rejetée : aucun nom"));

  static List<CSVRecord> readBack(byte[] report) throws IOException {
    assertThat(Arrays.copyOf(report, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(report, 3, report.length - 3, StandardCharsets.UTF_8);
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(text), CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
      return parser.getRecords();
    }
  }

  @Test
  void roundTripsThroughCommonsCsv() throws IOException {
    List<CSVRecord> records = readBack(ErrorReport.toBytes(HEADERS, PROBLEMS));

    assertThat(records).hasSize(5);
    assertThat(records.get(0).toList())
        .containsExactly("Ligne", "Colonne", "N° colonne", "Valeur", "Message");
    assertThat(records.get(1).toList())
        .containsExactly("2", "Matricule", "1", "15408•••", "Clé NIR incorrecte : 62 attendue");
    assertThat(records.get(2).toList())
        .containsExactly("4", "Date de naissance", "5", "31/02/1948", "Date inexistante");
    assertThat(records.get(3).toList())
        .containsExactly(
            "5", "Adresse", "6", "Bât. « A »; 2 rue \"Haute\"\r\nÉtage 3", "Adresse trop longue");
    assertThat(records.get(4).toList())
        .containsExactly("9", "", "", "", "Ligne rejetée : aucun nom");
  }

  @Test
  void isWrittenForAFrenchExcel() {
    String text = new String(ErrorReport.toBytes(HEADERS, PROBLEMS), StandardCharsets.UTF_8);

    assertThat(text)
        .startsWith("\uFEFFLigne;Colonne;N° colonne;Valeur;Message\r\n")
        .contains("\r\n4;Date de naissance;5;31/02/1948;Date inexistante\r\n")
        // Only a cell holding the delimiter, a quote or a line break is quoted.
        .contains(";\"Bât. « A »; 2 rue \"\"Haute\"\"\r\nÉtage 3\";");
  }

  @Test
  void neverShowsAFullNirThatAnAdapterMasked() {
    Values.Parsed<String> badNir = Values.nir("154084302627961");
    RowProblem problem = new RowProblem(2, 1, badNir.shownValue(), badNir.problem());

    String text =
        new String(ErrorReport.toBytes(HEADERS, List.of(problem)), StandardCharsets.UTF_8);

    assertThat(text).doesNotContain("154084302627961").doesNotContain("1540843026279");
    assertThat(text).contains("15408•••");
  }

  @Test
  void cellsThatExcelWouldRunAsFormulasAreDefused() throws IOException {
    List<String> headers = List.of("=cmd|' /C calc'!A0", "Tél");
    List<RowProblem> problems =
        List.of(
            new RowProblem(3, 1, "=HYPERLINK(\"http://example.org\")", "Nom illisible"),
            new RowProblem(4, 2, "+33 6 39 98 09 66", "Numéro invalide"),
            new RowProblem(5, 2, "06-39", "Numéro invalide"));

    List<CSVRecord> records = readBack(ErrorReport.toBytes(headers, problems));

    assertThat(records.get(1).get(1)).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(records.get(1).get(3)).isEqualTo("'=HYPERLINK(\"http://example.org\")");
    assertThat(records.get(2).get(3)).isEqualTo("'+33 6 39 98 09 66");
    assertThat(records.get(3).get(3)).as("not a formula").isEqualTo("06-39");
  }

  @Test
  void problemsCanBeWrittenAsTheyComeAndTheReportReadsAsAnUpload() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ErrorReport report = ErrorReport.open(out, HEADERS)) {
      PROBLEMS.forEach(report::add);
    }

    try (TabularFile file = TabularFile.open(out.toByteArray(), "erreurs.csv");
        Stream<TabularRow> rows = file.rows()) {
      assertThat(file.charset()).contains(StandardCharsets.UTF_8);
      assertThat(file.delimiter()).contains(';');
      assertThat(file.header()).isEqualTo(ErrorReport.COLUMNS);
      assertThat(rows.toList())
          .extracting(row -> row.cell(4))
          .containsExactly(
              "Clé NIR incorrecte : 62 attendue",
              "Date inexistante",
              "Adresse trop longue",
              "Ligne rejetée : aucun nom");
    }
  }

  @Test
  void anEmptyReportHasItsHeaderOnly() throws IOException {
    assertThat(readBack(ErrorReport.toBytes(HEADERS, List.of()))).hasSize(1);
  }
}
