package fr.orienta.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

  private final ExecutorService executor = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() throws InterruptedException {
    executor.shutdownNow();
    assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
  }

  private static Supplier<Integer> upTo(int last, AtomicInteger made) {
    Iterator<Integer> items = IntStream.rangeClosed(1, last).iterator();
    return () -> {
      if (!items.hasNext()) {
        return null;
      }
      made.incrementAndGet();
      return items.next();
    };
  }

  @Test
  void everyItemComesInOrderThenNothing() {
    List<Integer> taken = new ArrayList<>();
    try (ReadAhead<Integer> ahead =
        new ReadAhead<>(upTo(2_500, new AtomicInteger()), 7, executor)) {
      for (Integer item = ahead.next(); item != null; item = ahead.next()) {
        taken.add(item);
      }
      assertThat(ahead.next()).isNull();
    }
    assertThat(taken).hasSize(2_500).isSorted().startsWith(1).endsWith(2_500);
  }

  @Test
  void aFailureOfTheSourceComesInThePlaceOfItsItem() {
    AtomicInteger made = new AtomicInteger();
    Supplier<Integer> items = upTo(10, made);
    Supplier<Integer> failingAtThree =
        () -> {
          if (made.get() == 2) {
            throw new IllegalArgumentException("ligne 3 illisible");
          }
          return items.get();
        };
    try (ReadAhead<Integer> ahead = new ReadAhead<>(failingAtThree, 4, executor)) {
      assertThat(ahead.next()).isEqualTo(1);
      assertThat(ahead.next()).isEqualTo(2);
      assertThatThrownBy(ahead::next).hasMessage("ligne 3 illisible");
      assertThat(ahead.next()).isNull();
    }
    assertThat(made).hasValue(2);
  }

  @Test
  void anErrorOfTheSourceReachesTheTakerToo() {
    Supplier<Integer> failing =
        () -> {
          throw new OutOfMemoryError("plus de mémoire");
        };
    try (ReadAhead<Integer> ahead = new ReadAhead<>(failing, 4, executor)) {
      assertThatThrownBy(ahead::next).isInstanceOf(OutOfMemoryError.class);
      assertThat(ahead.next()).isNull();
    }
  }

  @Test
  void aMakerStoppedFromOutsideFailsTheTakerOnceItsRowsAreTaken() throws InterruptedException {
    ReadAhead<Integer> ahead = new ReadAhead<>(upTo(1_000_000, new AtomicInteger()), 3, executor);
    assertThat(ahead.next()).isEqualTo(1);
    // A server shutting down interrupts its managed threads.
    executor.shutdownNow();
    assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    List<Integer> rest = new ArrayList<>();
    assertThatThrownBy(
            () -> {
              for (Integer item = ahead.next(); item != null; item = ahead.next()) {
                rest.add(item);
              }
            })
        .hasMessageContaining("stopped");
    assertThat(rest).hasSizeLessThanOrEqualTo(4).isSorted();
    ahead.close();
  }

  @Test
  void aMakerCancelledBeforeItStartsFailsTheTaker() {
    ExecutorService busy = Executors.newSingleThreadExecutor();
    try {
      busy.execute(
          () -> {
            try {
              Thread.sleep(60_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
      ReadAhead<Integer> ahead = new ReadAhead<>(upTo(10, new AtomicInteger()), 5, busy);
      // Queued behind the sleeper, then cancelled without running, as a managed executor does
      // with the tasks of an application that stops.
      List<Runnable> dropped = busy.shutdownNow();
      assertThat(dropped).hasSize(1);
      dropped.forEach(task -> ((Future<?>) task).cancel(false));
      assertThatThrownBy(ahead::next).hasMessageContaining("stopped");
      ahead.close();
    } finally {
      busy.shutdownNow();
    }
  }

  @Test
  void closingStopsTheOtherThreadWithinTheRoomItHas() throws InterruptedException {
    AtomicInteger made = new AtomicInteger();
    ReadAhead<Integer> ahead = new ReadAhead<>(upTo(1_000_000, made), 5, executor);
    assertThat(ahead.next()).isEqualTo(1);
    ahead.close();
    int afterClose = made.get();
    // Five queued, one taken, at most one more being handed when it closed.
    assertThat(afterClose).isBetween(2, 7);
    executor.shutdown();
    assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    assertThat(made).hasValue(afterClose);
  }

  @Test
  void closingBeforeTheOtherThreadStartsMeansItNeverReads() throws InterruptedException {
    ExecutorService busy = Executors.newSingleThreadExecutor();
    try {
      busy.execute(
          () -> {
            try {
              Thread.sleep(300);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
      AtomicInteger made = new AtomicInteger();
      new ReadAhead<>(upTo(10, made), 5, busy).close();
      busy.shutdown();
      assertThat(busy.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
      assertThat(made).hasValue(0);
    } finally {
      busy.shutdownNow();
    }
  }
}
