package io.github.collectiveimpact.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

/** Date arithmetic for rules that never throws: results beyond the calendar saturate at its ends. */
final class Dates {
  private Dates() {}

  static LocalDate plus(LocalDate date, Period period) {
    try {
      return date.plus(period);
    } catch (DateTimeException e) {
      return period.isNegative() ? LocalDate.MIN : LocalDate.MAX;
    }
  }
}
