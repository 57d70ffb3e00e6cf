package fr.orienta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DemoPopulationTest {

  @Test
  void dealsExactlyTheRequestedNumberOfFlags() {
    boolean[] flags = DemoPopulation.deal(2071, 105, new Random(43));
    int set = 0;
    for (boolean flag : flags) {
      set += flag ? 1 : 0;
    }
    assertThat(flags).hasSize(2071);
    assertThat(set).isEqualTo(105);
  }

  @Test
  void sameSeedSameDeal() {
    assertThat(DemoPopulation.deal(500, 40, new Random(7)))
        .isEqualTo(DemoPopulation.deal(500, 40, new Random(7)));
  }

  @Test
  void northDemoIsSizedLikeTheCptsNordVelayForezDiagnosis() {
    var north = DemoPopulation.Size.NORTH;
    assertThat(north.people).isEqualTo(2071);
    assertThat(north.ald).isEqualTo(105);
    assertThat(north.css).isEqualTo(71);
    assertThat(north.aged70).isEqualTo(119);
    assertThat(north.doctors).isEqualTo(29);
    assertThat(north.doctorsOver60).isEqualTo(7);
    assertThat(north.doctorsOver65).isEqualTo(4);
  }
}
