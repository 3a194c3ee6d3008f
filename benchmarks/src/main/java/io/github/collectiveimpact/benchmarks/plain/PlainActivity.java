package io.github.collectiveimpact.benchmarks.plain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A partner's activity. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainActivity {
  /** The activity's id. */
  public String id;

  /** Its name. */
  public String name;

  /** The lead partner's id, or null. */
  public String leadPartnerId;

  /** The contributing partners' ids. */
  public List<String> contributingPartnerIds = new ArrayList<>();

  /** The ids of the goals it advances. */
  public List<String> goalIds = new ArrayList<>();

  /** The ids of the indicators it aims to move. */
  public List<String> indicatorIds = new ArrayList<>();

  /** Its working group's id, or null. */
  public String workingGroupId;

  /** When it started. */
  public LocalDate start;

  /** When it ended, or null. */
  public LocalDate end;

  /** An instance with every attribute unset and every list empty. */
  public PlainActivity() {}
}
