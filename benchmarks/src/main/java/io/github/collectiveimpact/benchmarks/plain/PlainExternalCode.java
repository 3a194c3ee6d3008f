package io.github.collectiveimpact.benchmarks.plain;

/** A code in an external catalogue. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainExternalCode {
  /** The catalogue. */
  public String catalogue;

  /** The code. */
  public String code;

  /** An instance with every attribute unset and every list empty. */
  public PlainExternalCode() {}
}
