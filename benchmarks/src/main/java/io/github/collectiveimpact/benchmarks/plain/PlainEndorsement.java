package io.github.collectiveimpact.benchmarks.plain;

import java.time.LocalDate;

/** A partner's endorsement of the agenda. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainEndorsement {
  /** The partner's id. */
  public String partnerId;

  /** When, or null. */
  public LocalDate date;

  /** An instance with every attribute unset and every list empty. */
  public PlainEndorsement() {}
}
