package io.github.collectiveimpact.benchmarks.plain;

import io.github.collectiveimpact.model.BackboneFunction;

/** A backbone function and who carries it. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainBackboneRole {
  /** The function. */
  public BackboneFunction function;

  /** The partner carrying it, or null. */
  public String partnerId;

  /** How it is carried out, or null. */
  public String description;

  /** An instance with every attribute unset and every list empty. */
  public PlainBackboneRole() {}
}
