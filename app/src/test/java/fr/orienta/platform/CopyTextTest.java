package fr.orienta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CopyTextTest {

  private static String text(Object value) {
    StringBuilder row = new StringBuilder();
    new CopyText().append(row, value);
    return row.toString();
  }

  @Test
  void valuesAreWrittenAsTheDriverWouldBindThem() {
    assertThat(text(null)).isEqualTo("\\N");
    assertThat(text(true)).isEqualTo("t");
    assertThat(text(false)).isEqualTo("f");
    assertThat(text(Thread.State.NEW)).isEqualTo("NEW");
    assertThat(text(42L)).isEqualTo("42");
    assertThat(text(LocalDate.of(2026, 1, 15))).isEqualTo("2026-01-15");
  }

  @Test
  void textEscapesWhatTheFormatReadsAndKeepsTheRest() {
    assertThat(text("l'Église\\Bât. B \\N")).isEqualTo("l'Église\\\\Bât. B \\\\N");
    assertThat(text("a\tb\nc\rd")).isEqualTo("a\\tb\\nc\\rd");
  }

  @Test
  void timesAreTheServerZonesWallTimeToTheMicrosecond() {
    Instant instant = Instant.parse("2026-11-22T22:38:22.694381500Z");
    assertThat(text(instant))
        .isEqualTo(
            LocalDateTime.ofInstant(
                    Instant.parse("2026-11-22T22:38:22.694382Z"), ZoneId.systemDefault())
                .toString());
    assertThat(text(Instant.parse("2026-11-22T22:38:22.694381499Z"))).endsWith(":22.694381");
  }

  @Test
  void aTimeWrittenAgainIsTheSameTextAndAnotherTimeItsOwn() {
    CopyText copy = new CopyText();
    StringBuilder row = new StringBuilder();
    Instant first = Instant.parse("2026-11-22T22:38:22.100Z");
    Instant second = Instant.parse("2026-11-22T22:38:23.200Z");
    for (Instant instant : new Instant[] {first, first, second, first}) {
      copy.append(row, instant);
      row.append('\t');
    }
    assertThat(row.toString().split("\t"))
        .containsExactly(text(first), text(first), text(second), text(first));
    assertThat(text(first)).isNotEqualTo(text(second));
  }
}
