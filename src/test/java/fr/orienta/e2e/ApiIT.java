package fr.orienta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The REST API, OpenAPI and health endpoints of the assembled server, over HTTP. */
class ApiIT {

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  @Test
  void readinessIsUpAndChecksTheDatabase() {
    HttpResponse<String> response = Server.get("/health/ready", null, null);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject check = json(response).getJsonArray("checks").getJsonObject(0);
    assertThat(check.getString("name")).isEqualTo("database");
    assertThat(check.getString("status")).isEqualTo("UP");
    assertThat(check.getJsonObject("data").getBoolean("startup")).isTrue();
  }

  @Test
  void openApiDescribesTheApi() {
    HttpResponse<String> response = Server.get("/openapi", null, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("/api/v1/patients/{id}", "/api/v1/patients", "/api/v1/indicators")
        .contains("multipart/form-data")
        .contains("basic");
  }

  @Test
  void anonymousCallsAreChallengedForBasicCredentials() {
    HttpResponse<String> response = Server.get("/api/v1/indicators", null, null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void aWrongPasswordIsRefused() {
    assertThat(Server.get("/api/v1/indicators", "copil", "not-the-password").statusCode())
        .isEqualTo(401);
  }

  @Test
  void indicatorsOfTheDemoCptsMatchTheNordVelayForezDiagnosis() {
    JsonObject body = json(Server.get("/api/v1/indicators", "copil"));

    assertThat(body.getString("tenantCode")).isEqualTo("nord-velay-forez");
    JsonObject registry = body.getJsonObject("registry");
    assertThat(registry.getJsonNumber("withoutMt").longValue()).isEqualTo(2071);
    assertThat(registry.getJsonNumber("ald").longValue()).isEqualTo(105);
    assertThat(registry.getJsonNumber("css").longValue()).isEqualTo(71);
    assertThat(registry.getJsonNumber("aged70Plus").longValue()).isEqualTo(119);
    JsonObject doctors = body.getJsonObject("doctors");
    assertThat(doctors.getJsonNumber("total").longValue()).isEqualTo(29);
    assertThat(doctors.getJsonNumber("over60").longValue()).isEqualTo(7);
    assertThat(doctors.getJsonNumber("over65").longValue()).isEqualTo(4);
  }

  @Test
  void aUserOfOneCptsCannotReadAPersonOfAnotherById() {
    JsonObject north = json(Server.get("/api/v1/patients?size=1", "coordination"));
    JsonObject person = north.getJsonArray("items").getJsonObject(0);
    long id = person.getJsonNumber("id").longValue();

    HttpResponse<String> own = Server.get("/api/v1/patients/" + id, "coordination");
    HttpResponse<String> foreign = Server.get("/api/v1/patients/" + id, "coordination-sud");

    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(json(own).getString("lastName")).isEqualTo(person.getString("lastName"));
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(foreign.body()).doesNotContain(person.getString("lastName"));
    // The southern CPTS also receives the import tests' people: look for the same name there.
    String name = URLEncoder.encode(person.getString("lastName"), StandardCharsets.UTF_8);
    JsonObject south =
        json(Server.get("/api/v1/patients?size=200&name=" + name, "coordination-sud"));
    assertThat(
            south.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()))
        .doesNotContain(id);
  }

  private static long total(String query) {
    HttpResponse<String> response = Server.get("/api/v1/patients?size=5" + query, "coordination");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).getJsonNumber("total").longValue();
  }

  @Test
  void theRegistryListFiltersLikeTheTerritorialDiagnosis() {
    assertThat(total("&ald=true")).isEqualTo(105);
    assertThat(total("&css=true")).isEqualTo(71);
    assertThat(total("&ageBand=70%2B")).isEqualTo(119);
    // The bands share the people out (the ALD people, fewer than the list counts: 1,000).
    assertThat(
            total("&ald=true&ageBand=17-39")
                + total("&ald=true&ageBand=40-64")
                + total("&ald=true&ageBand=65-69")
                + total("&ald=true&ageBand=70%2B"))
        .isEqualTo(105);
    JsonObject waiting = json(Server.get("/api/v1/patients?size=1&status=WAITING", "coordination"));
    assertThat(waiting.getJsonNumber("total").longValue()).isEqualTo(1000);
    assertThat(waiting.getBoolean("more")).as("2,071 waiting, counted up to 1,000").isTrue();
    assertThat(total("&source=saisie&ald=true&css=false"))
        .isEqualTo(105 - total("&ald=true&css=true"));

    JsonObject page = json(Server.get("/api/v1/patients?size=50&commune=43003", "coordination"));
    assertThat(page.getJsonNumber("total").longValue()).isPositive().isLessThan(2071);
    assertThat(
            page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("inseeCode")))
        .containsOnly("43003");
    assertThat(Server.get("/api/v1/patients?ageBand=12-15", "coordination").statusCode())
        .isEqualTo(400);
  }

