package fr.orienta.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingAnswersTest {

  private static MappingAnswers check(Map<String, String> answers, HeaderMapping file) {
    return MappingAnswers.check(answers, StubSource.FIELDS, "Format de test", file);
  }

  private static List<String> problems(Map<String, String> answers, HeaderMapping file) {
    try {
      check(answers, file);
    } catch (InvalidMappingException e) {
      return e.problems();
    }
    throw new AssertionError("accepted: " + answers);
  }

  private static Map<String, String> answers(String... headerAndKey) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (int i = 0; i < headerAndKey.length; i += 2) {
      answers.put(headerAndKey[i], headerAndKey[i + 1]);
    }
    return answers;
  }

  @Test
  void fieldsAndIgnoredColumnsAreAccepted() {
    Map<String, String> given = answers(" Patronyme ", "lastName", "Divers", "");
    given.put("Autre", null);

    assertThat(check(given, null).answers())
        .containsExactly(
            Map.entry("Patronyme", "lastName"), Map.entry("Divers", ""), Map.entry("Autre", ""));
  }

  @Test
  void anUnknownFieldIsNamedWithThePossibleOnes() {
    assertThat(problems(answers("Patronyme", "surname"), null))
        .singleElement()
        .asString()
        .startsWith("Champ inconnu pour le format « Format de test » : « surname ».")
        .contains("lastName (Nom de naissance)", "firstName (Prénom)");
  }

  @Test
  void oneFieldCannotBeChosenForTwoColumns() {
    assertThat(problems(answers("Patronyme", "lastName", "Nom de jeune fille", "lastName"), null))
        .containsExactly(
            "Le champ « Nom de naissance » est choisi pour plusieurs colonnes : « Patronyme » et"
                + " « Nom de jeune fille ». Un champ ne se lit que dans une colonne : ignorez les"
                + " autres.");
  }

  @Test
  void twoSpellingsOfOneHeaderCannotGetTwoAnswers() {
    assertThat(problems(answers("Né(e) le", "birthDate", "NE LE", ""), null))
        .singleElement()
        .asString()
        .contains("« NE LE » reçoit deux réponses différentes");
    assertThat(check(answers("Né(e) le", "birthDate", "NE LE", "birthDate"), null).answers())
        .containsOnlyKeys("Né(e) le");
  }

  @Test
  void emptyBlankOrOverlongHeadersAreRefused() {
    assertThat(problems(new HashMap<>(), null))
        .containsExactly("Aucune correspondance à enregistrer.");
    assertThat(problems(answers(" ", "lastName"), null))
        .containsExactly("Une colonne sans en-tête ne peut pas recevoir de champ.");
    assertThat(problems(answers("x".repeat(201), "lastName"), null))
        .singleElement()
        .asString()
        .startsWith("En-tête trop long (200 caractères au plus)");
  }

  @Test
  void forAFileTheHeaderMustBeOneOfItsColumns() {
    HeaderMapping file = HeaderMappingTest.map("Patronyme", "Prénom", "Date de naissance");

    assertThat(check(answers("PATRONYME", "lastName"), file).answers())
        .containsEntry("PATRONYME", "lastName");
    assertThat(problems(answers("Ailleurs", "lastName"), file))
        .containsExactly("La colonne « Ailleurs » n'existe pas dans ce fichier.");
  }

  @Test
  void forAFileAFieldAnotherColumnAlreadyFeedsIsRefusedUnlessThatColumnIsAnsweredToo() {
    HeaderMapping file = HeaderMappingTest.map("Nom", "Patronyme", "Prénom", "Date de naissance");

    assertThat(problems(answers("Patronyme", "lastName"), file))
        .containsExactly(
            "Le champ « Nom de naissance » est déjà lu dans la colonne « Nom » : choisissez un"
                + " autre champ pour « Patronyme », ou ignorez l'une des deux colonnes.");
    assertThat(check(answers("Patronyme", "lastName", "Nom", ""), file).answers()).hasSize(2);
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThatThrownBy(() -> check(answers("A", "nope", "B", "lastName", "C", "lastName"), null))
        .isInstanceOf(InvalidMappingException.class)
        .satisfies(e -> assertThat(((InvalidMappingException) e).problems()).hasSize(2))
        .hasMessageStartingWith("Correspondance des colonnes refusée : Champ inconnu");
  }
}
