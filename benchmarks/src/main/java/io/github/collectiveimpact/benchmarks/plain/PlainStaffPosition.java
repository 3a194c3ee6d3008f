package io.github.collectiveimpact.benchmarks.plain;

/** A staff position at the backbone. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainStaffPosition {
  /** The role. */
  public String role;

  /** The full-time equivalent, or null when not stated. */
  public Double fte;

  /** An instance with every attribute unset and every list empty. */
  public PlainStaffPosition() {}
}
