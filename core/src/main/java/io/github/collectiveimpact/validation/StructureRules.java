package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.Category.STRUCTURE;
import static io.github.collectiveimpact.validation.Severity.ERROR;
import static io.github.collectiveimpact.validation.Severity.WARNING;

import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.Backbone;
import io.github.collectiveimpact.model.Channel;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.SystemsChange;
import io.github.collectiveimpact.model.Unit;
import io.github.collectiveimpact.model.WorkingGroup;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Rules of structural integrity: unique ids, references that resolve, values that fit their units. */
final class StructureRules {
  private StructureRules() {}

  static final RuleDescriptor UNIQUE_IDS =
      RuleDescriptor.of(
          "ST-001",
          STRUCTURE,
          ERROR,
          "Ids are unique within each kind of element",
          "Partners, indicators, goals, activities, working groups, meeting series and channels are"
              + " referred to by id; two elements of a kind with one id make every reference to it"
              + " ambiguous.",
          Sources.MODEL_INTEGRITY,
          "kind",
          "id");

  static final RuleDescriptor INDICATOR_REFERENCES =
      RuleDescriptor.of(
          "ST-002",
          STRUCTURE,
          ERROR,
          "References to indicators resolve",
          "Goals, activities, working groups and observations name indicators by id; an unknown id"
              + " breaks the link between the agenda, the work and the shared measures.",
          Sources.MODEL_INTEGRITY,
          "indicatorId");

  static final RuleDescriptor PARTNER_REFERENCES =
      RuleDescriptor.of(
          "ST-003",
          STRUCTURE,
          ERROR,
          "References to partners resolve",
          "Endorsements, data contributions, observations, activities, working groups, meetings,"
              + " channels, systems changes and the backbone name partners by id; an unknown id credits"
              + " work to no one.",
          Sources.MODEL_INTEGRITY,
          "partnerId");

  static final RuleDescriptor GOAL_REFERENCES =
      RuleDescriptor.of(
          "ST-004",
          STRUCTURE,
          ERROR,
          "References to goals resolve",
          "Activities and working groups name the goals they advance; an unknown id ties work to a goal"
              + " the agenda does not have.",
          Sources.MODEL_INTEGRITY,
          "goalId");

  static final RuleDescriptor WORKING_GROUP_REFERENCES =
      RuleDescriptor.of(
          "ST-005",
          STRUCTURE,
          ERROR,
          "References to working groups resolve",
          "Activities and meeting series name their working group; an unknown id hides who coordinates"
              + " them.",
          Sources.MODEL_INTEGRITY,
          "workingGroupId");

  static final RuleDescriptor VALUE_FITS_UNIT =
      RuleDescriptor.of(
          "ST-006",
          STRUCTURE,
          ERROR,
          "An observation's value fits its indicator's unit",
          "Shared measurement means measuring the same way everywhere: a percent above 100 or a negative"
              + " count is a data-entry or mapping error that would distort every aggregate.",
          Sources.KANIA_KRAMER_2011,
          "value",
          "indicatorId",
          "unit");

  static final RuleDescriptor NO_DUPLICATE_OBSERVATIONS =
      RuleDescriptor.of(
          "ST-007",
          STRUCTURE,
          ERROR,
          "No two observations for the same indicator, period, partner and group",
          "Two values for one cell of the shared measurement system leave readers to guess which is"
              + " right, and double-count in every total.",
          Sources.KANIA_KRAMER_2011,
          "indicatorId",
          "periodStart",
          "periodEnd");

  static final RuleDescriptor DECLARED_DISAGGREGATION =
      RuleDescriptor.of(
          "ST-008",
          STRUCTURE,
          WARNING,
          "An observation's group belongs to a dimension its indicator is disaggregated by",
          "Disaggregated results are comparable only along the dimensions the indicator declares; a"
              + " value for an undeclared dimension is usually a mapping error.",
          Sources.CENTERING_EQUITY,
          "indicatorId",
          "dimension");

  static List<Rule> rules() {
    return List.of(
        Rule.of(UNIQUE_IDS, StructureRules::uniqueIds),
        Rule.of(INDICATOR_REFERENCES, StructureRules::indicatorReferences),
        Rule.of(PARTNER_REFERENCES, StructureRules::partnerReferences),
        Rule.of(GOAL_REFERENCES, StructureRules::goalReferences),
        Rule.of(WORKING_GROUP_REFERENCES, StructureRules::workingGroupReferences),
        Rule.of(VALUE_FITS_UNIT, StructureRules::valueFitsUnit),
        Rule.of(NO_DUPLICATE_OBSERVATIONS, StructureRules::noDuplicateObservations),
        Rule.of(DECLARED_DISAGGREGATION, StructureRules::declaredDisaggregation));
  }

