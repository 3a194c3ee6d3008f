package io.github.collectiveimpact.results;

/**
 * Where an indicator stands against its next target. In JSON, the constant's name in lower case, e.g.
 * {@code on_track}, {@code awaiting_data}.
 */
public enum TargetStatus {
  /** The latest value meets the target. */
  ACHIEVED,
  /**
   * The latest value is at or beyond the straight line from the baseline (or the first observation) to the
   * target, evaluated at the latest observation's period.
   */
  ON_TRACK,
  /** The latest value falls short of that straight line. */
  OFF_TRACK,
  /** Data for a period at or after the target date exist and fall short of the target. */
  MISSED,
  /** The target date has passed, and its data are not due yet (within the indicator's publication lag). */
  AWAITING_DATA,
  /** The indicator has no target. */
  NO_TARGET,
  /**
   * There is not enough to judge: no data at all, a single observation and no baseline, or a target date
   * that passed, beyond the publication lag, with no data reaching it.
   */
  INSUFFICIENT_DATA
}
