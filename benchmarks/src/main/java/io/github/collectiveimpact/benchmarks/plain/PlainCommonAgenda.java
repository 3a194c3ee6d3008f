package io.github.collectiveimpact.benchmarks.plain;

import java.util.ArrayList;
import java.util.List;

/** The common agenda. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainCommonAgenda {
  /** The problem statement, or null. */
  public String problemStatement;

  /** The vision, or null. */
  public String vision;

  /** The goals. */
  public List<PlainGoal> goals = new ArrayList<>();

  /** The endorsements. */
  public List<PlainEndorsement> endorsements = new ArrayList<>();

  /** An instance with every attribute unset and every list empty. */
  public PlainCommonAgenda() {}
}
