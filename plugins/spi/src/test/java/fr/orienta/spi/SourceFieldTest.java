package fr.orienta.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceFieldTest {

  private final SourceField birthDate =
      new SourceField(
          "birthDate", "Date de naissance", List.of("Né(e) le", "Date naissance"), true);
  private final SourceField firstName =
      new SourceField("firstName", "Prénom", List.of("Prénom"), true);

  @ParameterizedTest
  @ValueSource(
      strings = {"Né(e) le", "NE LE", "ne_le", "Né le", "né·e le", "  NÉ(E)  LE ", "Ne-Le"})
  void birthDateHeaderSpellingsAreTheSame(String header) {
    assertThat(birthDate.matches(header)).isTrue();
    assertThat(SourceField.normalise(header)).isEqualTo("ne le");
  }

  @Test
  void accentsAndCaseDoNotMatter() {
    assertThat(firstName.matches("Prenom")).isTrue();
    assertThat(firstName.matches("PRÉNOM")).isTrue();
    assertThat(firstName.matches("prénom ")).isTrue();
    assertThat(firstName.matches("Prénoms usuels")).isFalse();
    assertThat(SourceField.normalise("Prénom")).isEqualTo(SourceField.normalise("Prenom"));
  }

  @Test
  void byteOrderMarkOfTheFirstHeaderIsIgnored() {
    assertThat(firstName.matches("\uFEFFPrénom")).isTrue();
    assertThat(SourceField.normalise("\uFEFFNIR")).isEqualTo("nir");
  }

  @Test
  void normaliseKeepsDigitsAndCollapsesPunctuation() {
    assertThat(SourceField.normalise("N° de sécurité sociale")).isEqualTo("n de securite sociale");
    assertThat(SourceField.normalise("Adresse (ligne 2)")).isEqualTo("adresse ligne 2");
    assertThat(SourceField.normalise("Tél.  portable/SMS")).isEqualTo("tel portable sms");
    assertThat(SourceField.normalise("Ligne 1")).isNotEqualTo(SourceField.normalise("Ligne 2"));
  }

  @Test
  void onlyInclusiveWritingEndingsAreDropped() {
    assertThat(SourceField.normalise("Assuré(e)")).isEqualTo("assure");
    assertThat(SourceField.normalise("Bénéficiaire(s)")).isEqualTo("beneficiaire");
    assertThat(SourceField.normalise("Inscrit·e·s")).isEqualTo("inscrit");
    // Meaningful parentheses stay: an ALD code column is not a « code » column.
    assertThat(SourceField.normalise("Code(ALD)")).isEqualTo("code ald");
    assertThat(SourceField.normalise("Exo (e)")).isEqualTo("exo e");
  }

  @Test
  void blankOrNullHeadersMatchNothing() {
    SourceField anything = new SourceField("x", null, List.of("", "  "), false);

    assertThat(anything.matches("")).isFalse();
    assertThat(anything.matches("--")).isFalse();
    assertThat(anything.matches(null)).isFalse();
    assertThat(SourceField.normalise(null)).isEmpty();
    assertThat(anything.label()).isEqualTo("x");
  }

  @Test
  void aliasesAreCopied() {
    List<String> aliases = new ArrayList<>(List.of("Nom"));
    SourceField lastName = new SourceField("lastName", "Nom", aliases, true);
    aliases.add("Patronyme");

    assertThat(lastName.aliases()).containsExactly("Nom");
    assertThat(lastName.matches("Patronyme")).isFalse();
    assertThatThrownBy(() -> new SourceField(null, "x", List.of(), false))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void ofListsTheAliasesInOrder() {
    SourceField css = SourceField.of("css", "CSS (oui/non)", false, "C2S", "CSS");

    assertThat(css)
        .isEqualTo(new SourceField("css", "CSS (oui/non)", List.of("C2S", "CSS"), false));
    assertThat(SourceField.of("x", "X", true).aliases()).isEmpty();
  }

  @Test
  void plusAliasesKeepsTheUsualSpellingFirstAndListsNoneTwice() {
    SourceField lastName =
        SourceField.of("lastName", "Nom", true, "nom")
            .plusAliases(List.of("Nom de naissance", "NOM", "Nom de naissance"))
            .plusAliases(List.of("Patronyme"));

    assertThat(lastName.aliases()).containsExactly("nom", "Nom de naissance", "Patronyme");
    assertThat(lastName.key()).isEqualTo("lastName");
    assertThat(lastName.label()).isEqualTo("Nom");
    assertThat(lastName.required()).isTrue();
  }
}
