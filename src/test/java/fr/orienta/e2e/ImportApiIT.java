package fr.orienta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Imports through the API into the southern demo CPTS (the northern one keeps its exact demo
 * figures for the other tests): preview, commit, progress, error report, idempotence, and an import
 * stopped mid-way then resumed with exact counts.
 */
class ImportApiIT {

  private static final String USER = "coordination-sud";
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static byte[] sample(String name) throws IOException {
    try (var in = ImportApiIT.class.getResourceAsStream("/formats/" + name)) {
      return in.readAllBytes();
    }
  }

  private static JsonObject waitUntilDone(long id) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      JsonObject status = json(Server.get("/api/v1/imports/" + id, USER));
      if (!status.getString("status").equals("RUNNING")) {
        return status;
      }
      Thread.sleep(300);
    }
    throw new AssertionError("import " + id + " still running after 3 minutes");
  }

  private static long uploadAndCommit(String adapter, String name, byte[] content)
      throws InterruptedException {
    HttpResponse<String> upload = Multipart.upload(USER, adapter, name, content);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    long id = json(upload).getJsonNumber("jobId").longValue();
    assertThat(Multipart.post(USER, "/api/v1/imports/" + id + "/commit").statusCode())
        .isEqualTo(202);
    return id;
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

    JsonObject again =
        waitUntilDone(
            uploadAndCommit("cpam-listing", "cpam-listing.csv", sample("cpam-listing.csv")));
    assertThat(again.getJsonNumber("unchanged").longValue()).isEqualTo(20);
    assertThat(again.getJsonNumber("created").longValue()).isZero();
    assertThat(again.getJsonNumber("updated").longValue()).isZero();
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
  void aViewerCannotImport() {
    assertThat(Multipart.upload("copil", "cpam-listing", "x.csv", new byte[] {1}).statusCode())
        .isEqualTo(403);
  }

  @Test
  void anImportStoppedMidwayResumesWithExactCounts() throws Exception {
    int rows = 6000;
    String marker = "REPRISE" + letters(new Random());
    long id = uploadAndCommit("cpam-listing", "grand.csv", bigListing(rows, marker));
    Thread.sleep(1500);
    Multipart.post(USER, "/api/v1/imports/" + id + "/stop");

    JsonObject stopped = waitUntilDone(id);
    assertThat(stopped.getString("status")).isEqualTo("FAILED");
    assertThat(stopped.getJsonNumber("processed").longValue()).isLessThan(rows);

    assertThat(Multipart.post(USER, "/api/v1/imports/" + id + "/commit").statusCode())
        .isEqualTo(202);
    JsonObject done = waitUntilDone(id);
    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonNumber("processed").longValue()).isEqualTo(rows);
    assertThat(done.getJsonNumber("created").longValue()).isEqualTo(rows);
    JsonObject people = json(Server.get("/api/v1/patients?size=1&name=" + marker, USER));
    assertThat(people.getJsonNumber("total").longValue()).isEqualTo(rows);
  }

  /**
   * A CPAM listing of synthetic people with one last name and valid NIRs, fresh for each run: sex,
   * year and commune digits are drawn once, month and order number count the rows.
   */
  private static byte[] bigListing(int rows, String lastName) {
    Random random = new Random();
    int sex = 1 + random.nextInt(2);
    int year = 30 + random.nextInt(60);
    int commune = random.nextInt(1000);
    StringBuilder csv =
        new StringBuilder(
            "Matricule;Clé;Nom patronymique;Prénom;Date de naissance;Sexe;Code INSEE\r\n");
    for (int i = 0; i < rows; i++) {
      int month = 1 + i / 1000;
      String body = String.format("%d%02d%02d43%03d%03d", sex, year, month, commune, i % 1000);
      long key = 97 - Long.parseLong(body) % 97;
      csv.append(body)
          .append(';')
          .append(String.format("%02d", key))
          .append(';')
          .append(lastName)
          .append(";Prénom")
          .append(i)
          .append(';')
          .append(String.format("%02d/%02d/19%02d", 1 + random.nextInt(28), month, year))
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
