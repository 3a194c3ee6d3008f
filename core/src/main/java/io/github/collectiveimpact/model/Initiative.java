package io.github.collectiveimpact.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A collective impact initiative: organisations from several sectors committed to a common agenda for
 * solving a complex social problem (Kania and Kramer, "Collective Impact", Stanford Social Innovation
 * Review, Winter 2011), with the elements of its five conditions.
 *
 * <p>An initiative can be built whatever its quality: a missing backbone, an empty agenda or a reference to
 * an unknown partner are findings of the validator, not construction errors. Only the invariants of its
 * parts (ids not blank, dates in order, finite values) are checked when it is built.
 *
 * <p>The lookups ({@link #partner(String)}, {@link #indicator(String)}, ...) use indexes built on first use;
 * when two elements share an id, the first one is found.
 */
@Value.Immutable
public abstract class Initiative implements WithInitiative {
  Initiative() {}

  /**
   * The initiative's id.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Its name, e.g. "The Road Map Project".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * A description of the initiative.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * The area the initiative serves, e.g. "South Seattle and South King County, Washington".
   *
   * @return the geography
   */
  public abstract Optional<String> geography();

  /**
   * When the initiative was launched.
   *
   * @return the launch date
   */
  public abstract Optional<LocalDate> launchDate();

  /**
   * The common agenda; an empty agenda if none is stated.
   *
   * @return the agenda
   */
  @Value.Default
  public CommonAgenda commonAgenda() {
    return CommonAgenda.empty();
  }

  /**
   * The partners.
   *
   * @return the partners
   */
  public abstract List<Partner> partners();

  /**
   * The backbone support organisation; empty if there is none (which the validator reports).
   *
   * @return the backbone
   */
  public abstract Optional<Backbone> backbone();

  /**
   * The shared indicators.
   *
   * @return the indicators
   */
  public abstract List<Indicator> indicators();

  /**
   * The observations of the indicators.
   *
   * @return the observations
   */
  public abstract List<Observation> observations();

  /**
   * The partners' activities.
   *
   * @return the activities
   */
  public abstract List<Activity> activities();

  /**
   * The working groups.
   *
   * @return the working groups
   */
  public abstract List<WorkingGroup> workingGroups();

  /**
   * The meeting series.
   *
   * @return the meeting series
   */
  public abstract List<MeetingSeries> meetingSeries();

  /**
   * The communication channels.
   *
   * @return the channels
   */
  public abstract List<Channel> channels();

  /**
   * The changes in the system the initiative contributed to: policies, practices, funding flows. They are
   * the evidence of the middle years, before population results move (Preskill, Parkhurst and Splansky
   * Juster, "Guide to Evaluating Collective Impact", FSG and Collective Impact Forum, 2014).
   *
   * @return the systems changes
   */
  public abstract List<SystemsChange> systemsChanges();

  /**
   * The partners who sit on the steering committee, the table where the initiative's decisions are made
   * (Hanleybrown, Kania and Kramer, "Channeling Change", SSIR 2012): the participants of the meeting
   * series of kind {@link MeetingKind#STEERING_COMMITTEE}, which record who actually takes part; only
   * where no such series lists participants, the partners with the role {@link
   * PartnerRole#STEERING_COMMITTEE_MEMBER}.
   *
   * @return the partner ids, in the order first listed; ids need not name known partners
   */
  public Set<String> steeringCommitteeIds() {
    return steeringCommittee();
  }

  @Value.Lazy
  Set<String> steeringCommittee() {
    Set<String> ids = new LinkedHashSet<>();
    for (MeetingSeries s : meetingSeries()) {
      if (s.kind() == MeetingKind.STEERING_COMMITTEE) {
        ids.addAll(s.participantPartnerIds());
      }
    }
    if (ids.isEmpty()) {
      for (Partner p : partners()) {
        if (p.roles().contains(PartnerRole.STEERING_COMMITTEE_MEMBER)) {
          ids.add(p.id());
        }
      }
    }
    return Collections.unmodifiableSet(ids);
  }

  /**
   * The partner with the given id.
   *
   * @param id a partner id
   * @return the partner, or empty if there is none
   */
  public Optional<Partner> partner(String id) {
    return partnersById().getOrDefault(id, Optional.empty());
  }

  /**
   * The indicator with the given id.
   *
   * @param id an indicator id
   * @return the indicator, or empty if there is none
   */
  public Optional<Indicator> indicator(String id) {
    return indicatorsById().getOrDefault(id, Optional.empty());
  }

  /**
   * The goal of the common agenda with the given id.
   *
   * @param id a goal id
   * @return the goal, or empty if there is none
   */
  public Optional<Goal> goal(String id) {
    return goalsById().getOrDefault(id, Optional.empty());
  }

  /**
   * The activity with the given id.
   *
   * @param id an activity id
   * @return the activity, or empty if there is none
   */
  public Optional<Activity> activity(String id) {
    return activitiesById().getOrDefault(id, Optional.empty());
  }

  /**
   * The working group with the given id.
   *
   * @param id a working group id
   * @return the working group, or empty if there is none
   */
  public Optional<WorkingGroup> workingGroup(String id) {
    return workingGroupsById().getOrDefault(id, Optional.empty());
  }

  /**
   * The meeting series with the given id.
   *
   * @param id a meeting series id
   * @return the meeting series, or empty if there is none
   */
  public Optional<MeetingSeries> meetingSeries(String id) {
    return meetingSeriesById().getOrDefault(id, Optional.empty());
  }

  /**
   * The channel with the given id.
   *
   * @param id a channel id
   * @return the channel, or empty if there is none
   */
  public Optional<Channel> channel(String id) {
    return channelsById().getOrDefault(id, Optional.empty());
  }

  /**
   * The observations of one indicator, in the order of {@link #observations()}.
   *
   * @param indicatorId an indicator id
   * @return the observations, empty if there are none
   */
  public List<Observation> observationsOf(String indicatorId) {
    return observationsByIndicator().getOrDefault(indicatorId, List.of());
  }

  @Value.Lazy
  Map<String, Optional<Partner>> partnersById() {
    return index(partners(), Partner::id);
  }

  @Value.Lazy
  Map<String, Optional<Indicator>> indicatorsById() {
    return index(indicators(), Indicator::id);
  }

  @Value.Lazy
  Map<String, Optional<Goal>> goalsById() {
    return index(commonAgenda().goals(), Goal::id);
  }

  @Value.Lazy
  Map<String, Optional<Activity>> activitiesById() {
    return index(activities(), Activity::id);
  }

  @Value.Lazy
  Map<String, Optional<WorkingGroup>> workingGroupsById() {
    return index(workingGroups(), WorkingGroup::id);
  }

  @Value.Lazy
  Map<String, Optional<MeetingSeries>> meetingSeriesById() {
    return index(meetingSeries(), MeetingSeries::id);
  }

  @Value.Lazy
  Map<String, Optional<Channel>> channelsById() {
    return index(channels(), Channel::id);
  }

  @Value.Lazy
  Map<String, List<Observation>> observationsByIndicator() {
    Map<String, List<Observation>> groups = new HashMap<>();
    for (Observation o : observations()) {
      groups.computeIfAbsent(o.indicatorId(), k -> new ArrayList<>()).add(o);
    }
    groups.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(groups);
  }

  /**
   * Elements by id, the first of each id, each already wrapped: a lookup returns the stored optional and
   * allocates nothing, which counts when a validation looks up an indicator for each of a million
   * observations.
   */
  private static <T> Map<String, Optional<T>> index(List<T> elements, Function<T, String> id) {
    Map<String, Optional<T>> map = new HashMap<>(Math.max(16, elements.size() * 2));
    for (T element : elements) {
      map.putIfAbsent(id.apply(element), Optional.of(element));
    }
    return Collections.unmodifiableMap(map);
  }

  @Value.Check
  void check() {
    Checks.notBlank("Initiative", "id", id());
    Checks.notBlank("Initiative", "name", name());
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Initiative}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableInitiative.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
