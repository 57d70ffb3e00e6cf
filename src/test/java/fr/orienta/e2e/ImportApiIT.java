package fr.orienta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Imports through the API into the southern demo CPTS (the northern one keeps its exact demo
 * figures for the other tests): preview, dry-run counts, column mapping, commit, progress, error
 * report, idempotence, and an import stopped mid-way then resumed with exact counts.
 */
class ImportApiIT {

  private static final String USER = "coordination-sud";
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static JsonObject json(HttpResponse<String> response) {
    return ImportRuns.json(response);
  }

  private static byte[] sample(String name) throws IOException {
    try (var in = ImportApiIT.class.getResourceAsStream("/formats/" + name)) {
      return in.readAllBytes();
    }
  }

  private static JsonObject waitUntilDone(long id) throws InterruptedException {
    return ImportRuns.waitUntilDone(USER, id);
  }

  private static long uploadAndCommit(String adapter, String name, byte[] content) {
    return ImportRuns.uploadAndCommit(USER, adapter, name, content, false);
  }

  @Test
  void theCpamSampleIsPreviewedThenImportedAndASecondImportChangesNothing() throws Exception {
    HttpResponse<String> upload =
        Multipart.upload(USER, "cpam-listing", "cpam-listing.csv", sample("cpam-listing.csv"));

    assertThat(upload.statusCode()).isEqualTo(201);
    JsonObject preview = json(upload);
    assertThat(preview.getString("format")).isEqualTo("CSV");
    assertThat(preview.getString("charset")).isEqualTo("windows-1252");
    assertThat(preview.getString("delimiter")).isEqualTo(";");
    assertThat(preview.getJsonNumber("totalRows").longValue()).isEqualTo(20);
    assertThat(preview.getJsonArray("mappingProblems")).isEmpty();
    JsonObject first = preview.getJsonArray("rows").getJsonObject(0);
    assertThat(first.getString("name")).isEqualTo("REYNAUD Théo");
    assertThat(first.getBoolean("accepted")).isTrue();

    long id = json(upload).getJsonNumber("jobId").longValue();
    Multipart.post(USER, "/api/v1/imports/" + id + "/commit");
    JsonObject done = waitUntilDone(id);
    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getInt("percent")).isEqualTo(100);
    assertThat(done.getJsonNumber("processed").longValue()).isEqualTo(20);
    assertThat(done.getJsonNumber("rejected").longValue()).isZero();
    // A finished import is not launched twice; an import that is not there is not found.
    HttpResponse<String> twice = Multipart.post(USER, "/api/v1/imports/" + id + "/commit");
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(twice.body()).contains("Cet import est déjà terminé.");
    HttpResponse<String> stop = Multipart.post(USER, "/api/v1/imports/" + id + "/stop");
    assertThat(stop.statusCode()).isEqualTo(409);
    assertThat(stop.body()).contains("Cet import n'est pas en cours");
    assertThat(Multipart.post(USER, "/api/v1/imports/" + Long.MAX_VALUE + "/commit").statusCode())
        .isEqualTo(404);

