package fr.orienta.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.platform.Refusal;
import fr.orienta.registry.NewConsent;
import fr.orienta.registry.NewPerson;
import fr.orienta.registry.PatientResource;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A JSON body the binding could not read: refused naming the field in fault, in French. */
class JsonBodiesTest {

  @SuppressWarnings("unused")
  private Map<String, String> columnMapping;

  private static String fault(String body, Type type) {
    Refusal refusal = JsonBodies.fault(body.getBytes(StandardCharsets.UTF_8), type);
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
    return refusal.getMessage();
  }

  @Test
  void anEmptyOrMalformedBodyOrOneThatIsNoObjectIsSaidSo() {
    assertThat(fault("", NewPerson.class)).startsWith("Corps de la requête vide");
    assertThat(fault(" \n", NewPerson.class)).startsWith("Corps de la requête vide");
    assertThat(fault("{", NewPerson.class)).isEqualTo("JSON mal formé (ligne 1, colonne 3).");
    assertThat(fault("[]", NewPerson.class))
        .isEqualTo("Le corps de la requête doit être un objet JSON.");
  }

  @Test
  void aBadDateOrNumberNamesItsField() {
    assertThat(fault("{\"lastName\":\"T\",\"birthDate\":\"not-a-date\"}", NewPerson.class))
        .isEqualTo("birthDate : date invalide (aaaa-mm-jj attendu)");
    assertThat(fault("{\"aldCode\":\"12\",\"birthDate\":3}", NewPerson.class))
        .as("a number in a string is read, as JSON-B reads it")
        .isEqualTo("birthDate : date invalide (aaaa-mm-jj attendu)");
    assertThat(fault("{\"aldCode\":\"douze\"}", NewPerson.class))
        .isEqualTo("aldCode : nombre entier attendu");
  }

  @Test
  void anUnknownValueNamesItsFieldAndTheValuesItTakes() {
    assertThat(
            fault(
                "{\"kind\":\"CONSENT\",\"scope\":\"ORIENTATION\",\"channel\":\"LETTER\"}",
                NewConsent.class))
        .isEqualTo(
            "channel : valeur inconnue (valeurs possibles : PHONE, IN_PERSON, MAIL, EMAIL ou FORM)");
    assertThat(
            fault(
                "{\"person\":{\"lastName\":\"M\"},\"reporter\":{\"kind\":\"pharmacist\"}}",
                PatientResource.Report.class))
        .isEqualTo(
            "reporter.kind : valeur inconnue (valeurs possibles : PHARMACIST, NURSE, TOWN_HALL,"
                + " SOCIAL_WORKER ou OTHER)");
    assertThat(fault("{\"status\":\"FOO\",\"reason\":\"x\"}", PatientResource.StatusChange.class))
        .startsWith("status : valeur inconnue (valeurs possibles : WAITING, CONTACTED,");
  }

  @Test
  void aNestedObjectOrAMapValueOfTheWrongShapeNamesItsField() throws Exception {
    Type mapping = JsonBodiesTest.class.getDeclaredField("columnMapping").getGenericType();

    assertThat(fault("{\"person\":[],\"reporter\":{}}", PatientResource.Report.class))
        .isEqualTo("person : objet JSON attendu");
    assertThat(fault("{\"Nom\":\"lastName\",\"Prénom\":{}}", mapping))
        .isEqualTo("Prénom : texte attendu");
    assertThat(fault("{\"Nom\":\"lastName\"}", mapping))
        .as("nothing found wrong: said in general")
        .startsWith("Corps JSON illisible");
  }

  @Test
  void aNulCharacterIsFoundWhereverItIsWrittenAndOnlyThere() {
    assertThat(JsonBodies.holdsNul(bytes("{\"lastName\":\"A\\u0000B\"}"))).isTrue();
    assertThat(JsonBodies.holdsNul(bytes("{\"lastName\":\"A\\\\\\u0000B\"}"))).isTrue();
    assertThat(JsonBodies.holdsNul(bytes("{\"lastName\":\"A\u0000B\"}"))).isTrue();
    // An escaped backslash, then text.
    assertThat(JsonBodies.holdsNul(bytes("{\"note\":\"C:\\\\u0000\"}"))).isFalse();
    assertThat(JsonBodies.holdsNul(bytes("{\"note\":\"u0000\"}"))).isFalse();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
