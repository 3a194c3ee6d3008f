package io.github.collectiveimpact.results;

/**
 * How an equity gap changed from the earliest period its groups share with the reference to the latest.
 * In JSON, the constant's name in lower case: {@code narrowing}, {@code widening}, {@code stable},
 * {@code insufficient_data}.
 */
public enum GapChange {
  /** No group's gap widened, and at least one narrowed by more than the tolerance. */
  NARROWING,
  /** At least one group's gap widened by more than the tolerance. */
  WIDENING,
  /** No group's gap moved by more than the tolerance. */
  STABLE,
  /** Fewer than two periods that the groups share with the reference, or no reference to compare with. */
  INSUFFICIENT_DATA
}
