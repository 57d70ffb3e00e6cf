package fr.orienta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CausesTest {

  @Test
  void walksTheChainToItsRoot() {
    IOException root = new IOException("disque");
    UncheckedIOException middle = new UncheckedIOException(root);
    IllegalStateException top = new IllegalStateException(middle);

    assertThat(Causes.of(top)).containsExactly(top, middle, root);
    assertThat(Causes.root(top)).isSameAs(root);
    assertThat(Causes.root(root)).isSameAs(root);
    assertThat(Causes.of(null)).isEmpty();
  }

  @Test
  // A walk that does not end fails here, on its own thread, instead of hanging the build.
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void endsAChainThatLoops() {
    RuntimeException first = new RuntimeException("premier");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second);

    assertThat(Causes.of(first)).containsExactly(first, second);
    assertThat(Causes.root(first)).isSameAs(second);
    assertThat(Refusal.within(first)).as("a refusal looked for in a loop").isEmpty();
  }
}
