package fr.orienta.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryStatisticsTest {

  /** The registry sizes at which a growth of {@code chunk} rows at a time is analyzed. */
  private static List<Long> analyzedAt(long counted, long chunk, long until) {
    RegistryStatistics.Growth growth = new RegistryStatistics.Growth(counted);
    List<Long> sizes = new ArrayList<>();
    for (long size = counted + chunk; size <= until; size += chunk) {
      if (growth.add(chunk)) {
        sizes.add(size);
        growth.counted(size);
      }
    }
    return sizes;
  }

  @Test
  void anEmptyRegistryIsAnalyzedAfterTwoChunksThenEachTimeItDoubles() {
    assertThat(analyzedAt(0, 500, 1_000_000))
        .containsExactly(
            1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 32_000L, 64_000L, 128_000L, 256_000L,
            512_000L);
  }

  @Test
  void aRegistryAlreadyCountedIsAnalyzedOnlyOnceItHasDoubled() {
    assertThat(analyzedAt(300_000, 500, 1_000_000)).containsExactly(600_000L);
    assertThat(analyzedAt(300_000, 500, 599_500)).isEmpty();
  }

  @Test
  void aRegistryCountedEmptyThoughLargeIsAnalyzedOnceThenByItsRealSize() {
    RegistryStatistics.Growth growth = new RegistryStatistics.Growth(0);
    assertThat(growth.add(500)).isFalse();
    assertThat(growth.add(500)).isTrue();
    growth.counted(801_000); // never analyzed before: PostgreSQL had not counted it
    assertThat(growth.add(800_000)).isFalse();
    assertThat(growth.add(1_000)).isTrue();
  }

  @Test
  void rowsAddedOneByOneCountAsMuchAsAChunk() {
    assertThat(analyzedAt(0, 1, 3_000)).containsExactly(1_000L, 2_000L);
  }
}
