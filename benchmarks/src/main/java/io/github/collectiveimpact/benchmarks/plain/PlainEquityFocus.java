package io.github.collectiveimpact.benchmarks.plain;

import java.util.ArrayList;
import java.util.List;

/** A goal's equity focus. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainEquityFocus {
  /** The keys of the dimensions. */
  public List<String> dimensions = new ArrayList<>();

  /** The groups, in the initiative's words. */
  public List<String> populations = new ArrayList<>();

  /** An instance with every attribute unset and every list empty. */
  public PlainEquityFocus() {}
}
