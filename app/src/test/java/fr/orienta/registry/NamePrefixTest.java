package fr.orienta.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamePrefixTest {

  @Test
  void lettersAreSearchedByRangeThenLike() {
    assertThat(NamePrefix.of(" gar ")).isEqualTo(new NamePrefix("GAR%", "GAR", "GAS"));
  }

  @Test
  void trailingZsCarryIntoThePreviousLetter() {
    assertThat(NamePrefix.of("gaz")).isEqualTo(new NamePrefix("GAZ%", "GAZ", "GB"));
    assertThat(NamePrefix.of("AZZ").to()).isEqualTo("B");
    assertThat(NamePrefix.of("zz")).isEqualTo(new NamePrefix("ZZ%", "ZZ", null));
  }

  @Test
  void accentsCaseAndPunctuationAreSetAsideAsInTheStoredKeys() {
    assertThat(NamePrefix.of("Élo")).isEqualTo(new NamePrefix("ELO%", "ELO", "ELP"));
    assertThat(NamePrefix.of("lefè")).isEqualTo(NamePrefix.of("LEFE"));
    assertThat(NamePrefix.of("d'ar")).isEqualTo(new NamePrefix("D AR%", null, null));
    assertThat(NamePrefix.of("d-ar")).isEqualTo(NamePrefix.of("d'ar"));
  }

  @Test
  void spacesAndDigitsAreSearchedByLikeOnly() {
    assertThat(NamePrefix.of("le b").ranged()).isFalse();
    assertThat(NamePrefix.of("b2").ranged()).isFalse();
  }

  @Test
  void typedWildcardsAreTakenOut() {
    assertThat(NamePrefix.of("g%a_r")).isEqualTo(new NamePrefix("GAR%", "GAR", "GAS"));
  }
}
