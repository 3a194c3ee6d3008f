package io.github.collectiveimpact.benchmarks.plain;

/** One observed value of an indicator. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainObservation {
  /** The indicator's id. */
  public String indicatorId;

  /** The period covered. */
  public PlainPeriod period;

  /** The value. */
  public double value;

  /** The reporting partner's id, or null. */
  public String partnerId;

  /** The subgroup, or null for the whole population. */
  public PlainDisaggregation disaggregation;

  /** A note, or null. */
  public String note;

  /** An instance with every attribute unset and every list empty. */
  public PlainObservation() {}
}
