package fr.orienta.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingTypeTest {

  @ParameterizedTest
  @ValueSource(strings = {"oui", "OUI", "true", "True", "yes", "1", " oui "})
  void trueSpellings(String raw) {
    assertThat(SettingType.BOOLEAN.parse(raw)).isEqualTo(Boolean.TRUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"non", "Non", "false", "FALSE", "no", "0", "non\t"})
  void falseSpellings(String raw) {
    assertThat(SettingType.BOOLEAN.parse(raw)).isEqualTo(Boolean.FALSE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"o", "vrai", "2", "", "oui non"})
  void otherBooleansAreRejectedInFrench(String raw) {
    assertThatThrownBy(() -> SettingType.BOOLEAN.parse(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("n'est pas un booléen (oui/non, true/false)");
  }

  @Test
  void integersAreTrimmedAndLong() {
    assertThat(SettingType.INTEGER.parse(" 42 ")).isEqualTo(42L);
    assertThat(SettingType.INTEGER.parse("-3")).isEqualTo(-3L);
    assertThat(SettingType.INTEGER.parse("9000000000")).isEqualTo(9_000_000_000L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.5", "1,5", "douze", "", "12 000", "99999999999999999999"})
  void badIntegersAreRejectedWithTheValueQuoted(String raw) {
    assertThatThrownBy(() -> SettingType.INTEGER.parse(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("« " + raw + " » n'est pas un entier");
  }

  @Test
  void decimals() {
    assertThat(SettingType.DECIMAL.parse("0.75")).isEqualTo(new BigDecimal("0.75"));
    assertThat(SettingType.DECIMAL.parse(" 3 ")).isEqualTo(new BigDecimal("3"));
    assertThatThrownBy(() -> SettingType.DECIMAL.parse("0,75"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("« 0,75 » n'est pas un nombre décimal");
  }

  @Test
  void stringsAreKeptAsWrittenAndNullMeansNoValue() {
    assertThat(SettingType.STRING.parse("  Haute-Loire ")).isEqualTo("  Haute-Loire ");
    for (SettingType type : SettingType.values()) {
      assertThat(type.parse(null)).as(type.name()).isNull();
    }
  }
}
