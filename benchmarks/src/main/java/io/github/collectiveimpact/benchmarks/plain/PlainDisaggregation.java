package io.github.collectiveimpact.benchmarks.plain;

/** A group within a disaggregation dimension. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainDisaggregation {
  /** The dimension's key. */
  public String dimension;

  /** The group. */
  public String group;

  /** An instance with every attribute unset and every list empty. */
  public PlainDisaggregation() {}
}
