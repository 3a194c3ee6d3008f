package io.github.collectiveimpact.benchmarks.plain;

import io.github.collectiveimpact.model.MeetingKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A series of meetings. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainMeetingSeries {
  /** The series' id. */
  public String id;

  /** Its name. */
  public String name;

  /** The kind of meeting. */
  public MeetingKind kind;

  /** The participants' ids. */
  public List<String> participantPartnerIds = new ArrayList<>();

  /** The working group's id, or null. */
  public String workingGroupId;

  /** The cadence as an ISO-8601 period. */
  public String cadence;

  /** The dates meetings were held. */
  public List<LocalDate> meetingDates = new ArrayList<>();

  /** An instance with every attribute unset and every list empty. */
  public PlainMeetingSeries() {}
}
