package fr.orienta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    // Nor in the priority's explanation: the same points, the ALD without its number.
    JsonObject priority = get("/api/v1/patients/" + id + "/priority", "coordination");
    JsonObject callersPriority = get("/api/v1/patients/" + id + "/priority", "appel");
    assertThat(priority.toString()).contains("ALD n° " + first.getInt("aldCode"));
    assertThat(callersPriority.toString()).doesNotContain("n°").contains("ALD : +");
    assertThat(callersPriority.getInt("score")).isEqualTo(priority.getInt("score"));
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
    HttpResponse<String> tooDeep = Server.get("/api/v1/patients?page=200&size=50", "coordination");
    assertThat(tooDeep.statusCode()).isEqualTo(400);
    assertThat(tooDeep.body()).contains("affinez les filtres");
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
    // A word dated before the one in force does not replace it, nor one before her birth.
    HttpResponse<String> older =
        Multipart.postJson(
            SOUTH,
            path + "/consents",
            consent.formatted("CONSENT").replace("2026-11-20", "2025-01-01"));
    assertThat(older.statusCode()).isEqualTo(409);
    assertThat(older.body())
        .contains("Une déclaration plus récente, du 20/11/2026, est en vigueur");
    HttpResponse<String> unborn =
        Multipart.postJson(
            SOUTH,
            path + "/consents",
            consent.formatted("CONSENT").replace("2026-11-20", "1900-01-01"));
    assertThat(unborn.statusCode()).isEqualTo(400);
    assertThat(unborn.body()).contains("antérieure à la naissance");
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

  private static String nir(int year, int month) {
    String body =
        String.format(
            "2%02d%02d43%03d%03d",
            year, month, 1 + new Random().nextInt(999), 1 + new Random().nextInt(999));
    return body + ImportRuns.nirKey(body);
  }

  private static JsonObject person(long id) {
    return get("/api/v1/patients/" + id, SOUTH);
  }

  @Test
  void manualEntryIsValidatedInFrenchAndMatchedLikeAnImport() {
    String name = ImportRuns.uniqueName();
    String nir = nir(48, 2);
    String entry =
        "{\"lastName\":\"%s\",\"firstName\":\"Anne\",\"birthDate\":\"1948-02-03\","
            + "\"sex\":\"F\",\"inseeCode\":\"%s\",\"nir\":\"%s\",\"phone\":\"%s\","
            + "\"ald\":true,\"aldCode\":8,\"css\":false}";

    HttpResponse<String> badKey =
        Multipart.postJson(
            SOUTH,
            "/api/v1/patients",
            entry.formatted(name, "43157", nir.substring(0, 13) + "00", "0471000000"));
    assertThat(badKey.statusCode()).isEqualTo(400);
    assertThat(badKey.body()).contains("NIR invalide");
    HttpResponse<String> badPhone =
        Multipart.postJson(SOUTH, "/api/v1/patients", entry.formatted(name, "43157", nir, "12"));
    assertThat(badPhone.statusCode()).isEqualTo(400);
    HttpResponse<String> tooOld =
        Multipart.postJson(
            SOUTH,
            "/api/v1/patients",
            entry.replace("1948-02-03", "1848-02-03").formatted(name, "43157", "", "0471000000"));
    assertThat(tooOld.statusCode()).isEqualTo(400);
    assertThat(tooOld.body()).contains("Date de naissance invraisemblable : plus de 120 ans.");
    // A known commune, but of the northern CPTS, and Paris: not where this CPTS's people live.
    for (String elsewhere : List.of("43026", "75056")) {
      HttpResponse<String> outside =
          Multipart.postJson(
              SOUTH, "/api/v1/patients", entry.formatted(name, elsewhere, nir, "0471000000"));
      assertThat(outside.statusCode()).isEqualTo(400);
      assertThat(outside.body())
          .contains("La commune " + elsewhere + " n'est pas sur le territoire de la CPTS.");
    }
    assertThat(badPhone.body()).contains("10 chiffres");
    HttpResponse<String> unknownCommune =
        Multipart.postJson(
            SOUTH, "/api/v1/patients", entry.formatted(name, "99999", nir, "0471000000"));
    assertThat(unknownCommune.body()).contains("Code INSEE inconnu");
    HttpResponse<String> tooLong =
        Multipart.postJson(
            SOUTH,
            "/api/v1/patients",
            entry.formatted("N".repeat(121), "43157", nir, "0471000000"));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("lastName : 120 caractères au plus.");
    HttpResponse<String> ligatures =
        Multipart.postJson(
            SOUTH, "/api/v1/patients", entry.formatted("Œ".repeat(61), "43157", nir, "0471000000"));
    assertThat(ligatures.statusCode()).isEqualTo(400);
    assertThat(ligatures.body()).contains("ligatures").contains("122 caractères, 120 au plus");
    assertThat(get("/api/v1/patients?name=" + name, SOUTH).getInt("total")).isZero();

    HttpResponse<String> created =
        Multipart.postJson(
            SOUTH, "/api/v1/patients", entry.formatted(name, "43157", nir, "0471000000"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(ImportRuns.json(created).getString("outcome")).isEqualTo("CREATED");
    long id = ImportRuns.json(created).getJsonNumber("personId").longValue();
    assertThat(person(id).getInt("priority")).isPositive();

    // The same NIR typed again, with spaces and a new phone: the same person, completed.
    String spaced = nir.substring(0, 1) + " " + nir.substring(1, 3) + " " + nir.substring(3);
    HttpResponse<String> again =
        Multipart.postJson(
            SOUTH, "/api/v1/patients", entry.formatted(name, "43157", spaced, "0471999999"));
    assertThat(ImportRuns.json(again).getString("outcome")).isEqualTo("UPDATED");
    assertThat(ImportRuns.json(again).getJsonNumber("personId").longValue()).isEqualTo(id);
    assertThat(person(id).getString("phone")).isEqualTo("0471999999");

    // The same NIR typed with another name: one wrong digit names someone else, who is neither
    // renamed nor re-dated.
    HttpResponse<String> otherName =
        Multipart.postJson(
            SOUTH,
            "/api/v1/patients",
            entry.formatted(ImportRuns.uniqueName(), "43157", nir, "0471000000"));
    assertThat(otherName.statusCode()).isEqualTo(409);
    assertThat(otherName.body()).contains("Ce NIR est déjà celui d'une autre personne");
    String otherDay = entry.replace("1948-02-03", "1948-02-04");
    assertThat(
            Multipart.postJson(
                    SOUTH, "/api/v1/patients", otherDay.formatted(name, "43157", nir, "0471000000"))
                .statusCode())
        .isEqualTo(409);
    assertThat(person(id).getString("lastName")).isEqualTo(name);
    assertThat(person(id).getString("birthDate")).isEqualTo("1948-02-03");
    // A NIR that says a woman born in February 1948, typed beside a man or another year.
    HttpResponse<String> man =
        Multipart.postJson(
            SOUTH,
            "/api/v1/patients",
            entry.replace("\"F\"", "\"M\"").formatted(name, "43157", nir, "0471000000"));
    assertThat(man.statusCode()).isEqualTo(400);
    assertThat(man.body()).contains("Le NIR ne correspond pas au sexe indiqué");
    HttpResponse<String> otherYear =
        Multipart.postJson(
            SOUTH,
            "/api/v1/patients",
            entry
                .replace("1948-02-03", "1958-02-03")
                .formatted(ImportRuns.uniqueName(), "43157", nir(48, 3), "0471000000"));
    assertThat(otherYear.statusCode()).isEqualTo(400);
    assertThat(otherYear.body()).contains("Le NIR ne correspond pas à l'année ou au mois");
  }

  @Test
  void aCorrectionReplacesTheFieldsBlanksIncludedWithTheValidationOfManualEntry() {
    String name = ImportRuns.uniqueName();
    String entry =
        "{\"lastName\":\"%s\",\"firstName\":\"Anne\",\"birthDate\":\"1948-02-03\","
            + "\"sex\":\"F\",\"inseeCode\":\"43157\",\"nir\":\"%s\",\"phone\":\"0471000000\","
            + "\"email\":\"anne@example.org\",\"ald\":true,\"aldCode\":8,\"css\":false}";
    HttpResponse<String> created =
        Multipart.postJson(SOUTH, "/api/v1/patients", entry.formatted(name, nir(48, 2)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = ImportRuns.json(created).getJsonNumber("personId").longValue();
    String path = "/api/v1/patients/" + id;
    int priority = person(id).getInt("priority");
    HttpResponse<String> read = Server.get(path, SOUTH);
    long version = ImportRuns.json(read).getJsonNumber("version").longValue();
    assertThat(read.headers().firstValue("ETag")).contains("\"" + version + "\"");
    String correction =
        "{\"lastName\":\"%s\",\"firstName\":\"Anne\",\"birthDate\":\"1948-02-03\","
            + "\"sex\":\"%s\",\"inseeCode\":\"%s\",\"phone\":\"%s\",\"ald\":false,\"css\":false%s}";

    HttpResponse<String> corrected =
        Multipart.putJson(SOUTH, path, correction.formatted(name, "F", "43157", "0471222222", ""));

    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    String correctedTag = corrected.headers().firstValue("ETag").orElseThrow();
    JsonObject after = person(id);
    assertThat(correctedTag).isEqualTo("\"" + after.getJsonNumber("version") + "\"");
    assertThat(after.getJsonNumber("version").longValue()).isGreaterThan(version);
    assertThat(after.getString("phone")).isEqualTo("0471222222");
    assertThat(after.containsKey("email")).isFalse();
    assertThat(after.getBoolean("ald")).isFalse();
    assertThat(after.containsKey("aldCode")).isFalse();
    assertThat(after.getInt("priority")).isLessThan(priority);
    assertThat(after.getString("nirMasked")).startsWith("24802");
    // A client that read the record before that correction would undo it: refused, with If-Match.
    String other = correction.formatted(name, "F", "43157", "0471333333", "");
    HttpResponse<String> stale =
        Multipart.putJsonIfMatch(SOUTH, path, "\"" + version + "\"", other);
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
    assertThat(stale.body()).contains("La fiche a changé depuis que vous l'avez lue");
    assertThat(invalid(Multipart.putJsonIfMatch(SOUTH, path, "abc", other)))
        .contains("If-Match : la version de la fiche est attendue");
    HttpResponse<String> current = Multipart.putJsonIfMatch(SOUTH, path, correctedTag, other);
    assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
    assertThat(ImportRuns.json(current).getString("phone")).isEqualTo("0471333333");

    // Refused as manual entry refuses, and the NIR is not corrected here.
    HttpResponse<String> badPhone =
        Multipart.putJson(SOUTH, path, correction.formatted(name, "F", "43157", "12", ""));
    assertThat(invalid(badPhone)).isEqualTo("Données invalides.");
    assertThat(badPhone.body()).contains("10 chiffres");
    assertThat(
            invalid(
                Multipart.putJson(
                    SOUTH, path, correction.formatted(name, "F", "43026", "0471222222", ""))))
        .contains("La commune 43026 n'est pas sur le territoire de la CPTS.");
    assertThat(
            invalid(
                Multipart.putJson(
                    SOUTH,
                    path,
                    correction.formatted(
                        name, "F", "43157", "0471222222", ",\"nir\":\"" + nir(48, 2) + "\""))))
        .contains("Une correction ne change ni le NIR");
    // The masked NIR still says a woman born in 1948.
    assertThat(
            invalid(
                Multipart.putJson(
                    SOUTH, path, correction.formatted(name, "M", "43157", "0471222222", ""))))
        .contains("Le NIR ne correspond pas au sexe indiqué");
    assertThat(person(id).getString("sex")).isEqualTo("F");
    HttpResponse<String> otherCpts =
        Multipart.putJson(
            "coordination", path, correction.formatted(name, "F", "43157", "0471222222", ""));
    assertThat(otherCpts.statusCode()).isEqualTo(404);
  }

  @Test
  void aBirthDateCompletedByCorrectionPutsTheEntryBesideItsAlikeAsAPossibleDuplicate() {
    String name = ImportRuns.uniqueName();
    String entry =
        "{\"lastName\":\"%s\",\"firstName\":\"%s\",%s\"inseeCode\":\"43157\","
            + "\"ald\":false,\"css\":false}";
    // Entered without birth date and with a misspelt first name: alike no one yet.
    HttpResponse<String> undated =
        Multipart.postJson(SOUTH, "/api/v1/patients", entry.formatted(name, "Pol", ""));
    HttpResponse<String> dated =
        Multipart.postJson(
            SOUTH,
            "/api/v1/patients",
            entry.formatted(name, "Paul", "\"birthDate\":\"1950-05-06\","));
    assertThat(ImportRuns.json(dated).getString("outcome")).isEqualTo("CREATED");
    long undatedId = ImportRuns.json(undated).getJsonNumber("personId").longValue();
    long datedId = ImportRuns.json(dated).getJsonNumber("personId").longValue();

    HttpResponse<String> corrected =
        Multipart.putJson(
            SOUTH,
            "/api/v1/patients/" + undatedId,
            entry.formatted(name, "Paul", "\"birthDate\":\"1950-05-06\","));

    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    var pairs = ImportRuns.jsonArray(Server.get("/api/v1/duplicates", SOUTH));
    assertThat(
            pairs.stream()
                .map(JsonObject.class::cast)
                .filter(p -> p.getJsonObject("earlier").getString("lastName").equals(name))
                .map(
                    p ->
                        List.of(
                            p.getJsonObject("earlier").getJsonNumber("id").longValue(),
                            p.getJsonObject("later").getJsonNumber("id").longValue())))
        .containsExactly(List.of(undatedId, datedId));
  }

  @Test
  void aCorrectionSticksAndTheSourcesNextListingStillFindsThePerson() throws Exception {
    String name = ImportRuns.uniqueName();
    byte[] census =
        ("nom,prenom,date_naissance,telephone,commune,situation,pris_en_charge_par_rpps,"
                + "date_prise_en_charge\n"
                + name
                + ",Jeanne,10/03/1951,04 71 11 11 11,Bellevue-la-Montagne,sans MT,,\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    JsonObject first = ImportRuns.importFile(SOUTH, "msp-export", "msp.csv", census);
    assertThat(first.getJsonNumber("created").longValue()).as(first.toString()).isEqualTo(1);
    JsonObject listed =
        get("/api/v1/patients?name=" + name, SOUTH).getJsonArray("items").getJsonObject(0);
    long id = listed.getJsonNumber("id").longValue();

    // Listed in a commune of the northern CPTS: a correction keeps it, and may not move her there.
    assertThat(listed.getString("inseeCode")).isEqualTo("43026");
    // The census misspelt her name and has an old number: no NIR to tie the next census to her.
    HttpResponse<String> corrected =
        Multipart.putJson(
            SOUTH,
            "/api/v1/patients/" + id,
            ("{\"lastName\":\"%sE\",\"firstName\":\"Jeanne\",\"birthDate\":\"1951-03-10\","
                    + "\"inseeCode\":\"%s\",\"phone\":\"0471222222\",\"ald\":false,\"css\":false}")
                .formatted(name, listed.getString("inseeCode")));
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);

    JsonObject again = ImportRuns.importFile(SOUTH, "msp-export", "msp.csv", census);

    assertThat(again.getJsonNumber("created").longValue()).as(again.toString()).isZero();
    assertThat(again.getJsonNumber("duplicates").longValue()).isZero();
    assertThat(again.getJsonNumber("unchanged").longValue()).isEqualTo(1);
    assertThat(get("/api/v1/patients?name=" + name, SOUTH).getInt("total")).isEqualTo(1);
    JsonObject after = person(id);
    assertThat(after.getString("lastName")).isEqualTo(name + "E");
    assertThat(after.getString("phone")).isEqualTo("0471222222");
  }

  @Test
  void aCallerCorrectsTheContactDetailsOnlyAndTheAldNumberStays() {
    JsonObject first =
        get("/api/v1/patients?ald=true&size=1", "coordination")
            .getJsonArray("items")
            .getJsonObject(0);
    long id = first.getJsonNumber("id").longValue();
    String path = "/api/v1/patients/" + id;
    JsonObject seen = get(path, "appel");
    String phone = seen.containsKey("phone") ? seen.getString("phone") : null;
    java.util.function.BiFunction<String, String, String> form =
        (lastName, newPhone) -> {
          var body = jakarta.json.Json.createObjectBuilder();
          for (String field :
              List.of(
                  "firstName",
                  "birthDate",
                  "sex",
                  "inseeCode",
                  "address",
                  "postalCode",
                  "mobile",
                  "email")) {
            if (seen.containsKey(field)) {
              body.add(field, seen.get(field));
            }
          }
          body.add("lastName", lastName).add("ald", true).add("css", seen.getBoolean("css"));
          if (newPhone != null) {
            body.add("phone", newPhone);
          }
          return body.build().toString();
        };

    HttpResponse<String> renamed =
        Multipart.putJson(
            "appel", path, form.apply(seen.getString("lastName") + "X", "0471333333"));
    assertThat(renamed.statusCode()).isEqualTo(403);
    try {
      HttpResponse<String> newPhone =
          Multipart.putJson("appel", path, form.apply(seen.getString("lastName"), "0471333333"));
      assertThat(newPhone.statusCode()).as(newPhone.body()).isEqualTo(200);

      JsonObject asCoordinator = get(path, "coordination");
      assertThat(asCoordinator.getString("phone")).isEqualTo("0471333333");
      assertThat(asCoordinator.getInt("aldCode")).isEqualTo(first.getInt("aldCode"));
      assertThat(asCoordinator.getString("lastName")).isEqualTo(first.getString("lastName"));
    } finally {
      // The demo person as she was, for the other tests.
      assertThat(
              Multipart.putJson("appel", path, form.apply(seen.getString("lastName"), phone))
                  .statusCode())
          .isEqualTo(200);
    }
  }

  /** A 400 in French, not an incident: returns its message. */
  private static String invalid(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("incident");
    return ImportRuns.json(response).getString("message");
  }

  @Test
  void aBodyTheApiCannotReadIsRefusedNamingTheFieldAndItsValues() {
    String person =
        "/api/v1/patients/"
            + get("/api/v1/patients?size=1", SOUTH)
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

    assertThat(invalid(Multipart.postJson(SOUTH, "/api/v1/patients", "")))
        .isEqualTo("Corps de la requête vide : un objet JSON est attendu.");
    assertThat(invalid(Multipart.postJson(SOUTH, "/api/v1/patients", "{")))
        .startsWith("JSON mal formé (ligne 1, colonne");
    assertThat(invalid(Multipart.postJson(SOUTH, "/api/v1/patients", "[]")))
        .isEqualTo("Le corps de la requête doit être un objet JSON.");
    assertThat(
            invalid(
                Multipart.postJson(
                    SOUTH,
                    "/api/v1/patients",
                    "{\"lastName\":\"T\",\"firstName\":\"A\",\"birthDate\":\"not-a-date\","
                        + "\"inseeCode\":\"43157\"}")))
        .isEqualTo("birthDate : date invalide (aaaa-mm-jj attendu)");
    assertThat(
            invalid(
                Multipart.postJson(
                    SOUTH,
                    "/api/v1/patients/reports",
                    "{\"person\":{\"lastName\":\"M\",\"firstName\":\"P\",\"inseeCode\":\"43026\"},"
                        + "\"reporter\":{\"kind\":\"ALIEN\",\"name\":\"x\"}}")))
        .isEqualTo(
            "reporter.kind : valeur inconnue (valeurs possibles : PHARMACIST, NURSE, TOWN_HALL,"
                + " SOCIAL_WORKER ou OTHER)");
    assertThat(
            invalid(
                Multipart.postJson(
                    SOUTH, person + "/status", "{\"status\":\"FOO\",\"reason\":\"x\"}")))
        .startsWith("status : valeur inconnue (valeurs possibles : WAITING, ");
    assertThat(invalid(Multipart.postJson(SOUTH, person + "/status", "")))
        .startsWith("Corps de la requête vide");
    String consent =
        "{\"kind\":\"%s\",\"scope\":\"ORIENTATION\",\"channel\":\"%s\",\"givenOn\":\"%s\"}";
    assertThat(
            invalid(
                Multipart.postJson(
                    SOUTH,
                    person + "/consents",
                    consent.formatted("CONSENT", "LETTER", "2026-11-20"))))
        .isEqualTo(
            "channel : valeur inconnue (valeurs possibles : PHONE, IN_PERSON, MAIL, EMAIL ou FORM)");
    assertThat(
            invalid(
                Multipart.postJson(
                    SOUTH, person + "/consents", consent.formatted("CONSENT", "PHONE", "bad"))))
        .isEqualTo("givenOn : date invalide (aaaa-mm-jj attendu)");
    assertThat(
            invalid(
                Multipart.postJson(
                    SOUTH,
                    person + "/consents",
                    consent.formatted("OPPOSITION", "PHONE", "2026-11-20"))))
        .isEqualTo("kind : valeur inconnue (valeurs possibles : CONSENT ou OBJECTION)");
    // A NUL character, which PostgreSQL cannot store, and a reason longer than the record keeps.
    assertThat(
            invalid(
                Multipart.postJson(
                    SOUTH,
                    "/api/v1/patients",
                    "{\"lastName\":\"NUL\\u0000X\",\"firstName\":\"A\",\"inseeCode\":\"43157\"}")))
        .isEqualTo("Caractère nul interdit dans les valeurs envoyées.");
    assertThat(
            invalid(
                Multipart.postJson(
                    SOUTH,
                    person + "/status",
                    "{\"status\":\"UNREACHABLE\",\"reason\":\"" + "x".repeat(401) + "\"}")))
        .isEqualTo("La raison tient en 400 caractères au plus.");
  }

  @Test
  void theNameSearchFindsEveryNameStartingWithWhatIsTypedAndNoOther() {
    // Unique stems; names ending in Z exercise the range's upper bound (…Z is followed by …+1).
    String stem = ImportRuns.uniqueName();
    String[] lastNames = {
      stem + "Z", stem + "ZA", stem + "A", "D'" + stem, stem.charAt(0) + "É" + stem, "LŒ" + stem
    };
    for (String lastName : lastNames) {
      HttpResponse<String> created =
          Multipart.postJson(
              SOUTH,
              "/api/v1/patients",
              ("{\"lastName\":\"%s\",\"firstName\":\"%s\",\"birthDate\":\"1950-01-01\","
                      + "\"inseeCode\":\"43157\"}")
                  .formatted(lastName, "Éloïse" + stem.toLowerCase()));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    assertThat(found(stem)).containsExactlyInAnyOrder(stem + "Z", stem + "ZA", stem + "A");
    assertThat(found(stem.toLowerCase() + "z")).containsExactlyInAnyOrder(stem + "Z", stem + "ZA");
    assertThat(found(stem + "ZA")).containsExactly(stem + "ZA");
    assertThat(found(stem + "B")).isEmpty();
    assertThat(found("d'" + stem.toLowerCase())).containsExactly("D'" + stem);
    assertThat(found(stem.charAt(0) + "é" + stem)).containsExactly(stem.charAt(0) + "É" + stem);
    // Accents, case and punctuation are set aside whatever the database's collation.
    assertThat(found(stem.charAt(0) + "e" + stem.toLowerCase()))
        .containsExactly(stem.charAt(0) + "É" + stem);
    assertThat(found("d " + stem)).containsExactly("D'" + stem);
    // A ligature is its two letters, as listings in capitals spell it.
    assertThat(found("loe" + stem.toLowerCase())).containsExactly("LŒ" + stem);
    assertThat(found("lœ" + stem.toLowerCase())).containsExactly("LŒ" + stem);
    assertThat(found("eloise" + stem)).hasSize(lastNames.length);
    // The first name, accents typed as written: every one of them.
    assertThat(found("éloïse" + stem)).hasSize(lastNames.length);
  }

  private static java.util.List<String> found(String typed) {
    String query = java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8);
    return get("/api/v1/patients?size=50&name=" + query, SOUTH).getJsonArray("items").stream()
        .map(item -> item.asJsonObject().getString("lastName"))
        .toList();
  }

  @Test
  void aReportKeepsItsReporterAndThePersonsAgreementToBeContacted() {
    String name = ImportRuns.uniqueName();
    String report =
        "{\"person\":{\"lastName\":\"%s\",\"firstName\":\"Paul\",\"inseeCode\":\"43157\"},"
            + "\"reporter\":{\"kind\":\"PHARMACIST\",\"name\":\"Pharmacie du Breuil\","
            + "\"contact\":\"04 71 00 00 00\",\"personAgreed\":true}}";
    HttpResponse<String> noReporter =
        Multipart.postJson(
            SOUTH,
            "/api/v1/patients/reports",
            report.formatted(name).replace("Pharmacie du Breuil", " "));
    assertThat(noReporter.statusCode()).isEqualTo(400);
    assertThat(noReporter.body()).contains("qui signale");

    HttpResponse<String> done =
        Multipart.postJson(SOUTH, "/api/v1/patients/reports", report.formatted(name));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
    long id = ImportRuns.json(done).getJsonNumber("personId").longValue();

    var consents = ImportRuns.jsonArray(Server.get("/api/v1/patients/" + id + "/consents", SOUTH));
    assertThat(consents).hasSize(1);
    assertThat(consents.getJsonObject(0).getString("scope")).isEqualTo("CONTACT");
    assertThat(consents.getJsonObject(0).getString("channel")).isEqualTo("FORM");
    assertThat(consents.getJsonObject(0).getString("note")).contains("Pharmacie du Breuil");
    assertThat(get("/api/v1/patients?source=signalement&name=" + name, SOUTH).getInt("total"))
        .isEqualTo(1);

    // Reported again, still without birth date: maybe the same person, maybe her father, put to
    // a coordinator rather than created silently twice (or taken for her and overwritten).
    JsonObject again =
        ImportRuns.json(
            Multipart.postJson(SOUTH, "/api/v1/patients/reports", report.formatted(name)));
    assertThat(again.getString("outcome")).isEqualTo("POSSIBLE_DUPLICATE");
    assertThat(again.getJsonNumber("personId").longValue()).isNotEqualTo(id);
    // Someone of those names and commune entered with a birth date, then reported without one:
    // maybe the same, put to a coordinator.
    String dated = ImportRuns.uniqueName();
    HttpResponse<String> entered =
        Multipart.postJson(
            SOUTH,
            "/api/v1/patients",
            ("{\"lastName\":\"%s\",\"firstName\":\"Paul\",\"birthDate\":\"1950-01-01\","
                    + "\"inseeCode\":\"43157\"}")
                .formatted(dated));
    assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
    JsonObject undated =
        ImportRuns.json(
            Multipart.postJson(SOUTH, "/api/v1/patients/reports", report.formatted(dated)));
    assertThat(undated.getString("outcome")).isEqualTo("POSSIBLE_DUPLICATE");
    assertThat(Server.get("/api/v1/duplicates", SOUTH).body())
        .contains("date de naissance inconnue");
  }

  @ParameterizedTest(name = "« {0} » entered, « {1} » reported")
  @CsvSource({
    // « LEGALL » in one place, « Le Gall » in the other: the same names, as the identity key says.
    "Paul, Paul",
    // « LEGALL Marie » and « Le Gall Marie-Anne »: no name's search key is the other's, only the
    // identity key's names are the same.
    "Marie, Marie-Anne"
  })
  void aReportWithoutBirthDateMeetsItsAlikeWhateverTheSpellingOfTheirNames(
      String enteredFirstName, String reportedFirstName) {
    String name = ImportRuns.uniqueName();
    JsonObject entered =
        ImportRuns.json(
            Multipart.postJson(
                SOUTH,
                "/api/v1/patients",
                ("{\"lastName\":\"%s\",\"firstName\":\"%s\",\"birthDate\":\"1950-01-01\","
                        + "\"inseeCode\":\"43157\"}")
                    .formatted(name, enteredFirstName)));
    assertThat(entered.getString("outcome")).isEqualTo("CREATED");

    JsonObject reported =
        reportedWithoutBirthDate(name.substring(0, 3) + " " + name.substring(3), reportedFirstName);

    assertThat(reported.getString("outcome")).isEqualTo("POSSIBLE_DUPLICATE");
    JsonObject pair = onlyPairWithLater(reported.getJsonNumber("personId").longValue());
    assertThat(idOf(pair, "earlier")).isEqualTo(entered.getJsonNumber("personId").longValue());
    assertThat(pair.getString("reason")).contains("date de naissance inconnue");
    // The same names in another commune are someone else.
    JsonObject elsewhere =
        ImportRuns.json(
            Multipart.postJson(
                SOUTH,
                "/api/v1/patients/reports",
                ("{\"person\":{\"lastName\":\"%s\",\"firstName\":\"%s\","
                        + "\"inseeCode\":\"43002\"},\"reporter\":{\"kind\":\"NURSE\","
                        + "\"name\":\"Cabinet infirmier\",\"personAgreed\":false}}")
                    .formatted(name, enteredFirstName)));
    assertThat(elsewhere.getString("outcome")).as(elsewhere.toString()).isEqualTo("CREATED");
  }

  /** A pharmacy's report of someone of Le Puy-en-Velay, without birth date; its outcome. */
  private static JsonObject reportedWithoutBirthDate(String lastName, String firstName) {
    return ImportRuns.json(
        Multipart.postJson(
            SOUTH,
            "/api/v1/patients/reports",
            ("{\"person\":{\"lastName\":\"%s\",\"firstName\":\"%s\",\"inseeCode\":\"43157\"},"
                    + "\"reporter\":{\"kind\":\"PHARMACIST\",\"name\":\"Pharmacie du Breuil\","
                    + "\"personAgreed\":false}}")
                .formatted(lastName, firstName)));
  }

  /** The one open pair of the duplicate queue whose later entry is {@code laterId}. */
  private static JsonObject onlyPairWithLater(long laterId) {
    List<JsonObject> pairs =
        ImportRuns.jsonArray(Server.get("/api/v1/duplicates", SOUTH)).stream()
            .map(JsonObject.class::cast)
            .filter(pair -> idOf(pair, "later") == laterId)
            .toList();
    assertThat(pairs).as("pairs with later entry %d", laterId).hasSize(1);
    return pairs.get(0);
  }

  private static long idOf(JsonObject pair, String side) {
    return pair.getJsonObject(side).getJsonNumber("id").longValue();
  }

  @Test
  void anEntryWithBirthDateAlikeAnUndatedOneIsPutToACoordinator() {
    String name = ImportRuns.uniqueName();
    String entry =
        "{\"lastName\":\"%s\",\"firstName\":\"Paul\",%s\"inseeCode\":\"43157\","
            + "\"ald\":false,\"css\":false}";
    JsonObject undated =
        ImportRuns.json(Multipart.postJson(SOUTH, "/api/v1/patients", entry.formatted(name, "")));
    assertThat(undated.getString("outcome")).isEqualTo("CREATED");

    JsonObject dated =
        ImportRuns.json(
            Multipart.postJson(
                SOUTH, "/api/v1/patients", entry.formatted(name, "\"birthDate\":\"1950-05-06\",")));

    assertThat(dated.getString("outcome")).isEqualTo("POSSIBLE_DUPLICATE");
    assertThat(dated.getJsonNumber("personId").longValue())
        .isNotEqualTo(undated.getJsonNumber("personId").longValue());
    JsonObject pair = onlyPairWithLater(dated.getJsonNumber("personId").longValue());
    assertThat(idOf(pair, "earlier")).isEqualTo(undated.getJsonNumber("personId").longValue());
    assertThat(pair.getString("reason")).contains("date de naissance inconnue");
  }

  @Test
  void aListingNamingSomeoneReportedWithoutBirthDatePutsThemToACoordinator() throws Exception {
    // Reported by a pharmacy without birth date, then listed by the CPAM with one: maybe the
    // same person, maybe his mother; neither created silently twice nor taken for the other.
    String name = ImportRuns.uniqueName();
    JsonObject reported = reportedWithoutBirthDate(name, "Jeanne");
    assertThat(reported.getString("outcome")).isEqualTo("CREATED");
    long reportedId = reported.getJsonNumber("personId").longValue();
    byte[] listing = ImportRuns.cpamListing(ImportRuns.cpamRows(name));

    JsonObject first = ImportRuns.importFile(SOUTH, "cpam-listing", "mars.csv", listing);

    assertThat(first.getString("status")).isEqualTo("COMPLETED");
    assertThat(first.getJsonNumber("duplicates").longValue()).as(first.toString()).isEqualTo(1);
    var people = get("/api/v1/patients?name=" + name, SOUTH).getJsonArray("items");
    assertThat(people).hasSize(2);
    long listedId =
        people.stream()
            .mapToLong(p -> p.asJsonObject().getJsonNumber("id").longValue())
            .filter(id -> id != reportedId)
            .findFirst()
            .orElseThrow();
    JsonObject pair = onlyPairWithLater(listedId);
    assertThat(idOf(pair, "earlier")).isEqualTo(reportedId);
    assertThat(pair.getString("reason")).contains("date de naissance inconnue");
    // The same listing again: the listed person is that listing's row, not asked about twice.
    JsonObject again = ImportRuns.importFile(SOUTH, "cpam-listing", "mars.csv", listing);
    assertThat(again.getJsonNumber("duplicates").longValue()).as(again.toString()).isZero();
    assertThat(get("/api/v1/patients?name=" + name, SOUTH).getInt("total")).isEqualTo(2);
  }

  @Test
  void aCompleteListingPutsThePeopleItNoLongerNamesUpForReviewAndDeletesNobody() throws Exception {
    String stays = ImportRuns.uniqueName();
    String gone = ImportRuns.uniqueName();
    var rows = ImportRuns.cpamRows(stays, gone);
    ImportRuns.importFile(SOUTH, "cpam-listing", "janvier.csv", ImportRuns.cpamListing(rows));

    JsonObject second =
        ImportRuns.importFile(
            SOUTH, "cpam-listing", "fevrier.csv", ImportRuns.cpamListing(rows.subList(0, 1)), true);
    assertThat(second.getString("status")).isEqualTo("COMPLETED");

    JsonObject kept =
        get("/api/v1/patients?name=" + stays, SOUTH).getJsonArray("items").getJsonObject(0);
    assertThat(kept.getString("status")).isEqualTo("WAITING");
    JsonObject review =
        get("/api/v1/patients?name=" + gone, SOUTH).getJsonArray("items").getJsonObject(0);
    assertThat(review.getString("status")).isEqualTo("MT_FOUND_ELSEWHERE");
    assertThat(review.getString("statusReason")).contains("fevrier.csv").contains("à vérifier");
    // Every person of the suite's CPAM listings that February does not name: at least the one.
    assertThat(second.getString("message"))
        .startsWith("Liste complète : ")
        .contains("personne(s) qu'elle ne nomme plus")
        .doesNotContain("Liste complète : 0 ");
  }

  @Test
  void aCompleteListingWithRejectedRowsPutsNobodyUpForReviewAndSaysWhy() throws Exception {
    String stays = ImportRuns.uniqueName();
    String misread = ImportRuns.uniqueName();
    var rows = ImportRuns.cpamRows(stays, misread);
    ImportRuns.importFile(SOUTH, "cpam-listing", "janvier.csv", ImportRuns.cpamListing(rows));

    // February names both, but the second with a birth date that does not exist: her row is
    // rejected, and she may be the one the listing still names.
    var february = List.of(rows.get(0), rows.get(1).replace(";Jeanne;10/", ";Jeanne;32/"));
    JsonObject second =
        ImportRuns.importFile(
            SOUTH, "cpam-listing", "fevrier.csv", ImportRuns.cpamListing(february), true);
    assertThat(second.getString("status")).isEqualTo("COMPLETED");
    assertThat(second.getJsonNumber("rejected").longValue()).isEqualTo(1);
    assertThat(second.getString("message")).contains("1 ligne(s) rejetée(s)").contains("revues");

    JsonObject kept =
        get("/api/v1/patients?name=" + misread, SOUTH).getJsonArray("items").getJsonObject(0);
    assertThat(kept.getString("status")).isEqualTo("WAITING");

    // A complete listing naming nobody (its header alone): a wrong file, not everyone gone.
    JsonObject empty =
        ImportRuns.importFile(
            SOUTH, "cpam-listing", "mars.csv", ImportRuns.cpamListing(List.of()), true);
    assertThat(empty.getString("status")).isEqualTo("COMPLETED");
    assertThat(empty.getString("message")).startsWith("Liste complète vide");
    assertThat(
            get("/api/v1/patients?name=" + stays, SOUTH)
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("status"))
        .isEqualTo("WAITING");
  }

  @Test
  void anMspCensusNamingTheGpWhoTookAPersonOnPutsHerUpForReview() throws Exception {
    String name = ImportRuns.uniqueName();
    String msp =
        "nom,prenom,date_naissance,telephone,commune,situation,pris_en_charge_par_rpps,"
            + "date_prise_en_charge\n"
            + name
            + ",Rose,04/10/1960,,Le Puy-en-Velay,sans MT,10042751791,01/11/2026\n";
    ImportRuns.importFile(
        SOUTH, "msp-export", "msp.csv", msp.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    JsonObject person =
        get("/api/v1/patients?name=" + name, SOUTH).getJsonArray("items").getJsonObject(0);
    assertThat(person.getString("status")).isEqualTo("MT_FOUND_ELSEWHERE");
    assertThat(person.getString("statusReason")).contains("10042751791");
  }
}
