package io.github.collectiveimpact.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The days from a start date to an end date, both included: for example the period for which a funder
 * has committed its funding.
 */
@Value.Immutable
public abstract class DateRange implements WithDateRange {
  DateRange() {}

  /**
   * The first day.
   *
   * @return the start, not after {@link #end()}
   */
  public abstract LocalDate start();

  /**
   * The last day.
   *
   * @return the end
   */
  public abstract LocalDate end();

  /**
   * A range of days.
   *
   * @param start the first day
   * @param end the last day, not before the start
   * @return the range
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return builder().start(start).end(end).build();
  }

  /**
   * Whether a day lies in this range.
   *
   * @param date a day
   * @return {@code true} if it is not before the start and not after the end
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  @Value.Check
  void check() {
    Checks.notAfter("DateRange", "start", start(), "end", end());
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DateRange}; {@code build()} checks the invariants and throws {@link
   * InvalidModelException}.
   */
  public static final class Builder extends ImmutableDateRange.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
