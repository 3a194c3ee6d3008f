package io.github.collectiveimpact.benchmarks.plain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A goal of the common agenda. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainGoal {
  /** The goal's id. */
  public String id;

  /** What it commits to. */
  public String statement;

  /** The ids of its indicators. */
  public List<String> indicatorIds = new ArrayList<>();

  /** By when, or null. */
  public LocalDate targetDate;

  /** Its equity focus, or null. */
  public PlainEquityFocus equityFocus;

  /** An instance with every attribute unset and every list empty. */
  public PlainGoal() {}
}
