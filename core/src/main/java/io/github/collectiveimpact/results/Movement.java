package io.github.collectiveimpact.results;

/**
 * How an indicator's latest value compares with its declared baseline, given its desired direction and
 * tolerance. In JSON, the constant's name in lower case: {@code better}, {@code worse}, {@code unchanged}.
 */
public enum Movement {
  /** Moved the desired way by more than the tolerance. */
  BETTER,
  /** Moved the other way by more than the tolerance. */
  WORSE,
  /** Within the tolerance of the baseline. */
  UNCHANGED
}
