package fr.orienta.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UploadRetentionTest {

  @Test
  void shortFormsAndIsoDurationsAreRead() {
    assertThat(UploadRetention.parse("24h")).isEqualTo(Duration.ofHours(24));
    assertThat(UploadRetention.parse(" 90 m ")).isEqualTo(Duration.ofMinutes(90));
    assertThat(UploadRetention.parse("2d")).isEqualTo(Duration.ofDays(2));
    assertThat(UploadRetention.parse("2J")).isEqualTo(Duration.ofDays(2));
    assertThat(UploadRetention.parse("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(UploadRetention.parse("PT36H")).isEqualTo(Duration.ofHours(36));
    assertThat(UploadRetention.parse("pt1h30m")).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void malformedZeroOrNegativeValuesAreRefusedInFrench() {
    for (String bad : new String[] {"", "demain", "0h", "PT0S", "-PT1H", "24 heures", null}) {
      assertThatThrownBy(() -> UploadRetention.parse(bad))
          .as(String.valueOf(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("orienta.import.upload-retention : durée invalide");
    }
  }

  @Test
  void durationsAreDescribedForMessages() {
    assertThat(UploadRetention.describe(Duration.ofHours(24))).isEqualTo("24 h");
    assertThat(UploadRetention.describe(Duration.ofDays(2))).isEqualTo("48 h");
    assertThat(UploadRetention.describe(Duration.ofMinutes(90))).isEqualTo("90 min");
    assertThat(UploadRetention.describe(Duration.ofSeconds(45))).isEqualTo("45 s");
  }
}
