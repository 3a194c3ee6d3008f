package io.github.collectiveimpact.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * The period an observation covers, from its first to its last day, both inclusive: a calendar year, a
 * school year, a quarter, a month, or any other span.
 */
@Value.Immutable
public abstract class ReportingPeriod implements WithReportingPeriod {
  ReportingPeriod() {}

  /**
   * The first day of the period.
   *
   * @return the start date
   */
  public abstract LocalDate start();

  /**
   * The last day of the period, inclusive; not before {@link #start()}.
   *
   * @return the end date
   */
  public abstract LocalDate end();

  /**
   * The period from {@code start} to {@code end}, both inclusive.
   *
   * @param start the first day
   * @param end the last day
   * @return the period
   * @throws InvalidModelException if {@code start} is after {@code end}
   */
  public static ReportingPeriod of(LocalDate start, LocalDate end) {
    return builder().start(start).end(end).build();
  }

  /**
   * A calendar year, January 1 to December 31.
   *
   * @param year the year
   * @return the period
   */
  public static ReportingPeriod ofYear(int year) {
    Year y = Year.of(year);
    return of(y.atDay(1), y.atMonth(Month.DECEMBER).atEndOfMonth());
  }

  /**
   * A school year in the United States convention, July 1 of {@code startYear} to June 30 of the next year;
   * {@code ofSchoolYear(2019)} is the 2019-20 school year.
   *
   * @param startYear the calendar year in which the school year starts
   * @return the period
   */
  public static ReportingPeriod ofSchoolYear(int startYear) {
    return of(LocalDate.of(startYear, Month.JULY, 1), LocalDate.of(startYear + 1, Month.JUNE, 30));
  }

  /**
   * A calendar month.
   *
   * @param month the month
   * @return the period from its first to its last day
   */
  public static ReportingPeriod ofMonth(YearMonth month) {
    return of(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * A calendar quarter.
   *
   * @param year the year
   * @param quarter the quarter, 1 to 4
   * @return the period from the quarter's first to its last day
   * @throws InvalidModelException if {@code quarter} is not within 1..4
   */
  public static ReportingPeriod ofQuarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new InvalidModelException(
          "ReportingPeriod",
          "quarter",
          -1,
          quarter,
          InvalidModelException.Reason.OUT_OF_RANGE,
          "must be within 1..4",
          1,
          4);
    }
    YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
    return of(first.atDay(1), first.plusMonths(2).atEndOfMonth());
  }

  /**
   * Whether the period includes the given date.
   *
   * @param date a date
   * @return {@code true} if {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  @Value.Check
  void check() {
    Checks.notAfter("ReportingPeriod", "start", start(), "end", end());
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportingPeriod}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableReportingPeriod.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
