package fr.orienta.platform;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The chain of an exception and its causes. It ends at the first cause met twice: a chain can loop
 * (two exceptions each the other's cause), and a walk that does not stop there never returns.
 */
public final class Causes {

  private Causes() {}

  /** {@code failure}, then its cause, and so on; empty for {@code null}. */
  public static Stream<Throwable> of(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return Stream.iterate(failure, e -> e != null && seen.add(e), Throwable::getCause);
  }

  /** The last of {@code failure}'s causes, or {@code failure} itself when it has none. */
  public static Throwable root(Throwable failure) {
    return of(failure).reduce((first, second) -> second).orElse(failure);
  }
}
