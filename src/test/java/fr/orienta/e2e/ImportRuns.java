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
    HttpResponse<String> upload = Multipart.upload(user, adapter, name, content);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    long id = json(upload).getJsonNumber("jobId").longValue();
    assertThat(Multipart.post(user, "/api/v1/imports/" + id + "/commit").statusCode())
        .isEqualTo(202);
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

  /**
   * One woman over 70 listed by the CPAM (with a valid NIR) living in Le Puy-en-Velay (43157), then
   * by an MSP census (no NIR, a mobile phone): the same traits from two sources, a possible
   * duplicate.
   */
  static void importPossibleDuplicate(String user, String lastName) throws InterruptedException {
    // Born 1930–1955 (over 70: the age rule applies); NIR digits drawn so runs do not collide.
    Random random = new Random();
    int year = 30 + random.nextInt(26);
    int month = 1 + random.nextInt(12);
    String body = String.format("2%02d%02d43157%03d", year, month, 1 + random.nextInt(999));
    long key = 97 - Long.parseLong(body) % 97;
    String birth = String.format("14/%02d/19%02d", month, year);
    String cpam =
        "Matricule;Clé;Nom patronymique;Prénom;Date de naissance;Sexe;Code INSEE\r\n"
            + body
            + ";"
            + String.format("%02d", key)
            + ";"
            + lastName
            + ";Lucie;"
            + birth
            + ";F;43157\r\n";
    String msp =
        "nom,prenom,date_naissance,telephone,commune,situation,pris_en_charge_par_rpps,"
            + "date_prise_en_charge\n"
            + lastName
            + ",Lucie,"
            + birth
            + ",06 39 98 11 22,Le Puy-en-Velay,sans MT,,\n";
    JsonObject first =
        importFile(user, "cpam-listing", "cpam.csv", cpam.getBytes(StandardCharsets.UTF_8));
    assertThat(first.getJsonNumber("created").longValue()).as(first.toString()).isEqualTo(1);
    JsonObject second =
        importFile(user, "msp-export", "msp.csv", msp.getBytes(StandardCharsets.UTF_8));
    assertThat(second.getJsonNumber("duplicates").longValue()).as(second.toString()).isEqualTo(1);
  }
}
