package fr.orienta.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

  @Test
  void nirKeyOfTheSampleCpamListing() {
    // First rows of shared/formats/cpam-listing.csv: 13 digits, then their key.
    assertThat(Identifiers.nirKey("1540843026279")).isEqualTo(62);
    assertThat(Identifiers.nirKey("1420943267339")).isEqualTo(69);
    assertThat(Identifiers.isValidNir("154084302627962")).isTrue();
    assertThat(Identifiers.isValidNir("1 54 08 43 026 279 62")).isTrue();
    // A spreadsheet's thousands separators are non-breaking spaces.
    assertThat(Identifiers.isValidNir("1\u00A054.08-43\u202F026\t279 62")).isTrue();
    assertThat(Identifiers.compact("1 80 07 2a-004.123")).isEqualTo("180072A004123");
  }

  @Test
  void wrongKeyOrShapeIsInvalid() {
    assertThat(Identifiers.isValidNir("154084302627961")).isFalse();
    assertThat(Identifiers.isValidNir("15408430262796")).isFalse();
    assertThat(Identifiers.isValidNir("954084302627962")).isFalse();
    assertThat(Identifiers.isValidNir(null)).isFalse();
  }

  @Test
  void corsicaCountsAs19And18() {
    String body2a = "180072A004123";
    String body2b = "180072B004123";
    int key2a = 97 - (int) (Long.parseLong("1800719004123") % 97);
    int key2b = 97 - (int) (Long.parseLong("1800718004123") % 97);
    assertThat(Identifiers.nirKey(body2a)).isEqualTo(key2a);
    assertThat(Identifiers.nirKey(body2b)).isEqualTo(key2b);
    assertThat(Identifiers.isValidNir(body2a + String.format("%02d", key2a))).isTrue();
    assertThat(Identifiers.isValidNir("180072a004123" + String.format("%02d", key2a))).isTrue();
  }

  @Test
  void rppsLuhnOfTheSampleListings() {
    assertThat(Identifiers.isValidRpps("10918147561")).isTrue();
    assertThat(Identifiers.isValidRpps("10112051874")).isTrue();
    assertThat(Identifiers.isValidRpps("10112051875")).isFalse();
    assertThat(Identifiers.isValidRpps("1011205187")).isFalse();
    assertThat(Identifiers.luhnCheckDigit("1091814756")).isEqualTo(1);
  }
}
