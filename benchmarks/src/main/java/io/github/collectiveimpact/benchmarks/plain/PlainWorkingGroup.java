package io.github.collectiveimpact.benchmarks.plain;

import java.util.ArrayList;
import java.util.List;

/** A working group. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainWorkingGroup {
  /** The group's id. */
  public String id;

  /** Its name. */
  public String name;

  /** The members' ids. */
  public List<String> memberPartnerIds = new ArrayList<>();

  /** The ids of its goals. */
  public List<String> goalIds = new ArrayList<>();

  /** The ids of its indicators. */
  public List<String> indicatorIds = new ArrayList<>();

  /** An instance with every attribute unset and every list empty. */
  public PlainWorkingGroup() {}
}