  private static void uniqueIds(RuleContext context) {
    Initiative initiative = context.initiative();
    unique(context, "partner", "/partners/", initiative.partners(), Partner::id);
    unique(context, "indicator", "/indicators/", initiative.indicators(), Indicator::id);
    unique(context, "goal", "/commonAgenda/goals/", initiative.commonAgenda().goals(), Goal::id);
    unique(context, "activity", "/activities/", initiative.activities(), Activity::id);
    unique(
        context, "workingGroup", "/workingGroups/", initiative.workingGroups(), WorkingGroup::id);
    unique(
        context, "meetingSeries", "/meetingSeries/", initiative.meetingSeries(), MeetingSeries::id);
    unique(context, "channel", "/channels/", initiative.channels(), Channel::id);
    unique(
        context,
        "systemsChange",
        "/systemsChanges/",
        initiative.systemsChanges(),
        SystemsChange::id);
  }

  private static <T> void unique(
      RuleContext context, String kind, String prefix, List<T> elements, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      String value = id.apply(elements.get(i));
      if (!seen.add(value)) {
        context.report(prefix + i + "/id", kind, value);
      }
    }
  }

  private static void indicatorReferences(RuleContext context) {
    Initiative initiative = context.initiative();
    List<Goal> goals = initiative.commonAgenda().goals();
    for (int i = 0; i < goals.size(); i++) {
      indicators(
          context, "/commonAgenda/goals/" + i + "/indicatorIds/", goals.get(i).indicatorIds());
    }
    List<Activity> activities = initiative.activities();
    for (int i = 0; i < activities.size(); i++) {
      indicators(context, "/activities/" + i + "/indicatorIds/", activities.get(i).indicatorIds());
    }
    List<WorkingGroup> groups = initiative.workingGroups();
    for (int i = 0; i < groups.size(); i++) {
      indicators(context, "/workingGroups/" + i + "/indicatorIds/", groups.get(i).indicatorIds());
    }
    ObservationIndex index = context.observationIndex();
    for (String id : index.indicatorIds()) {
      if (initiative.indicator(id).isEmpty()) {
        for (int i : index.positionsOf(id)) {
          context.report("/observations/" + i + "/indicatorId", id);
        }
      }
    }
  }

  private static void indicators(RuleContext context, String prefix, List<String> ids) {
    for (int j = 0; j < ids.size(); j++) {
      if (context.initiative().indicator(ids.get(j)).isEmpty()) {
        context.report(prefix + j, ids.get(j));
      }
    }
  }

  private static void partnerReferences(RuleContext context) {
    Initiative initiative = context.initiative();
    var endorsements = initiative.commonAgenda().endorsements();
    for (int i = 0; i < endorsements.size(); i++) {
      partner(
          context,
          "/commonAgenda/endorsements/" + i + "/partnerId",
          endorsements.get(i).partnerId());
    }
    List<Indicator> indicators = initiative.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      partners(
          context, "/indicators/" + i + "/dataPartnerIds/", indicators.get(i).dataPartnerIds());
    }
    List<Observation> observations = initiative.observations();
    for (int i = 0; i < observations.size(); i++) {
      // The path is built only for a finding: there can be a million observations.
      Optional<String> id = observations.get(i).partnerId();
      if (id.isPresent() && initiative.partner(id.get()).isEmpty()) {
        context.report("/observations/" + i + "/partnerId", id.get());
      }
    }
    List<Activity> activities = initiative.activities();
    for (int i = 0; i < activities.size(); i++) {
      Activity a = activities.get(i);
      partner(context, "/activities/" + i + "/leadPartnerId", a.leadPartnerId());
      partners(
          context, "/activities/" + i + "/contributingPartnerIds/", a.contributingPartnerIds());
    }
    List<WorkingGroup> groups = initiative.workingGroups();
    for (int i = 0; i < groups.size(); i++) {
      partners(
          context, "/workingGroups/" + i + "/memberPartnerIds/", groups.get(i).memberPartnerIds());
    }
    List<MeetingSeries> series = initiative.meetingSeries();
    for (int i = 0; i < series.size(); i++) {
      partners(
          context,
          "/meetingSeries/" + i + "/participantPartnerIds/",
          series.get(i).participantPartnerIds());
    }
    List<Channel> channels = initiative.channels();
    for (int i = 0; i < channels.size(); i++) {
      partners(context, "/channels/" + i + "/partnerIds/", channels.get(i).partnerIds());
    }
    List<SystemsChange> changes = initiative.systemsChanges();
    for (int i = 0; i < changes.size(); i++) {
      partners(context, "/systemsChanges/" + i + "/partnerIds/", changes.get(i).partnerIds());
    }
    if (initiative.backbone().isPresent()) {
      Backbone backbone = initiative.backbone().get();
      partner(context, "/backbone/partnerId", backbone.partnerId());
      for (int i = 0; i < backbone.fundingSources().size(); i++) {
        partner(
            context,
            "/backbone/fundingSources/" + i + "/partnerId",
            backbone.fundingSources().get(i).partnerId());
      }
      for (int i = 0; i < backbone.roles().size(); i++) {
        partner(
            context, "/backbone/roles/" + i + "/partnerId", backbone.roles().get(i).partnerId());
      }
    }
  }

  private static void partner(RuleContext context, String path, Optional<String> id) {
    if (id.isPresent()) {
      partner(context, path, id.get());
    }
  }

  private static void partner(RuleContext context, String path, String id) {
    if (context.initiative().partner(id).isEmpty()) {
      context.report(path, id);
    }
  }

  private static void partners(RuleContext context, String prefix, List<String> ids) {
    for (int j = 0; j < ids.size(); j++) {
      partner(context, prefix + j, ids.get(j));
    }
  }

  private static void goalReferences(RuleContext context) {
    Initiative initiative = context.initiative();
    List<Activity> activities = initiative.activities();
    for (int i = 0; i < activities.size(); i++) {
      goals(context, "/activities/" + i + "/goalIds/", activities.get(i).goalIds());
    }
    List<WorkingGroup> groups = initiative.workingGroups();
    for (int i = 0; i < groups.size(); i++) {
      goals(context, "/workingGroups/" + i + "/goalIds/", groups.get(i).goalIds());
    }
  }

  private static void goals(RuleContext context, String prefix, List<String> ids) {
    for (int j = 0; j < ids.size(); j++) {
      if (context.initiative().goal(ids.get(j)).isEmpty()) {
        context.report(prefix + j, ids.get(j));
      }
    }
  }

  private static void workingGroupReferences(RuleContext context) {
    Initiative initiative = context.initiative();
    List<Activity> activities = initiative.activities();
    for (int i = 0; i < activities.size(); i++) {
      workingGroup(
          context, "/activities/" + i + "/workingGroupId", activities.get(i).workingGroupId());
    }
    List<MeetingSeries> series = initiative.meetingSeries();
    for (int i = 0; i < series.size(); i++) {
      workingGroup(
          context, "/meetingSeries/" + i + "/workingGroupId", series.get(i).workingGroupId());
    }
  }

  private static void workingGroup(RuleContext context, String path, Optional<String> id) {
    if (id.isPresent() && context.initiative().workingGroup(id.get()).isEmpty()) {
      context.report(path, id.get());
    }
  }

  private static void valueFitsUnit(RuleContext context) {
    Initiative initiative = context.initiative();
    List<Observation> observations = initiative.observations();
    ObservationIndex index = context.observationIndex();
    for (String id : index.indicatorIds()) {
      Optional<Indicator> indicator = initiative.indicator(id);
      if (indicator.isEmpty() || indicator.get().unit().isEmpty()) {
        continue;
      }
      Unit unit = indicator.get().unit().get();
      for (int i : index.positionsOf(id)) {
        Observation o = observations.get(i);
        if (!unit.accepts(o.value())) {
          context.report("/observations/" + i + "/value", o.value(), o.indicatorId(), unit);
        }
      }
    }
  }

  /**
   * Reports each observation whose cell (indicator, period, partner, group) an earlier observation already
   * fills. The cells seen are kept in an open-addressing table of (hash, observation index) pairs rather
   * than a set of cell objects: a million observations then cost one {@code long} each instead of a key, an
   * entry and two optionals that all survive until the end of the rule, and a probe compares two
   * observations only when their hashes are equal.
   */
  private static void noDuplicateObservations(RuleContext context) {
    List<Observation> observations = context.initiative().observations();
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(16, observations.size() * 2) - 1);
    long[] table =
        new long[1 << bits]; // hash in the high half, observation index + 1 in the low half
    int mask = table.length - 1;
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      int hash = cellHash(o);
      int slot = (hash * 0x9E3779B9) >>> (32 - bits);
      boolean duplicate = false;
      for (long entry = table[slot]; entry != 0; entry = table[slot]) {
        if ((int) (entry >>> 32) == hash && sameCell(observations.get((int) entry - 1), o)) {
          duplicate = true;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (duplicate) {
        context.report("/observations/" + i, o.indicatorId(), o.period().start(), o.period().end());
      } else {
        table[slot] = ((long) hash << 32) | (i + 1);
      }
    }
  }

  private static int cellHash(Observation o) {
    int h = o.indicatorId().hashCode();
    h = 31 * h + o.period().hashCode();
    h = 31 * h + o.partnerId().hashCode();
    return 31 * h + o.disaggregation().hashCode();
  }

  /** Whether two observations fill the same cell of the shared measurement system. */
  private static boolean sameCell(Observation a, Observation b) {
    return a.indicatorId().equals(b.indicatorId())
        && a.period().equals(b.period())
        && a.partnerId().equals(b.partnerId())
        && a.disaggregation().equals(b.disaggregation());
  }

  private static void declaredDisaggregation(RuleContext context) {
    Initiative initiative = context.initiative();
    List<Observation> observations = initiative.observations();
    ObservationIndex index = context.observationIndex();
    for (String id : index.indicatorIds()) {
      Optional<Indicator> indicator = initiative.indicator(id);
      if (indicator.isEmpty()) {
        continue;
      }
      Set<DisaggregationDimension> declared = indicator.get().disaggregations();
      for (int i : index.positionsOf(id)) {
        Observation o = observations.get(i);
        if (o.disaggregation().isEmpty()) {
          continue;
        }
        DisaggregationDimension dimension = o.disaggregation().get().dimension();
        if (!declared.contains(dimension)) {
          context.report(
              "/observations/" + i + "/disaggregation/dimension", o.indicatorId(), dimension);
        }
      }
    }
  }
}
