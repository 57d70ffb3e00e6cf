package fr.orienta.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  private static final SettingDefinition POINTS =
      SettingDefinition.of("points", "Points", "Points ajoutés", SettingType.INTEGER, "50");
  private static final SettingDefinition RATIO =
      SettingDefinition.of("ratio", "Coefficient", null, SettingType.DECIMAL, "1.5");
  private static final SettingDefinition ENABLED =
      SettingDefinition.of("enabled", "Actif", null, SettingType.BOOLEAN, "oui");
  private static final SettingDefinition LABEL =
      SettingDefinition.of("label", "Libellé", null, SettingType.STRING, "Priorité");
  private static final SettingDefinition API_KEY =
      new SettingDefinition("api-key", "Clé", null, SettingType.STRING, null, true, true);
  private static final SettingDefinition PIN =
      new SettingDefinition("pin", "Code", null, SettingType.INTEGER, null, true, false);

  private static final List<SettingDefinition> DECLARED = List.of(POINTS, RATIO, ENABLED, LABEL);

  @Test
  void defaultsAreParsedToTheirDeclaredTypes() {
    Settings settings = Settings.defaults(DECLARED);

    assertThat(settings.problems()).isEmpty();
    assertThat(settings.getInteger("points")).isEqualTo(50L);
    assertThat(settings.getDecimal("ratio")).isEqualByComparingTo(new BigDecimal("1.5"));
    assertThat(settings.getBoolean("enabled")).isTrue();
    assertThat(settings.getString("label")).isEqualTo("Priorité");
    assertThat(settings.isSet("points")).isTrue();
  }

  @Test
  void configuredValuesOverrideDefaults() {
    Settings settings =
        Settings.of(
            DECLARED, Map.of("points", " 12 ", "ratio", "0.25", "enabled", "non", "label", "x"));

    assertThat(settings.problems()).isEmpty();
    assertThat(settings.getInteger("points")).isEqualTo(12L);
    assertThat(settings.getDecimal("ratio")).isEqualByComparingTo("0.25");
    assertThat(settings.getBoolean("enabled")).isFalse();
    assertThat(settings.getString("label")).isEqualTo("x");
  }

  @Test
  void malformedValueIsReportedAndTheDefaultKept() {
    Settings settings =
        Settings.of(DECLARED, Map.of("points", "cinquante", "enabled", "peut-être"));

    assertThat(settings.problems())
        .containsExactly(
            "Paramètre points : « cinquante » n'est pas un entier",
            "Paramètre enabled : « peut-être » n'est pas un booléen (oui/non, true/false)");
    assertThat(settings.getInteger("points")).isEqualTo(50L);
    assertThat(settings.getBoolean("enabled")).isTrue();
  }

  @Test
  void malformedValueWithoutDefaultLeavesTheSettingUnset() {
    SettingDefinition limit =
        SettingDefinition.of("limit", "Limite", null, SettingType.INTEGER, null);

    Settings settings = Settings.of(List.of(limit), Map.of("limit", "3,5"));

    assertThat(settings.problems())
        .containsExactly("Paramètre limit : « 3,5 » n'est pas un entier");
    assertThat(settings.isSet("limit")).isFalse();
    assertThatThrownBy(() -> settings.getInteger("limit"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("limit");
  }

  @Test
  void malformedSecretIsReportedWithoutEchoingTheValue() {
    Settings settings = Settings.of(List.of(PIN), Map.of("pin", "s3cr3t"));

    assertThat(settings.problems()).containsExactly("Paramètre pin : valeur secrète invalide");
    assertThat(String.join(" ", settings.problems())).doesNotContain("s3cr3t");
  }

  @Test
  void unknownKeysAreReportedInAStableOrder() {
    Settings settings = Settings.of(DECLARED, Map.of("pionts", "3", "zeta", "1", "alpha", "2"));

    assertThat(settings.problems())
        .containsExactly(
            "Paramètre inconnu : alpha", "Paramètre inconnu : pionts", "Paramètre inconnu : zeta");
    assertThat(settings.getInteger("points")).isEqualTo(50L);
  }

  @Test
  void requiredSettingWithoutValueNorDefaultIsReported() {
    Settings missing = Settings.defaults(List.of(API_KEY));
    Settings given = Settings.of(List.of(API_KEY), Map.of("api-key", "abc"));

    assertThat(missing.problems()).containsExactly("Paramètre obligatoire manquant : api-key");
    assertThat(missing.isSet("api-key")).isFalse();
    assertThat(missing.getString("api-key")).isNull();
    assertThat(given.problems()).isEmpty();
    assertThat(given.getString("api-key")).isEqualTo("abc");
  }

  @Test
  void optionalSettingWithoutValueIsSimplyUnset() {
    SettingDefinition note = SettingDefinition.of("note", "Note", null, SettingType.STRING, null);

    Settings settings = Settings.defaults(List.of(note));

    assertThat(settings.problems()).isEmpty();
    assertThat(settings.isSet("note")).isFalse();
  }

  @Test
  void askingForAnUndeclaredKeyFailsAtOnce() {
    Settings settings = Settings.defaults(DECLARED);

    assertThatThrownBy(() -> settings.getInteger("pionts"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Undeclared setting: pionts");
    assertThatThrownBy(() -> settings.getString("nope"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> settings.isSet("nope")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void askingWithTheWrongTypeFails() {
    Settings settings = Settings.defaults(DECLARED);

    assertThatThrownBy(() -> settings.getBoolean("points"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points is declared INTEGER, not BOOLEAN");
    // Any value can be read as text, which is what an admin screen shows.
    assertThat(settings.getString("points")).isEqualTo("50");
  }

  @Test
  void problemsCannotBeAlteredByTheReader() {
    Settings settings = Settings.of(DECLARED, Map.of("x", "1"));

    assertThatThrownBy(() -> settings.problems().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(settings.problems()).hasSize(1);
  }

  @Test
  void definitionRejectsBadKeysAndDefaultsThatDoNotParse() {
    assertThatThrownBy(() -> SettingDefinition.of("Points", null, null, SettingType.STRING, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid setting key: Points");
    assertThatThrownBy(() -> SettingDefinition.of("a..b", null, null, SettingType.STRING, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SettingDefinition.of("points", null, null, SettingType.INTEGER, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n'est pas un entier");

    SettingDefinition dotted =
        SettingDefinition.of("max.points-per-month", null, null, SettingType.INTEGER, "2");
    assertThat(dotted.label()).isEqualTo("max.points-per-month");
    assertThat(dotted.description()).isEmpty();
  }
}
