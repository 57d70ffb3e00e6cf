package fr.orienta.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoDistanceTest {

  @Test
  void zeroForTheSamePoint() {
    assertThat(GeoDistance.km(45.18897, 3.69044, 45.18897, 3.69044)).isZero();
  }

  @Test
  void allegreToCraponneIsAboutTwentyKilometres() {
    // Centroids of the bundled COG file: Allègre 43003 and Craponne-sur-Arzon 43080.
    double km = GeoDistance.km(45.18897, 3.69044, 45.33184, 3.85293);
    assertThat(km).isCloseTo(20.3, within(0.5));
  }

  @Test
  void parisToMarseilleMatchesTheKnownGreatCircle() {
    assertThat(GeoDistance.km(48.8566, 2.3522, 43.2965, 5.3698)).isCloseTo(661.0, within(3.0));
  }

  @Test
  void isSymmetric() {
    assertThat(GeoDistance.km(45.0, 3.0, 46.0, 4.0))
        .isEqualTo(GeoDistance.km(46.0, 4.0, 45.0, 3.0));
  }
}
