package io.github.collectiveimpact.examples;

import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.WorkingGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Meeting dates on a regular cadence, and the working groups' meeting series, for the examples. */
final class MeetingDates {
  private MeetingDates() {}

  /** Every date from {@code first} to {@code last} inclusive, one cadence apart. */
  static List<LocalDate> every(Cadence cadence, LocalDate first, LocalDate last) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = cadence.nextAfter(d)) {
      dates.add(d);
    }
    return dates;
  }

  /**
   * The meeting series of a working group: its members meet on a regular cadence, from {@code first} to
   * {@code last}; the series' id is the group's id with {@code -meetings}.
   */
  static MeetingSeries ofWorkingGroup(
      WorkingGroup group, String name, Cadence cadence, LocalDate first, LocalDate last) {
    return ofWorkingGroup(group, name, cadence, first, last, false);
  }

  /**
   * The meeting series of a working group, as {@link #ofWorkingGroup(WorkingGroup, String, Cadence,
   * LocalDate, LocalDate)}, stating whether its meetings review the shared results.
   */
  static MeetingSeries ofWorkingGroup(
      WorkingGroup group,
      String name,
      Cadence cadence,
      LocalDate first,
      LocalDate last,
      boolean reviewsResults) {
    return MeetingSeries.builder()
        .id(group.id() + "-meetings")
        .name(name)
        .kind(MeetingKind.WORKING_GROUP)
        .workingGroupId(group.id())
        .addAllParticipantPartnerIds(group.memberPartnerIds())
        .cadence(cadence)
        .addAllMeetingDates(every(cadence, first, last))
        .reviewsResults(reviewsResults)
        .build();
  }
}
