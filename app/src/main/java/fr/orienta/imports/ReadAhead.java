package fr.orienta.imports;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Items made by another thread a little ahead of the one that takes them: an import's rows are
 * parsed and checked while the previous chunk is written, so that on two cores the server's reading
 * and the database's writing overlap instead of taking turns. Order is kept; what the source throws
 * reaches the taker in the place of the item that failed, and a maker stopped from outside (a
 * server shutting down) fails the taker instead of leaving it waiting. Not for several takers.
 */
final class ReadAhead<T> implements AutoCloseable {

  private static final Object END = new Object();

  private record Failure(Throwable thrown) {}

  private final BlockingQueue<Object> queue;
  private final AtomicBoolean started = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Future<?> maker;
  private volatile boolean closed;
  private boolean ended;

  /**
   * Starts taking items from {@code source} (until it gives {@code null}) on {@code executor},
   * holding at most {@code capacity} of them not yet taken.
   */
  ReadAhead(Supplier<T> source, int capacity, ExecutorService executor) {
    queue = new ArrayBlockingQueue<>(capacity);
    maker = executor.submit(() -> produce(source));
  }

  private void produce(Supplier<T> source) {
    if (!started.compareAndSet(false, true)) {
      return; // closed before it started
    }
    try {
      Object item;
      do {
        try {
          T next = source.get();
          item = next == null ? END : next;
        } catch (RuntimeException | Error e) {
          item = new Failure(e);
        }
      } while (hand(item) && item != END && !(item instanceof Failure));
    } finally {
      finished.countDown();
    }
  }

  /** Queues an item, waiting for room unless the taker closed; whether it was queued. */
  private boolean hand(Object item) {
    try {
      // Never interrupted by the taker: a thread interrupted while reading a file closes it.
      while (!closed) {
        if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The next item, waiting for it; {@code null} after the last. */
  @SuppressWarnings("unchecked")
  T next() {
    if (ended) {
      return null;
    }
    Object item = take();
    if (item == END) {
      ended = true;
      return null;
    }
    if (item instanceof Failure failure) {
      ended = true;
      if (failure.thrown() instanceof Error error) {
        throw error;
      }
      throw (RuntimeException) failure.thrown();
    }
    return (T) item;
  }

  private Object take() {
    try {
      while (true) {
        Object item = queue.poll(100, TimeUnit.MILLISECONDS);
        if (item != null) {
          return item;
        }
        // Done without its last word: cancelled before it started, or interrupted while waiting.
        if (maker.isDone() && queue.isEmpty()) {
          ended = true;
          throw new IllegalStateException("The rows stopped coming: their reading was stopped");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the next row", e);
    }
  }

  /**
   * Stops the other thread and waits until it has let go of the source (it finishes the item it is
   * making), so the source can be closed after.
   */
  @Override
  public void close() {
    closed = true;
    if (!started.compareAndSet(false, true)) {
      try {
        finished.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    queue.clear();
  }
}
