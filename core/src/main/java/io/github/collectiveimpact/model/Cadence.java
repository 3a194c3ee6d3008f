package io.github.collectiveimpact.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How often something recurs: a meeting series meets, or an indicator is reported. An open vocabulary
 * backed by a positive {@link Period}, with constants for the common cadences.
 *
 * <p>Cadences are compared on the calendar, never by an approximate number of days: see
 * {@link #isAtMostAsLongAs(Period, LocalDate)} and {@link #nextAfter(LocalDate)}. A cadence is at most
 * {@link #LONGEST} long.
 */
public final class Cadence {
  /** The longest cadence: one hundred years (a period of days may have up to 1,200 × 31 days). */
  public static final Period LONGEST = Period.ofYears(100);

  private static final Pattern ISO =
      Pattern.compile("P(?=[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?");

  /** Every week. */
  public static final Cadence WEEKLY = new Cadence(Period.ofWeeks(1), Period.ofWeeks(1).toString());

  /** Every month. */
  public static final Cadence MONTHLY =
      new Cadence(Period.ofMonths(1), Period.ofMonths(1).toString());

  /** Every three months. */
  public static final Cadence QUARTERLY =
      new Cadence(Period.ofMonths(3), Period.ofMonths(3).toString());

  /** Every six months. */
  public static final Cadence SEMIANNUALLY =
      new Cadence(Period.ofMonths(6), Period.ofMonths(6).toString());

  /** Every year. */
  public static final Cadence ANNUALLY =
      new Cadence(Period.ofYears(1), Period.ofYears(1).toString());

  private final Period period;

  /** The ISO-8601 form, as parsed or as {@link Period#toString()} gives it. */
  private final String text;

  private Cadence(Period period, String text) {
    this.period = period;
    this.text = text;
  }

  /**
   * A cadence of the given period.
   *
   * @param period a period with no negative part and at least one positive part, e.g. {@code P2W}, and
   *     not longer than {@link #LONGEST}
   * @return the cadence
   * @throws InvalidModelException if the period is zero, has a negative part or is longer than a century
   */
  public static Cadence of(Period period) {
    Objects.requireNonNull(period, "period");
    if (period.isZero()
        || period.isNegative()
        || period.getYears() < 0
        || period.getMonths() < 0
        || period.getDays() < 0) {
      throw new InvalidModelException(
          "Cadence",
          "period",
          -1,
          period,
          InvalidModelException.Reason.NOT_POSITIVE,
          "must be positive");
    }
    // Months are counted as 31 days, so that no period of days or months exceeds 100 years of
    // months.
    if (period.toTotalMonths() * 31 + period.getDays() > LONGEST.toTotalMonths() * 31) {
      throw new InvalidModelException(
          "Cadence",
          "period",
          -1,
          period,
          InvalidModelException.Reason.TOO_LONG,
          "must not be longer than 100 years");
    }
    return new Cadence(period, period.toString());
  }

  /**
   * Parses an ISO-8601 period such as {@code P1M} or {@code P2W}: upper case, years, months, weeks and days
   * only, no signs.
   *
   * @param text the text to parse
   * @return the cadence
   * @throws InvalidModelException if the text is not a positive ISO-8601 period of that form
   */
  public static Cadence parse(String text) {
    Objects.requireNonNull(text, "text");
    if (!ISO.matcher(text).matches()) {
      throw new InvalidModelException(
          "Cadence",
          "period",
          -1,
          text,
          InvalidModelException.Reason.NOT_A_PERIOD,
          "must be an ISO-8601 period such as P1M, P2W or P1Y6M");
    }
    Period period;
    try {
      period = Period.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      InvalidModelException error =
          new InvalidModelException(
              "Cadence",
              "period",
              -1,
              text,
              InvalidModelException.Reason.NOT_A_PERIOD,
              "must be an ISO-8601 period such as P1M");
      error.initCause(e);
      throw error;
    }
    return new Cadence(of(period).period, text);
  }

  /**
   * The period between two occurrences.
   *
   * @return the period
   */
  public Period period() {
    return period;
  }

  /**
   * The date one period after the given date.
   *
   * @param date a date
   * @return {@code date} plus this cadence's period, or {@link LocalDate#MAX} if that is beyond the calendar
   */
  public LocalDate nextAfter(LocalDate date) {
    return plus(date, period);
  }

  /**
   * Whether this cadence is at least as frequent as the given longest gap, measured from a date on the
   * calendar (so that a month is compared with days as the calendar does).
   *
   * @param longestGap the longest acceptable period between two occurrences
   * @param from the date from which both are measured
   * @return {@code true} if one period of this cadence ends no later than {@code longestGap}
   */
  public boolean isAtMostAsLongAs(Period longestGap, LocalDate from) {
    return !plus(from, period).isAfter(plus(from, longestGap));
  }

  /** The date plus the period, saturating at the ends of the calendar instead of throwing. */
  static LocalDate plus(LocalDate date, Period period) {
    try {
      return date.plus(period);
    } catch (DateTimeException e) {
      return period.isNegative() ? LocalDate.MIN : LocalDate.MAX;
    }
  }

  /**
   * The ISO-8601 form of the period, e.g. {@code P3M}: for a cadence {@linkplain #parse(String) parsed}
   * from text, that text as written ({@code P2W} stays {@code P2W}, though it equals {@code P14D}); else
   * the period's own form ({@link Period#toString()}).
   *
   * @return the text form, which {@link #parse(String)} reads back
   */
  @Override
  public String toString() {
    return text;
  }

  /**
   * Whether the other object is a cadence of the same period, however it is written ({@code P1W} equals
   * {@code P7D}).
   *
   * @param other the object to compare with
   * @return {@code true} for a cadence of an equal period
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Cadence && ((Cadence) other).period.equals(period);
  }

  @Override
  public int hashCode() {
    return period.hashCode();
  }
}
