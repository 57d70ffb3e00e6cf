package fr.orienta.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
  private final UserAccount account =
      new UserAccount("claire", "Claire", "hash", Role.COORDINATOR, "cpts-a");

  @Test
  void locksAfterTheMaximumNumberOfFailuresForTheLockoutDuration() {
    for (int i = 0; i < 4; i++) {
      account.recordFailure(now, 5, Duration.ofMinutes(15));
      assertThat(account.isLockedAt(now)).isFalse();
    }
    account.recordFailure(now, 5, Duration.ofMinutes(15));

    assertThat(account.isLockedAt(now)).isTrue();
    assertThat(account.isLockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
    assertThat(account.isLockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
  }

  @Test
  void successResetsTheFailureCount() {
    account.recordFailure(now, 5, Duration.ofMinutes(15));
    account.recordFailure(now, 5, Duration.ofMinutes(15));
    account.recordSuccess(now);

    assertThat(account.getFailedAttempts()).isZero();
    assertThat(account.getLastLoginAt()).isEqualTo(now);
  }
}
