package io.github.collectiveimpact.benchmarks.plain;

import java.time.LocalDate;

/** A reporting period, both ends inclusive. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainPeriod {
  /** The first day. */
  public LocalDate start;

  /** The last day. */
  public LocalDate end;

  /** An instance with every attribute unset and every list empty. */
  public PlainPeriod() {}
}
