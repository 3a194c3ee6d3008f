package io.github.collectiveimpact.examples;

import io.github.collectiveimpact.model.Cadence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Meeting dates on a regular cadence, for the examples' meeting series. */
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
}
