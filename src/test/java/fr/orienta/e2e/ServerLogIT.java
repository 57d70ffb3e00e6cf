package fr.orienta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The server's log, as an operator reads it: what is there is worth acting on, and no person. */
class ServerLogIT {

  private static final String SOUTH = "coordination-sud";

  /**
   * A line of Liberty's log ({@code [date] thread logger level message}) that is an error or a
   * warning, or a library writing a problem on the server's output instead of logging it.
   */
  private static final Pattern TROUBLE =
      Pattern.compile(
          "^\\[[^]]+] \\p{XDigit}{8} (\\S+ +[EWF] |SystemErr +R |SystemOut +O .*\\b(ERROR|WARN))");

  /** A last name the suite gives the people it enters ({@link ImportRuns#uniqueName}). */
  private static final Pattern SUITE_NAME = Pattern.compile("\\bZ[A-Z]{7}\\b");

  @Test
  void theServerStartsWithoutAnyErrorOrWarning() throws IOException {
    // The start of the log is read first: an OpenAPI document the server finds invalid, or a
    // logging provider missing, would hide what needs acting on.
    assertThat(Server.startLog())
        .as("errors and warnings between the server's launch and « ready »")
        .filteredOn(line -> TROUBLE.matcher(line).find())
        .isEmpty();
  }

  @Test
  void aClientsInvalidFieldIsAnsweredAndNotLoggedAsAServerWarning() throws IOException {
    HttpResponse<String> refused =
        Multipart.postJson(
            "coordination",
            "/api/v1/patients",
            "{\"lastName\":\"MARTIN\",\"firstName\":\"Anne\",\"phone\":\"12\"}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("10 chiffres");
    assertThat(Server.logSinceLaunch())
        .filteredOn(line -> TROUBLE.matcher(line).find() && line.contains("phone"))
        .isEmpty();
  }

  @Test
  void noLineNamesAPersonOrAValueOfTheirRecord() throws Exception {
    String name = ImportRuns.uniqueName();
    String good = ImportRuns.cpamRows(name).get(0);
    String nir = good.substring(0, 13);
    // The same NIR with a wrong key, and a date that is none: its values go to the error report.
    String bad = nir + ";00;" + name + ";Jeanne;31/02/1950;F;43157\r\n";
    JsonObject imported =
        ImportRuns.importFile(
            SOUTH, "cpam-listing", name + ".csv", ImportRuns.cpamListing(List.of(good, bad)));
    assertThat(imported.getJsonNumber("created").longValue()).as(imported.toString()).isOne();
    assertThat(imported.getJsonNumber("rejected").longValue()).as(imported.toString()).isOne();
    String email = name.toLowerCase(Locale.ROOT) + "@example.org";
    String entry =
        "{\"lastName\":\"%s\",\"firstName\":\"Paule\",\"inseeCode\":\"43157\",%s\"email\":\"%s\"}";
    HttpResponse<String> refused =
        Multipart.postJson(
            SOUTH, "/api/v1/patients", entry.formatted(name, "\"phone\":\"04711\",", email));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    HttpResponse<String> entered =
        Multipart.postJson(SOUTH, "/api/v1/patients", entry.formatted(name, "", email));
    assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);

    // This test's person, and those of the suite's tests that ran before it.
    assertThat(Server.logSinceLaunch())
        .filteredOn(
            line ->
                SUITE_NAME.matcher(line).find()
                    || line.contains(name)
                    || line.contains(nir)
                    || line.contains(email))
        .isEmpty();
  }
}
