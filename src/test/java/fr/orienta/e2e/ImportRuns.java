package fr.orienta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Imports through the API, for tests that need people in the registry of a CPTS. */
final class ImportRuns {

  private ImportRuns() {}

  static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  static JsonArray jsonArray(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  /** Uploads and commits a file, then waits for the import to end; returns its final state. */
  static JsonObject importFile(String user, String adapter, String name, byte[] content)
      throws InterruptedException {
    return importFile(user, adapter, name, content, false);
  }

  /** As above; {@code fullListing} declares the file the complete listing of its source. */
  static JsonObject importFile(
      String user, String adapter, String name, byte[] content, boolean fullListing)
      throws InterruptedException {
    return waitUntilDone(user, uploadAndCommit(user, adapter, name, content, fullListing));
  }

  /** Uploads and commits a file; returns the import's id without waiting. */
  static long uploadAndCommit(
      String user, String adapter, String name, byte[] content, boolean fullListing) {
    HttpResponse<String> upload = Multipart.upload(user, adapter, name, content);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    long id = json(upload).getJsonNumber("jobId").longValue();
    HttpResponse<String> commit =
        Multipart.post(user, "/api/v1/imports/" + id + "/commit?fullListing=" + fullListing);
    assertThat(commit.statusCode()).as(commit.body()).isEqualTo(202);
    return id;
  }

  /** Follows an import until it is no longer running; returns its final state. */
  static JsonObject waitUntilDone(String user, long id) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      JsonObject status = json(Server.get("/api/v1/imports/" + id, user));
      if (!status.getString("status").equals("RUNNING")) {
        return status;
      }
      Thread.sleep(300);
    }
    throw new AssertionError("import " + id + " still running after 3 minutes");
  }

  /** A last name no other test uses: six random capitals. */
  static String uniqueName() {
    Random random = new Random();
    StringBuilder name = new StringBuilder("Z");
    for (int i = 0; i < 7; i++) {
      name.append((char) ('A' + random.nextInt(26)));
    }
    return name.toString();
  }

  private static final String CPAM_HEADER =
      "Matricule;Clé;Nom patronymique;Prénom;Date de naissance;Sexe;Code INSEE\r\n";

  /**
   * A CPAM listing of women over 70 living in Le Puy-en-Velay (43157), one per name, with valid
   * NIRs whose digits are drawn so that runs do not collide.
   */
  static List<String> cpamRows(String... lastNames) {
    Random random = new Random();
    return Arrays.stream(lastNames)
        .map(name -> cpamRow(name, 30 + random.nextInt(26), 1 + random.nextInt(12), random))
        .toList();
  }

  static byte[] cpamListing(List<String> rows) {
    return (CPAM_HEADER + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
  }

  /** A woman named Jeanne born on the 10th of {@code month} 19{@code year}, with her NIR. */
  private static String cpamRow(String lastName, int year, int month, Random random) {
    // Birth place digits drawn too: a NIR shared with another test's person would merge them.
    String body =
        String.format(
            "2%02d%02d43%03d%03d", year, month, 1 + random.nextInt(999), 1 + random.nextInt(999));
    return String.format(
        "%s;%s;%s;Jeanne;10/%02d/19%02d;F;43157\r\n", body, nirKey(body), lastName, month, year);
  }

  /**
   * The two-digit key of a 13-digit NIR (97 minus the number modulo 97), computed here rather than
   * by the SPI's {@code Identifiers} that the tests check.
   */
  static String nirKey(String body) {
    return String.format("%02d", 97 - Long.parseLong(body) % 97);
  }

  /**
   * One woman over 70 listed by the CPAM (with a NIR), then by an MSP census (no NIR, a mobile
   * phone): the same traits from two sources, a possible duplicate.
   */
  static void importPossibleDuplicate(String user, String lastName) throws InterruptedException {
    Random random = new Random();
    int year = 30 + random.nextInt(26);
    int month = 1 + random.nextInt(12);
    String cpam = CPAM_HEADER + cpamRow(lastName, year, month, random);
    String msp =
        "nom,prenom,date_naissance,telephone,commune,situation,pris_en_charge_par_rpps,"
            + "date_prise_en_charge\n"
            + String.format(
                "%s,Jeanne,10/%02d/19%02d,06 39 98 11 22,Le Puy-en-Velay,sans MT,,\n",
                lastName, month, year);
    JsonObject first =
        importFile(user, "cpam-listing", "cpam.csv", cpam.getBytes(StandardCharsets.UTF_8));
    assertThat(first.getJsonNumber("created").longValue()).as(first.toString()).isEqualTo(1);
    JsonObject second =
        importFile(user, "msp-export", "msp.csv", msp.getBytes(StandardCharsets.UTF_8));
    assertThat(second.getJsonNumber("duplicates").longValue()).as(second.toString()).isEqualTo(1);
  }
}
