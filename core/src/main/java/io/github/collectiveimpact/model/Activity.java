package io.github.collectiveimpact.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a partner does that advances the common agenda. In collective impact each participant does
 * what it does best, and the activities reinforce one another through a shared plan of action (Kania and
 * Kramer, SSIR 2011).
 */
@Value.Immutable
public abstract class Activity implements WithActivity {
  Activity() {}

  /**
   * The activity's id, unique among the initiative's activities.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * A short name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The partner who leads the activity; the validator reports an activity without one.
   *
   * @return the lead partner's id
   */
  public abstract Optional<String> leadPartnerId();

  /**
   * The other partners who contribute.
   *
   * @return the partner ids
   */
  public abstract List<String> contributingPartnerIds();

  /**
   * The goals the activity advances.
   *
   * @return the goal ids
   */
  public abstract List<String> goalIds();

  /**
   * The indicators the activity aims to move.
   *
   * @return the indicator ids
   */
  public abstract List<String> indicatorIds();

  /**
   * The working group that coordinates the activity, if any.
   *
   * @return the working group's id
   */
  public abstract Optional<String> workingGroupId();

  /**
   * When the activity started.
   *
   * @return the start date
   */
  public abstract LocalDate start();

  /**
   * When it ended or will end; empty for an ongoing activity. Not before {@link #start()}.
   *
   * @return the end date
   */
  public abstract Optional<LocalDate> end();

  /**
   * What kind of work the activity is, if stated: programme delivery, systems change, data and
   * measurement, or convening and capacity building (Collective Impact Forum, "Collective Impact
   * Principles of Practice", 2016, principle 6: program and system strategies).
   *
   * @return the kind
   */
  public abstract Optional<ActivityKind> kind();

  /**
   * Whether the activity delivers programmes or services: its kind is {@link
   * ActivityKind#PROGRAM_DELIVERY}, or not stated (the usual reading of an activity before kinds were
   * recorded).
   *
   * @return {@code true} unless a kind other than programme delivery is stated
   */
  public boolean isProgramDelivery() {
    return kind().isEmpty() || kind().get() == ActivityKind.PROGRAM_DELIVERY;
  }

  /**
   * Whether the activity is under way on the given date.
   *
   * @param date a date
   * @return {@code true} if it started on or before the date and has not ended before it
   */
  public boolean isActiveOn(LocalDate date) {
    return !start().isAfter(date) && (end().isEmpty() || !end().get().isBefore(date));
  }

  @Value.Check
  void check() {
    Checks.notBlank("Activity", "id", id());
    Checks.notBlank("Activity", "name", name());
    Checks.notBlank("Activity", "leadPartnerId", leadPartnerId());
    Checks.noneBlank("Activity", "contributingPartnerIds", contributingPartnerIds());
    Checks.noneBlank("Activity", "goalIds", goalIds());
    Checks.noneBlank("Activity", "indicatorIds", indicatorIds());
    Checks.notBlank("Activity", "workingGroupId", workingGroupId());
    if (end().isPresent()) {
      Checks.notAfter("Activity", "start", start(), "end", end().get());
    }
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Activity}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableActivity.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
