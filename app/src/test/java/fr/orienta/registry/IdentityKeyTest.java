package fr.orienta.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdentityKeyTest {

  private static final LocalDate BORN = LocalDate.of(1926, 6, 9);

  @Test
  void accentsCasePunctuationAndCompoundNamesDoNotMatter() {
    String key = IdentityKey.of("Lefèvre", "Zoé", BORN, "43162");
    assertThat(key).isEqualTo("LEFEVRE|ZOE|1926-06-09|43162");
    assertThat(IdentityKey.of("  LEFEVRE ", "zoe", BORN, "43162")).isEqualTo(key);
    assertThat(IdentityKey.of("Le-Fèvre", "Zoé-Marie", BORN, "43162")).isEqualTo(key);
    assertThat(IdentityKey.of("LE FEVRE", "Zoé Anne", BORN, "43162")).isEqualTo(key);
  }

  @Test
  void anotherBirthDateFirstNameOrCommuneIsAnotherKey() {
    String key = IdentityKey.of("Lefèvre", "Zoé", BORN, "43162");
    assertThat(IdentityKey.of("Lefèvre", "Zoé", BORN.plusDays(1), "43162")).isNotEqualTo(key);
    assertThat(IdentityKey.of("Lefèvre", "Léa", BORN, "43162")).isNotEqualTo(key);
    assertThat(IdentityKey.of("Lefèvre", "Zoé", BORN, "43157")).isNotEqualTo(key);
    assertThat(IdentityKey.of("Lefèvre", "Zoé", BORN, null)).isEqualTo("LEFEVRE|ZOE|1926-06-09|");
  }

  @Test
  void tooFewTraitsGiveNoKey() {
    assertThat(IdentityKey.of(null, "Zoé", BORN, "43162")).isNull();
    assertThat(IdentityKey.of("Lefèvre", "?!", BORN, "43162")).isNull();
  }

  @Test
  void aPersonWithoutBirthDateHasAKeyAlikeThoseOfTheSameNamesAndCommune() {
    String undated = IdentityKey.of("Lefèvre", "Zoé", null, "43162");
    String dated = IdentityKey.of("LEFEVRE", "Zoé-Marie", BORN, "43162");

    assertThat(undated).isEqualTo("LEFEVRE|ZOE|?|43162");
    assertThat(IdentityKey.isUndated(undated)).isTrue();
    assertThat(IdentityKey.isUndated(dated)).isFalse();
    assertThat(IdentityKey.undated(dated)).isEqualTo(undated);
    assertThat(IdentityKey.undated(IdentityKey.of("Lefèvre", "Zoé", BORN, null)))
        .isEqualTo("LEFEVRE|ZOE|?|");
    assertThat(IdentityKey.sameNamesAndCommune(undated, dated)).isTrue();
    assertThat(
            IdentityKey.sameNamesAndCommune(
                undated, IdentityKey.of("Lefèvre", "Zoé", BORN, "43157")))
        .isFalse();
    assertThat(
            IdentityKey.sameNamesAndCommune(
                undated, IdentityKey.of("Lefèvres", "Zoé", BORN, "43162")))
        .isFalse();
    assertThat(IdentityKey.sameNamesAndCommune(undated, "LEFEVRE|ZOEA|1926-06-09|43162")).isFalse();
  }

  @Test
  void plainKeepsLettersAndDigitsSeparatedBySingleSpaces() {
    assertThat(IdentityKey.plain(" d'Hérouville--Saint  2 ")).isEqualTo("D HEROUVILLE SAINT 2");
    assertThat(IdentityKey.plain("Straße")).isEqualTo("STRASSE");
    assertThat(IdentityKey.plain("Lœuillet-Æmilie Ørsted ŁUKASZ đ"))
        .isEqualTo("LOEUILLET AEMILIE ORSTED LUKASZ D");
    assertThat(IdentityKey.of("Cœur", "Zoé", BORN, "43162"))
        .isEqualTo(IdentityKey.of("COEUR", "ZOE", BORN, "43162"));
    assertThat(IdentityKey.plain("?! ")).isEmpty();
    assertThat(IdentityKey.plain(null)).isEmpty();
  }

  @Test
  void aFirstNameIsCutWhenItIsTheOtherStoppedAfterAFirstName() {
    assertThat(IdentityKey.isCutOf("MARIE", "MARIE CLAIRE")).isTrue();
    assertThat(IdentityKey.isCutOf("MARIE CLAIRE", "MARIE")).isFalse();
    assertThat(IdentityKey.isCutOf("MARIE", "MARIETTE")).isFalse();
    assertThat(IdentityKey.isCutOf("MARIE", "MARIE")).isFalse();
    assertThat(IdentityKey.isCutOf("", "MARIE")).isFalse();
  }

  @Test
  void aNameIsMeasuredAsItsSpelledOutKeyWhenThatIsLonger() {
    assertThat(IdentityKey.storedLength("Œ".repeat(61), 120)).isEqualTo(122);
    assertThat(IdentityKey.storedLength("ŒUF", 120)).as("short: as typed").isEqualTo(3);
    assertThat(IdentityKey.storedLength("A".repeat(121), 120)).isEqualTo(121);
    assertThat(IdentityKey.storedLength("ﬃ".repeat(41), 120)).isEqualTo(123);
  }
}