    JsonObject again =
        waitUntilDone(
            uploadAndCommit("cpam-listing", "cpam-listing.csv", sample("cpam-listing.csv")));
    assertThat(again.getJsonNumber("unchanged").longValue()).isEqualTo(20);
    assertThat(again.getJsonNumber("created").longValue()).isZero();
    assertThat(again.getJsonNumber("updated").longValue()).isZero();
  }

  @Test
  void anXlsxListingIsReadOnTheServerAsItsCsvIs() throws Exception {
    // The CPAM sample as a coordinator saves it from Excel: dates as dates, the rest as text.
    List<String> lines =
        new String(sample("cpam-listing.csv"), Charset.forName("windows-1252")).lines().toList();
    byte[] workbook;
    try (XSSFWorkbook xlsx = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle date = xlsx.createCellStyle();
      date.setDataFormat(xlsx.createDataFormat().getFormat("dd/mm/yyyy"));
      Sheet sheet = xlsx.createSheet("Listing");
      for (int r = 0; r < lines.size(); r++) {
        String[] cells = lines.get(r).split(";", -1);
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells.length; c++) {
          if (r > 0 && c == 5) {
            row.createCell(c).setCellValue(LocalDate.parse(cells[c], FRENCH_DATE));
            row.getCell(c).setCellStyle(date);
          } else if (!cells[c].isEmpty()) {
            row.createCell(c).setCellValue(cells[c]);
          }
        }
      }
      xlsx.write(out);
      workbook = out.toByteArray();
    }

    HttpResponse<String> upload =
        Multipart.upload(USER, "cpam-listing", "cpam-listing.xlsx", workbook);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    JsonObject preview = json(upload);
    assertThat(preview.getString("format")).isEqualTo("XLSX");
    assertThat(preview.getJsonNumber("totalRows").longValue()).isEqualTo(lines.size() - 1);
    assertThat(preview.getJsonArray("rows").getJsonObject(0).getString("name"))
        .isEqualTo("REYNAUD Théo");

    long id = preview.getJsonNumber("jobId").longValue();
    Multipart.post(USER, "/api/v1/imports/" + id + "/commit");
    JsonObject done = waitUntilDone(id);
    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonNumber("processed").longValue()).isEqualTo(lines.size() - 1);
    assertThat(done.getJsonNumber("rejected").longValue()).isZero();
  }

  @Test
  void badRowsAreRejectedWithAFrenchErrorReportAndGoodRowsKept() throws Exception {
    String file =
        new String(sample("cpam-listing.csv"), CP1252)
            // Row 3 (CARON): wrong NIR key; row 5 (DUPUIS): impossible birth date.
            .replace("1420943267339;69;", "1420943267339;68;")
            .replace("12/05/1980", "31/02/1980");
    long id = uploadAndCommit("cpam-listing", "cpam-errors.csv", file.getBytes(CP1252));

    JsonObject done = waitUntilDone(id);
    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonNumber("rejected").longValue()).isEqualTo(2);
    assertThat(done.getJsonNumber("processed").longValue()).isEqualTo(20);

    HttpResponse<String> report = Server.get("/api/v1/imports/" + id + "/errors", USER);
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).contains("erreurs-import-" + id + ".csv"));
    String body = report.body().replace("\uFEFF", "");
    assertThat(body).startsWith("Ligne;Colonne;N° colonne;Valeur;Message");
    assertThat(body).contains("3;").contains("Clé NIR").contains("5;");
    assertThat(body).doesNotContain("142094326733968").doesNotContain("1420943267339");
  }

  @Test
  void aCellTooLongForTheRegistryOrAnUnknownCommuneCodeRejectsItsRowNotTheImport()
      throws Exception {
    String file =
        new String(sample("cpam-listing.csv"), CP1252)
            // Row 2 (REYNAUD): an address of 359 characters, where the registry keeps 300 (the
            // database refused the whole chunk, and the import failed at every resumption).
            .replace("4 route de Craponne", "4 route de Craponne ".repeat(18).trim())
            // Row 3 (CARON): a commune code that does not exist, and a name found nowhere.
            .replace(
                "11 place de l'Église;43800;VOREY;43267;",
                "11 place de l'Église;43800;VOREY-LES-BAINS;43999;");
    long id = uploadAndCommit("cpam-listing", "cpam-too-long.csv", file.getBytes(CP1252));

    JsonObject done = waitUntilDone(id);
    assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.getJsonNumber("processed").longValue()).isEqualTo(20);
    assertThat(done.getJsonNumber("rejected").longValue()).isEqualTo(2);
    String report = Server.get("/api/v1/imports/" + id + "/errors", USER).body();
    assertThat(report)
        .contains("2;Adresse;8;")
        .contains("Valeur trop longue : 359 caractères, 300 au plus")
        .contains("3;Code INSEE;11;43999;Code INSEE inconnu du référentiel des communes");
  }

  @Test
  void anUnknownFormatOrAnUnreadableFileIsRefusedInFrench() {
    HttpResponse<String> unknown =
        Multipart.upload(USER, "inconnu", "x.csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> binary =
        Multipart.upload(USER, "cpam-listing", "x.csv", new byte[] {0, 1, 2, 3, (byte) 0xff, 0});

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("Format d'import inconnu");
    assertThat(binary.statusCode()).isEqualTo(400);
  }

  @Test
  void aMappingBodyOrACompleteListingFlagTheApiCannotReadIsRefusedAndStartsNothing() {
    byte[] file = smallListing("Nom", "ILLISIBLE" + letters(new Random()), 40);
    long id =
        json(Multipart.upload(USER, "cpam-listing", "illisible.csv", file))
            .getJsonNumber("jobId")
            .longValue();
    String path = "/api/v1/imports/" + id;

    HttpResponse<String> empty = Multipart.putJson(USER, path + "/mapping", "");
    assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
    assertThat(json(empty).getString("message")).startsWith("Corps de la requête vide");
    HttpResponse<String> broken = Multipart.putJson(USER, path + "/mapping", "{");
    assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
    assertThat(json(broken).getString("message")).startsWith("JSON mal formé");
    HttpResponse<String> maybe = Multipart.post(USER, path + "/commit?fullListing=maybe");
    assertThat(maybe.statusCode()).as(maybe.body()).isEqualTo(400);
    assertThat(json(maybe).getString("message")).isEqualTo("fullListing : true ou false attendu");
    assertThat(json(Server.get(path, USER)).getString("status")).isEqualTo("PREVIEWED");
  }

  @Test
  void aViewerCannotImport() {
    assertThat(Multipart.upload("copil", "cpam-listing", "x.csv", new byte[] {1}).statusCode())
        .isEqualTo(403);
  }

  @Test
  void anImportStoppedMidwayResumesWithExactCounts() throws Exception {
    int rows = 12_000;
    String marker = "REPRISE" + letters(new Random());
    long before = withoutMt();
    long id = startedBigImport(rows, marker);
    Multipart.post(USER, "/api/v1/imports/" + id + "/stop");

    JsonObject stopped = waitUntilDone(id);
    assertThat(stopped.getString("status")).isEqualTo("FAILED");
    assertThat(stopped.getString("message")).startsWith("Import interrompu ; il peut être repris");
    assertThat(stopped.getJsonNumber("processed").longValue()).isLessThan(rows);

    // Answers saved meanwhile for another upload (this one's name column ignored) do not change
    // how a started import reads its file: it resumes with the answers it was launched with.
    String mappings = "/api/v1/imports/mappings/cpam-listing";
    JsonObject done;
    try {
      assertThat(Multipart.putJson(USER, mappings, "{\"Nom patronymique\":\"\"}").statusCode())
          .isEqualTo(200);
      assertThat(Multipart.post(USER, "/api/v1/imports/" + id + "/commit").statusCode())
          .isEqualTo(202);
      done = waitUntilDone(id);
    } finally {
      Multipart.putJson(USER, mappings, "{\"Nom patronymique\":\"lastName\"}");
    }
    assertEveryRowCreatedOnce(done, rows, before);
    JsonObject people = json(Server.get("/api/v1/patients?size=1&name=" + marker, USER));
    assertThat(people.getBoolean("more")).isTrue();
  }

  @Test
  void anImportCutByARestartOfTheApplicationResumesWithExactCounts() throws Exception {
    // Large enough to be cut: the restart takes a few seconds to begin.
    int rows = 48_000;
    long before = withoutMt();
    long id = startedBigImport(rows, "COUPURE" + letters(new Random()));

    // No stop asked: the application goes away under the import, as in a redeploy or a crash of
    // the application, wherever the current chunk stands.
    Server.restartApplication();
    assertThat(processed(id)).as("cut before its end").isLessThan(rows);
    assertThat(Multipart.post(USER, "/api/v1/imports/" + id + "/commit").statusCode())
        .isEqualTo(202);

    assertEveryRowCreatedOnce(waitUntilDone(id), rows, before);
  }

  /**
   * Commits a {@link #bigListing} and returns once a first chunk is in, not after a fixed pause:
   * how far an import gets in a given time depends on the machine.
   */
  private static long startedBigImport(int rows, String lastName) throws InterruptedException {
    long id = uploadAndCommit("cpam-listing", lastName + ".csv", bigListing(rows, lastName));
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    while (processed(id) == 0) {
      assertThat(Instant.now()).as("no chunk written within a minute").isBefore(deadline);
      Thread.sleep(50);
    }
    return id;
  }

  private static long processed(long id) {
    return json(Server.get("/api/v1/imports/" + id, USER)).getJsonNumber("processed").longValue();
  }

  /**
   * The import completed with each row created once: the CPTS's count grew by exactly the listing
   * (the list itself counts up to 1,000 only).
   */
  private static void assertEveryRowCreatedOnce(JsonObject done, int rows, long before) {
    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonNumber("processed").longValue()).isEqualTo(rows);
    assertThat(done.getJsonNumber("created").longValue()).isEqualTo(rows);
    assertThat(withoutMt() - before).isEqualTo(rows);
  }

  @Test
  void twoCommitsAtOnceStartOneImportAndRefuseTheOther() throws Exception {
    // Two coordinators (or a double click) launching the same previewed import in the same
    // instant: one import runs, the other caller is told so, never an error page.
    for (int attempt = 0; attempt < 4; attempt++) {
      HttpResponse<String> upload =
          Multipart.upload(USER, "cpam-listing", "cpam-listing.csv", sample("cpam-listing.csv"));
      assertThat(upload.statusCode()).isEqualTo(201);
      long id = json(upload).getJsonNumber("jobId").longValue();
      String path = "/api/v1/imports/" + id + "/commit";
      CyclicBarrier together = new CyclicBarrier(2);
      Callable<HttpResponse<String>> commit =
          () -> {
            together.await();
            return Multipart.post(USER, path);
          };
      ExecutorService callers = Executors.newFixedThreadPool(2);
      try {
        List<Future<HttpResponse<String>>> answers = callers.invokeAll(List.of(commit, commit));
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
          statuses.add(answer.get().statusCode());
          if (answer.get().statusCode() == 409) {
            assertThat(answer.get().body()).doesNotContain("incident");
          }
        }
        assertThat(statuses)
            .as(answers.get(0).get().body() + answers.get(1).get().body())
            .containsExactlyInAnyOrder(202, 409);
      } finally {
        callers.shutdown();
      }
      JsonObject done = waitUntilDone(id);
      assertThat(done.getString("status")).isEqualTo("COMPLETED");
      assertThat(done.getJsonNumber("processed").longValue()).isEqualTo(20);
    }
  }

  private static long withoutMt() {
    return json(Server.get("/api/v1/indicators", USER))
        .getJsonObject("registry")
        .getJsonNumber("withoutMt")
        .longValue();
  }

  private static JsonObject counts(JsonObject preview) {
    assertThat(preview.containsKey("counts")).as(preview.toString()).isTrue();
    return preview.getJsonObject("counts");
  }

  private static void assertCounts(
      JsonObject counts,
      long created,
      long updated,
      long unchanged,
      long duplicates,
      long rejected) {
    assertThat(counts.getJsonNumber("created").longValue()).as("created").isEqualTo(created);
    assertThat(counts.getJsonNumber("updated").longValue()).as("updated").isEqualTo(updated);
    assertThat(counts.getJsonNumber("unchanged").longValue()).as("unchanged").isEqualTo(unchanged);
    assertThat(counts.getJsonNumber("duplicates").longValue())
        .as("duplicates")
        .isEqualTo(duplicates);
    assertThat(counts.getJsonNumber("rejected").longValue()).as("rejected").isEqualTo(rejected);
  }

  @Test
  void theDryRunCountsWhatTheImportThenDoesAndWritesNothing() throws Exception {
    String marker = "ESSAI" + letters(new Random());
    int year = 30 + new Random().nextInt(60);
    byte[] file = smallListing("Nom patronymique", marker, year);

    HttpResponse<String> first = Multipart.upload(USER, "cpam-listing", "essai.csv", file);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    // Three people, the first listed again with an e-mail (updated), one impossible date.
    assertCounts(counts(json(first)), 3, 1, 0, 0, 1);
    assertThat(counts(json(first)).getJsonNumber("warnings").longValue()).isZero();
    assertThat(json(Server.get("/api/v1/patients?size=1&name=" + marker, USER)).getInt("total"))
        .as("a preview writes nothing")
        .isZero();

    long id = json(first).getJsonNumber("jobId").longValue();
    Multipart.post(USER, "/api/v1/imports/" + id + "/commit");
    assertCounts(waitUntilDone(id), 3, 1, 0, 0, 1);

    HttpResponse<String> again = Multipart.upload(USER, "cpam-listing", "essai.csv", file);
    assertCounts(counts(json(again)), 0, 0, 4, 0, 1);
    String changed =
        new String(file, CP1252).replace("prenom2@example.org", "prenom2.nouveau@example.org");
    HttpResponse<String> newEmail =
        Multipart.upload(USER, "cpam-listing", "essai-courriel.csv", changed.getBytes(CP1252));
    assertCounts(counts(json(newEmail)), 0, 1, 3, 0, 1);

    // The same traits without NIR from another source: a possible duplicate, not the same person.
    String msp =
        "nom,prenom,date_naissance,commune\r\n"
            + marker
            + ",Prénom1,01/02/19"
            + year
            + ",Le Puy-en-Velay\r\n";
    HttpResponse<String> fromMsp =
        Multipart.upload(USER, "msp-export", "msp.csv", msp.getBytes(StandardCharsets.UTF_8));
    assertCounts(counts(json(fromMsp)), 0, 0, 0, 1, 0);
    assertThat(json(Server.get("/api/v1/patients?size=1&name=" + marker, USER)).getInt("total"))
        .isEqualTo(3);
  }

  @Test
  void anUnknownColumnIsMappedOnceThenRecognisedInLaterUploads() throws Exception {
    String marker = "CORRESP" + letters(new Random());
    // A header no adapter knows, fresh for each run (saved mappings are kept).
    String header = "Patronyme " + letters(new Random());
    int year = 30 + new Random().nextInt(30);
    byte[] file = smallListing(header, marker, year);

    JsonObject preview = json(Multipart.upload(USER, "cpam-listing", "corresp.csv", file));
    long id = preview.getJsonNumber("jobId").longValue();
    assertThat(preview.getJsonArray("unmappedHeaders").getValuesAs(JsonString::getString))
        .contains(header);
    assertThat(preview.getJsonArray("mappingProblems").toString())
        .contains("Colonne obligatoire absente : Nom de naissance");
    assertThat(preview.containsKey("counts")).as("no dry run while unmappable").isFalse();
    // Launched as it is, the import would fail at its first row, and again at every resumption.
    HttpResponse<String> early = Multipart.post(USER, "/api/v1/imports/" + id + "/commit");
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.body())
        .contains("Cet import ne peut pas être lancé")
        .contains("Colonne obligatoire absente : Nom de naissance");

    HttpResponse<String> refused =
        Multipart.putJson(
            USER, "/api/v1/imports/" + id + "/mapping", "{\"" + header + "\":\"surname\"}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Champ inconnu pour le format").contains("lastName");
    HttpResponse<String> twice =
        Multipart.putJson(
            USER, "/api/v1/imports/" + id + "/mapping", "{\"" + header + "\":\"firstName\"}");
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).contains("est déjà lu dans la colonne « Prénom »");

    HttpResponse<String> mapped =
        Multipart.putJson(
            USER, "/api/v1/imports/" + id + "/mapping", "{\"" + header + "\":\"lastName\"}");
    assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(200);
    JsonObject remapped = json(mapped);
    assertThat(remapped.getJsonNumber("jobId").longValue()).isEqualTo(id);
    assertThat(remapped.getJsonArray("mappingProblems")).isEmpty();
    assertThat(remapped.getJsonObject("mapping").getString(header)).isEqualTo("Nom de naissance");
    assertCounts(counts(remapped), 3, 1, 0, 0, 1);
    assertThat(remapped.getJsonArray("rows").getJsonObject(0).getString("name"))
        .isEqualTo(marker + " Prénom1");
    assertThat(json(Server.get("/api/v1/imports/" + id + "/preview", USER)).toString())
        .isEqualTo(remapped.toString());

    JsonObject saved = json(Server.get("/api/v1/imports/mappings/cpam-listing", USER));
    assertThat(saved.getJsonObject("mapping").getString(header)).isEqualTo("lastName");
    assertThat(saved.getJsonArray("fields").toString()).contains("\"label\":\"Nom de naissance\"");

    JsonObject later =
        json(
            Multipart.upload(
                USER,
                "cpam-listing",
                "corresp-2.csv",
                smallListing(header, marker + "B", year + 30)));
    assertThat(later.getJsonArray("mappingProblems")).isEmpty();
    assertCounts(counts(later), 3, 1, 0, 0, 1);

    HttpResponse<String> ignored =
        Multipart.putJson(
            USER, "/api/v1/imports/mappings/cpam-listing", "{\"" + header + "\":\"\"}");
    assertThat(ignored.statusCode()).as(ignored.body()).isEqualTo(200);
    assertThat(json(ignored).getJsonObject("mapping").getString(header)).isEmpty();
    assertThat(Server.get("/api/v1/imports/mappings/inconnu", USER).statusCode()).isEqualTo(404);
  }

  /**
   * A small CPAM listing under a last name of its own: three people born in February 19{@code year}
   * with valid NIRs (commune digits drawn for each call), the first listed again with an e-mail,
   * and a fourth with an impossible birth date.
   */
  private static byte[] smallListing(String lastNameHeader, String lastName, int year) {
    StringBuilder csv =
        new StringBuilder(
            "Matricule;Clé;"
                + lastNameHeader
                + ";Prénom;Date de naissance;Sexe;Code INSEE;Courriel\r\n");
    // The suite's H2 database outlives a run: the NIRs must not meet those of earlier runs, so
    // the order number is drawn too (year and commune alone met one in CI).
    Random random = new Random();
    int commune = random.nextInt(1000);
    int order = random.nextInt(995);
    String[][] rows = {
      {"1", "01", ""},
      {"2", "02", "prenom2@example.org"},
      {"3", "03", ""},
      {"1", "01", "prenom1@example.org"},
      {"4", "31", ""},
    };
    for (String[] row : rows) {
      int n = Integer.parseInt(row[0]);
      String body = String.format("1%02d0243%03d%03d", year, commune, order + n);
      csv.append(body)
          .append(';')
          .append(ImportRuns.nirKey(body))
          .append(';')
          .append(lastName)
          .append(";Prénom")
          .append(n)
          .append(';')
          .append(row[1])
          .append("/02/19")
          .append(year)
          .append(";M;43157;")
          .append(row[2])
          .append("\r\n");
    }
    return csv.toString().getBytes(CP1252);
  }

  /**
   * A CPAM listing of synthetic people with one last name and valid NIRs, fresh for each run: sex,
   * first year and commune digits are drawn once; order number, month and then year count the rows
   * (a thousand a month).
   */
  private static byte[] bigListing(int rows, String lastName) {
    Random random = new Random();
    int sex = 1 + random.nextInt(2);
    int year = 30 + random.nextInt(60 - rows / 12_000);
    int commune = random.nextInt(1000);
    StringBuilder csv =
        new StringBuilder(
            "Matricule;Clé;Nom patronymique;Prénom;Date de naissance;Sexe;Code INSEE\r\n");
    for (int i = 0; i < rows; i++) {
      int month = 1 + i / 1000 % 12;
      int born = year + i / 12_000;
      String body = String.format("%d%02d%02d43%03d%03d", sex, born, month, commune, i % 1000);
      csv.append(body)
          .append(';')
          .append(ImportRuns.nirKey(body))
          .append(';')
          .append(lastName)
          .append(";Prénom")
          .append(i)
          .append(';')
          .append(String.format("%02d/%02d/19%02d", 1 + random.nextInt(28), month, born))
          .append(';')
          .append(sex == 1 ? "M" : "F")
          .append(";43157\r\n");
    }
    return csv.toString().getBytes(CP1252);
  }

  private static String letters(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      text.append((char) ('A' + random.nextInt(26)));
    }
    return text.toString();
  }
}
