package io.github.collectiveimpact.benchmarks.plain;

/** A funder of the backbone. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainFundingSource {
  /** The funder's name. */
  public String name;

  /** Its partner id, or null. */
  public String partnerId;

  /** An instance with every attribute unset and every list empty. */
  public PlainFundingSource() {}
}
