package io.github.collectiveimpact.benchmarks.plain;

import java.time.LocalDate;

/** A value on a date. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainDatedValue {
  /** The value. */
  public double value;

  /** The date. */
  public LocalDate date;

  /** An instance with every attribute unset and every list empty. */
  public PlainDatedValue() {}
}
