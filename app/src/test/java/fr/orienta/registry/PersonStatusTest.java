package fr.orienta.registry;

import static fr.orienta.registry.PersonStatus.CONSENTING;
import static fr.orienta.registry.PersonStatus.CONTACTED;
import static fr.orienta.registry.PersonStatus.DECEASED;
import static fr.orienta.registry.PersonStatus.MERGED;
import static fr.orienta.registry.PersonStatus.MT_DECLARED;
import static fr.orienta.registry.PersonStatus.MT_FOUND_ELSEWHERE;
import static fr.orienta.registry.PersonStatus.ORIENTED;
import static fr.orienta.registry.PersonStatus.REFUSED;
import static fr.orienta.registry.PersonStatus.UNREACHABLE;
import static fr.orienta.registry.PersonStatus.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonStatusTest {

  @Test
  void thePathGoesForwardAndAnyStepMayEndOrReopen() {
    assertThat(WAITING.canBecome(CONTACTED)).isTrue();
    assertThat(CONTACTED.canBecome(ORIENTED)).isTrue();
    assertThat(ORIENTED.canBecome(CONTACTED)).isFalse();
    assertThat(ORIENTED.canBecome(WAITING)).isTrue();
    assertThat(CONTACTED.canBecome(UNREACHABLE)).isTrue();
    assertThat(MT_DECLARED.canBecome(MT_FOUND_ELSEWHERE)).isTrue();
  }

  @Test
  void anEndReopensToWaitingOrContactedOnly() {
    assertThat(REFUSED.nextStatuses())
        .containsExactly(
            WAITING, CONTACTED, UNREACHABLE, PersonStatus.MOVED_AWAY, DECEASED, MT_FOUND_ELSEWHERE);
    assertThat(UNREACHABLE.canBecome(CONSENTING)).isFalse();
  }

  @Test
  void aDeathIsOnlyCorrectedAndAMergeIsFinal() {
    assertThat(DECEASED.nextStatuses()).containsExactly(WAITING);
    assertThat(MERGED.nextStatuses()).isEmpty();
    assertThat(WAITING.canBecome(MERGED)).isFalse();
    assertThat(WAITING.canBecome(WAITING)).isFalse();
  }

  @Test
  void onlyTheStepsAfterConsentNeedIt() {
    assertThat(PersonStatus.values())
        .filteredOn(PersonStatus::needsConsent)
        .containsExactly(CONSENTING, ORIENTED, MT_DECLARED);
  }

  @Test
  void sortsEndOnTheIdSoThatPagesNeverOverlap() {
    assertThat(PersonFilter.Sort.NAME.orderBy(true))
        .isEqualTo("p.lastName asc, p.firstName asc, p.id asc");
    assertThat(PersonFilter.Sort.parse("-birthDate")).isEqualTo(PersonFilter.Sort.BIRTH_DATE);
    assertThat(PersonFilter.Sort.parse("added")).isEqualTo(PersonFilter.Sort.ADDED);
  }
}
