package fr.orienta.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every value a person's story names has its French word in the bundle. */
class LabelsTest {

  @Test
  void everyStatusConsentTermAndReporterHasItsWord() {
    List<String> words = new ArrayList<>();
    for (PersonStatus status : PersonStatus.values()) {
      words.add(Labels.status(status));
    }
    for (PersonConsent.Scope scope : PersonConsent.Scope.values()) {
      words.add(Labels.scope(scope));
    }
    for (PersonConsent.Channel channel : PersonConsent.Channel.values()) {
      words.add(Labels.channel(channel));
    }
    for (Reporter.Kind kind : Reporter.Kind.values()) {
      words.add(Labels.reporter(kind));
    }

    assertThat(words).allSatisfy(word -> assertThat(word).isNotBlank().doesNotContain("???"));
    assertThat(Labels.status(PersonStatus.MT_FOUND_ELSEWHERE)).isEqualTo("MT trouvé ailleurs");
  }
}
