package fr.orienta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenfoldTest {

  @Test
  void tellsTheFirstAndEachTenfoldOfEachThingApart() {
    Tenfold failures = new Tenfold();
    List<Long> logged = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      long count = failures.count("cpam-listing");
      if (count > 0) {
        logged.add(count);
      }
    }

    assertThat(logged).containsExactly(1L, 10L, 100L, 1_000L);
    assertThat(failures.count("msa-listing")).as("another thing counts on its own").isEqualTo(1);
    assertThat(failures.count("cpam-listing")).isZero();
  }

  @Test
  void powersOfTenUpToTheLargestLong() {
    assertThat(Tenfold.isPowerOfTen(1_000_000_000_000_000_000L)).isTrue();
    assertThat(Tenfold.isPowerOfTen(Long.MAX_VALUE)).isFalse();
    assertThat(Tenfold.isPowerOfTen(999)).isFalse();
  }
}
