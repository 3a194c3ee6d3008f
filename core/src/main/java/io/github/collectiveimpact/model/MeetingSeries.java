package io.github.collectiveimpact.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A series of regular meetings: of the steering committee, of a working group, of all partners, or with the
 * community. Continuous communication relies on regular meetings kept up over years (Kania and Kramer, SSIR
 * 2011).
 */
@Value.Immutable
public abstract class MeetingSeries implements WithMeetingSeries {
  MeetingSeries() {}

  /**
   * The series' id, unique among the initiative's meeting series.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Its name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The kind of meeting.
   *
   * @return the kind
   */
  public abstract MeetingKind kind();

  /**
   * The partners who take part.
   *
   * @return the partner ids
   */
  public abstract List<String> participantPartnerIds();

  /**
   * The working group that meets, for a working-group series.
   *
   * @return the working group's id
   */
  public abstract Optional<String> workingGroupId();

  /**
   * How often the series is scheduled to meet.
   *
   * @return the cadence
   */
  public abstract Cadence cadence();

  /**
   * The dates on which meetings were held, in any order.
   *
   * @return the dates
   */
  public abstract List<LocalDate> meetingDates();

  /**
   * Whether the series reviews the shared results, as a data or learning session does: partners use data
   * to continuously learn, adapt and improve (Collective Impact Forum, "Collective Impact Principles of
   * Practice", 2016, principle 4).
   *
   * @return {@code true} if the series reviews the shared results; {@code false} if not stated
   */
  @Value.Default
  public boolean reviewsResults() {
    return false;
  }

  /**
   * The most recent meeting held on or before the given date.
   *
   * @param date a date
   * @return the latest meeting date not after {@code date}, or empty if there is none
   */
  public Optional<LocalDate> lastMeetingOnOrBefore(LocalDate date) {
    LocalDate last = null;
    for (LocalDate d : meetingDates()) {
      if (!d.isAfter(date) && (last == null || d.isAfter(last))) {
        last = d;
      }
    }
    return Optional.ofNullable(last);
  }

  @Value.Check
  void check() {
    Checks.notBlank("MeetingSeries", "id", id());
    Checks.notBlank("MeetingSeries", "name", name());
    Checks.noneBlank("MeetingSeries", "participantPartnerIds", participantPartnerIds());
    Checks.notBlank("MeetingSeries", "workingGroupId", workingGroupId());
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeetingSeries}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableMeetingSeries.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
