package fr.orienta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The registry API beyond reading: sorts, role-trimmed views, status changes refused without
 * consent, consents and the duplicate queue. Changes happen in the south demo CPTS.
 */
class RegistryApiIT {

  private static final String SOUTH = "coordination-sud";

  private static JsonObject get(String path, String user) {
    HttpResponse<String> response = Server.get(path, user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ImportRuns.json(response);
  }

  @Test
  void aCallerSeesThatAPersonIsInAldButNeitherTheAldNumberNorTheMaskedNir() {
    JsonObject first =
        get("/api/v1/patients?ald=true&size=1", "coordination")
            .getJsonArray("items")
            .getJsonObject(0);
    long id = first.getJsonNumber("id").longValue();
    assertThat(first.containsKey("aldCode")).isTrue();

    JsonObject asCaller = get("/api/v1/patients/" + id, "appel");

    assertThat(asCaller.getBoolean("ald")).isTrue();
    assertThat(asCaller.containsKey("aldCode")).isFalse();
    assertThat(asCaller.containsKey("nirMasked")).isFalse();
  }

  @Test
  void listsAreSortedByPriorityByDefaultAndOnRequest() {
    var byPriority = get("/api/v1/patients?size=50", "coordination").getJsonArray("items");
    for (int i = 1; i < byPriority.size(); i++) {
      assertThat(byPriority.getJsonObject(i - 1).getInt("priority"))
          .isGreaterThanOrEqualTo(byPriority.getJsonObject(i).getInt("priority"));
    }
    var oldestFirst =
        get("/api/v1/patients?size=20&sort=birthDate", "coordination").getJsonArray("items");
    for (int i = 1; i < oldestFirst.size(); i++) {
      assertThat(oldestFirst.getJsonObject(i - 1).getString("birthDate"))
          .isLessThanOrEqualTo(oldestFirst.getJsonObject(i).getString("birthDate"));
    }
    HttpResponse<String> wrong = Server.get("/api/v1/patients?sort=nir", "coordination");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("Tri inconnu");
  }

  @Test
  void orientationNeedsConsentAndAnObjectionWithdrawsIt() throws Exception {
    String name = ImportRuns.uniqueName();
    ImportRuns.importPossibleDuplicate(SOUTH, name);
    long id =
        get("/api/v1/patients?name=" + name + "&source=cpam-listing", SOUTH)
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String path = "/api/v1/patients/" + id;

    HttpResponse<String> noReason =
        Multipart.postJson(SOUTH, path + "/status", "{\"status\":\"CONTACTED\",\"reason\":\" \"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("raison");
    HttpResponse<String> noConsent =
        Multipart.postJson(SOUTH, path + "/status", "{\"status\":\"ORIENTED\",\"reason\":\"x\"}");
    assertThat(noConsent.statusCode()).isEqualTo(409);

    String consent =
        "{\"kind\":\"%s\",\"scope\":\"ORIENTATION\",\"channel\":\"PHONE\",\"givenOn\":\"2026-11-20\"}";
    assertThat(
            Multipart.postJson(SOUTH, path + "/consents", consent.formatted("CONSENT"))
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> oriented =
        Multipart.postJson(SOUTH, path + "/status", "{\"status\":\"ORIENTED\",\"reason\":\"ok\"}");
    assertThat(oriented.statusCode()).as(oriented.body()).isEqualTo(200);
    assertThat(ImportRuns.json(oriented).getString("status")).isEqualTo("ORIENTED");

    // The person changes her mind: the objection withdraws the consent, and orientation stops.
    assertThat(
            Multipart.postJson(SOUTH, path + "/consents", consent.formatted("OBJECTION"))
                .statusCode())
        .isEqualTo(200);
    var consents = ImportRuns.jsonArray(Server.get(path + "/consents", SOUTH));
    assertThat(consents).hasSize(2);
    assertThat(consents.getJsonObject(0).getString("kind")).isEqualTo("OBJECTION");
    assertThat(consents.getJsonObject(1).containsKey("withdrawnAt")).isTrue();
    HttpResponse<String> back =
        Multipart.postJson(
            SOUTH, path + "/status", "{\"status\":\"WAITING\",\"reason\":\"oppos\"}");
    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(
            Multipart.postJson(
                    SOUTH, path + "/status", "{\"status\":\"CONSENTING\",\"reason\":\"x\"}")
                .statusCode())
        .isEqualTo(409);

    HttpResponse<String> otherCpts =
        Multipart.postJson(
            "coordination", path + "/status", "{\"status\":\"DECEASED\",\"reason\":\"x\"}");
    assertThat(otherCpts.statusCode()).isEqualTo(404);
  }

  @Test
  void theDuplicateQueueIsForCoordinatorsAndADecisionIsTakenOnce() throws Exception {
    String name = ImportRuns.uniqueName();
    ImportRuns.importPossibleDuplicate(SOUTH, name);
    var pairs = ImportRuns.jsonArray(Server.get("/api/v1/duplicates", SOUTH));
    JsonObject pair =
        pairs.stream()
            .map(JsonObject.class::cast)
            .filter(p -> p.getJsonObject("earlier").getString("lastName").equals(name))
            .findFirst()
            .orElseThrow();
    long pairId = pair.getJsonNumber("id").longValue();

    assertThat(Server.get("/api/v1/duplicates", "appel").statusCode()).isEqualTo(403);
    assertThat(
            Multipart.post("coordination", "/api/v1/duplicates/" + pairId + "/separate")
                .statusCode())
        .isEqualTo(404);
    assertThat(Multipart.post(SOUTH, "/api/v1/duplicates/" + pairId + "/separate").statusCode())
        .isEqualTo(204);
    HttpResponse<String> again =
        Multipart.post(
            SOUTH,
            "/api/v1/duplicates/"
                + pairId
                + "/merge?keep="
                + pair.getJsonObject("later").getJsonNumber("id"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("déjà été traité");
  }
}
