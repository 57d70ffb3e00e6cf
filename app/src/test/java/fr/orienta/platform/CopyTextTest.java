package fr.orienta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
    assertThat(LocalDateTime.parse(text(instant)))
        .isEqualTo(
            LocalDateTime.ofInstant(
                Instant.parse("2026-11-22T22:38:22.694382Z"), ZoneId.systemDefault()));
    assertThat(text(Instant.parse("2026-11-22T22:38:22.694381499Z"))).endsWith(":22.694381");
    assertThat(LocalDateTime.parse(text(Instant.parse("2026-11-22T22:38:22Z"))).getSecond())
        .isEqualTo(22);
  }

  @Test
  void eachTimeOfASecondAndAcrossTheClockChangesIsItsOwnWallTime() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    CopyText copy = new CopyText(paris);
    // Both clock changes of 2026, and a time rounded up into the next second and the next day.
    List<Instant> starts =
        List.of(
            Instant.parse("2026-03-29T00:59:58Z"),
            Instant.parse("2026-10-25T00:59:58Z"),
            Instant.parse("2026-12-31T22:59:59.999999600Z"));
    for (Instant start : starts) {
      for (long nanos = 0; nanos < 4_000_000_000L; nanos += 123_456_789L) {
        Instant instant = start.plusNanos(nanos);
        StringBuilder row = new StringBuilder();
        copy.append(row, instant);
        LocalDateTime expected =
            LocalDateTime.ofInstant(instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS), paris);
        assertThat(LocalDateTime.parse(row)).as(instant.toString()).isEqualTo(expected);
      }
    }
    StringBuilder row = new StringBuilder();
    copy.append(row, Instant.parse("2026-12-31T22:59:59.999999600Z"));
    assertThat(LocalDateTime.parse(row)).isEqualTo(LocalDateTime.of(2027, 1, 1, 0, 0));
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