  private static String refusal(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.body()).doesNotContain("RESTEASY", "incident");
    return json(response).getString("message");
  }

  @Test
  void aQueryParameterTheApiCannotReadIsRefusedNamingIt() {
    assertThat(refusal(Server.get("/api/v1/patients?page=abc", "coordination"), 400))
        .isEqualTo("page : nombre entier attendu");
    assertThat(refusal(Server.get("/api/v1/patients?size=abc", "coordination"), 400))
        .isEqualTo("size : nombre entier attendu");
    assertThat(
            refusal(Server.get("/api/v1/patients?minPriority=-99999999999", "coordination"), 400))
        .isEqualTo("minPriority : nombre entier attendu");
    assertThat(refusal(Multipart.post("coordination", "/api/v1/duplicates/1/merge?keep=abc"), 400))
        .isEqualTo("keep : nombre entier attendu");
    assertThat(refusal(Server.get("/api/v1/patients?status=FOO", "coordination"), 400))
        .startsWith("status : valeur inconnue (valeurs possibles : WAITING, CONTACTED, ")
        .endsWith(" ou MERGED)");
    assertThat(total("&status=waiting")).isEqualTo(total("&status=WAITING"));
    // A path that is no number names no resource: still 404, in French.
    assertThat(refusal(Server.get("/api/v1/patients/abc", "coordination"), 404))
        .isEqualTo("Ressource inconnue.");
    assertThat(refusal(Server.get("/api/v1/imports/99999999999999999999", "coordination"), 404))
        .isEqualTo("Ressource inconnue.");
  }

  @Test
  void aBooleanFilterIsTrueOrFalseInAnyCaseAndEmptyFiltersNothing() {
    assertThat(total("&ageBand=70%2B&ald=")).isEqualTo(total("&ageBand=70%2B")).isEqualTo(119);
    assertThat(total("&ald=TRUE")).isEqualTo(105);
    for (String value : new String[] {"1", "oui", "maybe"}) {
      assertThat(refusal(Server.get("/api/v1/patients?ald=" + value, "coordination"), 400))
          .isEqualTo("ald : true ou false attendu");
    }
    assertThat(refusal(Server.get("/api/v1/patients?css=2", "coordination"), 400))
        .isEqualTo("css : true ou false attendu");
  }

  @Test
  void theContainersOwnRefusalsAreInFrench() {
    assertThat(refusal(Server.get("/api/v1/patients", "copil"), 403))
        .isEqualTo("Accès refusé : votre rôle ne le permet pas.");
    assertThat(refusal(Server.get("/api/v1/duplicates", "appel"), 403))
        .isEqualTo("Accès refusé : votre rôle ne le permet pas.");
    assertThat(refusal(Server.get("/api/v1/nope", "coordination"), 404))
        .isEqualTo("Ressource inconnue.");
    HttpResponse<String> get = Server.get("/api/v1/imports", "coordination");
    assertThat(refusal(get, 405)).startsWith("Méthode non permise").contains("POST");
    assertThat(get.headers().firstValue("Allow"))
        .hasValueSatisfying(v -> assertThat(v).contains("POST"));
    assertThat(
            refusal(
                Multipart.getAccepting("coordination", "/api/v1/indicators", "application/xml"),
                406))
        .contains("ne répond qu'en JSON");
    assertThat(
            refusal(
                Multipart.send("coordination", "/api/v1/patients", "POST", "text/plain", "x"), 415))
        .contains("application/json");
    assertThat(refusal(Multipart.postJson("coordination", "/api/v1/imports", "{}"), 415))
        .contains("multipart/form-data");
  }

  @Test
  void rolesWithoutNominativeAccessAreRefusedThePeople() {
    assertThat(Server.get("/api/v1/patients", "copil").statusCode()).isEqualTo(403);
    assertThat(Server.get("/api/v1/patients", "docteur").statusCode()).isEqualTo(403);
    assertThat(Server.get("/api/v1/patients", "admin").statusCode()).isEqualTo(403);
    assertThat(Server.get("/api/v1/indicators", "admin").statusCode()).isEqualTo(403);
  }

  @Test
  void pagesCarrySecurityHeaders() {
    HttpResponse<String> response = Server.get("/login.xhtml", null, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
    assertThat(response.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
  }
}
