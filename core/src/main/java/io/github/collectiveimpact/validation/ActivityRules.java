package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.Category.MUTUALLY_REINFORCING_ACTIVITIES;
import static io.github.collectiveimpact.validation.Severity.ERROR;
import static io.github.collectiveimpact.validation.Severity.INFO;
import static io.github.collectiveimpact.validation.Severity.WARNING;

import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.ActivityKind;
import io.github.collectiveimpact.model.Backbone;
import io.github.collectiveimpact.model.FundingSource;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.WorkingGroup;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Rules of mutually reinforcing activities. */
final class ActivityRules {
  private ActivityRules() {}

  static final RuleDescriptor HAS_LEAD =
      RuleDescriptor.of(
          "MR-001",
          MUTUALLY_REINFORCING_ACTIVITIES,
          WARNING,
          "Each activity has a lead partner",
          "In a mutually reinforcing plan each participant does what it does best; an activity without a"
              + " lead is a wish, not a commitment.",
          Sources.KANIA_KRAMER_2011,
          "count",
          "activityIds");

  static final RuleDescriptor ADVANCES_AGENDA =
      RuleDescriptor.of(
          "MR-002",
          MUTUALLY_REINFORCING_ACTIVITIES,
          WARNING,
          "Each activity advances a goal or an indicator",
          "Activities reinforce each other through the common agenda; one tied to no goal or indicator"
              + " is outside the plan of action.",
          Sources.KANIA_KRAMER_2011,
          "count",
          "activityIds");

  static final RuleDescriptor GOAL_ADVANCED =
      RuleDescriptor.of(
          "MR-003",
          MUTUALLY_REINFORCING_ACTIVITIES,
          WARNING,
          "Every goal is advanced by at least one activity",
          "A goal no activity works toward (directly, or through one of its indicators) has no plan of"
              + " action behind it.",
          Sources.CHANNELING_CHANGE,
          "count",
          "goalIds");

  static final RuleDescriptor PARTNER_ENGAGED =
      RuleDescriptor.of(
          "MR-004",
          MUTUALLY_REINFORCING_ACTIVITIES,
          WARNING,
          "Every partner, other than the backbone itself, takes part in the plan of action",
          "Each participant contributes what it does best; a partner with no part in the plan of action"
              + " is a signatory, not a participant. Leading or contributing to an activity, belonging to"
              + " a working group, or funding the initiative (the funder role, or a funding source naming"
              + " the partner) each count.",
          Sources.KANIA_KRAMER_2011,
          "count",
          "partnerIds");

  static final RuleDescriptor COORDINATED =
      RuleDescriptor.of(
          "MR-005",
          MUTUALLY_REINFORCING_ACTIVITIES,
          WARNING,
          "Activities of different leads aimed at one indicator are coordinated",
          "Differentiated activities must still be coordinated: when several partners work on the same"
              + " indicator, a shared working group, or a steering committee on which every lead sits,"
              + " keeps them from duplicating or undercutting each other.",
          Sources.CHANNELING_CHANGE,
          "count",
          "indicatorIds");

  static final RuleDescriptor ACTIVE =
      RuleDescriptor.of(
          "MR-006",
          MUTUALLY_REINFORCING_ACTIVITIES,
          WARNING,
          "At least one activity is under way on the validation date",
          "A plan of action with no current activity has stalled.",
          Sources.EVALUATION_GUIDE);

  static final RuleDescriptor SYSTEMS_WORK =
      RuleDescriptor.of(
          "MR-007",
          MUTUALLY_REINFORCING_ACTIVITIES,
          INFO,
          "Past its early years, the initiative works on systems, not only programmes",
          "Collective impact focuses on program and system strategies; after its early years (earlyYears"
              + " after the launch date, default three years) an initiative with neither a recorded"
              + " systems change nor an activity of kind systems_change is likely delivering programmes"
              + " only.",
          Sources.PRINCIPLES_OF_PRACTICE + " (principle 6); " + Sources.EVALUATION_GUIDE,
          "launchDate");

  static final RuleDescriptor HAS_ACTIVITIES =
      RuleDescriptor.of(
          "MR-008",
          MUTUALLY_REINFORCING_ACTIVITIES,
          ERROR,
          "The partners have a plan of action: at least one activity",
          "Mutually reinforcing activities are the partners' coordinated plan of action; with no"
              + " activity at all the condition is absent.",
          Sources.KANIA_KRAMER_2011);

  static List<Rule> rules() {
    return List.of(
        Rule.of(HAS_LEAD, ActivityRules::hasLead),
        Rule.of(ADVANCES_AGENDA, ActivityRules::advancesAgenda),
        Rule.of(GOAL_ADVANCED, ActivityRules::goalAdvanced),
        Rule.of(PARTNER_ENGAGED, ActivityRules::partnerEngaged),
        Rule.of(COORDINATED, ActivityRules::coordinated),
        Rule.of(ACTIVE, ActivityRules::active),
        Rule.of(SYSTEMS_WORK, ActivityRules::systemsWork),
        Rule.of(HAS_ACTIVITIES, ActivityRules::hasActivities));
  }

  private static void hasLead(RuleContext context) {
    List<Activity> activities = context.initiative().activities();
    Affected unled = new Affected();
    for (int i = 0; i < activities.size(); i++) {
      if (activities.get(i).leadPartnerId().isEmpty()) {
        unled.add("/activities/" + i, activities.get(i).id());
      }
    }
    unled.report(context, "/activities");
  }

  private static void advancesAgenda(RuleContext context) {
    List<Activity> activities = context.initiative().activities();
    Affected outside = new Affected();
    for (int i = 0; i < activities.size(); i++) {
      Activity a = activities.get(i);
      if (a.goalIds().isEmpty() && a.indicatorIds().isEmpty()) {
        outside.add("/activities/" + i, a.id());
      }
    }
    outside.report(context, "/activities");
  }

  private static void goalAdvanced(RuleContext context) {
    Initiative initiative = context.initiative();
    if (initiative.activities().isEmpty()) {
      return; // MR-008
    }
    Set<String> goals = new HashSet<>();
    Set<String> indicators = new HashSet<>();
    for (Activity a : initiative.activities()) {
      goals.addAll(a.goalIds());
      indicators.addAll(a.indicatorIds());
    }
    List<Goal> agendaGoals = initiative.commonAgenda().goals();
    Affected unadvanced = new Affected();
    for (int i = 0; i < agendaGoals.size(); i++) {
      Goal goal = agendaGoals.get(i);
      boolean advanced = goals.contains(goal.id());
      for (String id : goal.indicatorIds()) {
        advanced |= indicators.contains(id);
      }
      if (!advanced) {
        unadvanced.add("/commonAgenda/goals/" + i, goal.id());
      }
    }
    unadvanced.report(context, "/commonAgenda/goals");
  }

  private static void partnerEngaged(RuleContext context) {
    Initiative initiative = context.initiative();
    Set<String> engaged = new HashSet<>();
    for (Activity a : initiative.activities()) {
      a.leadPartnerId().ifPresent(engaged::add);
      engaged.addAll(a.contributingPartnerIds());
    }
    for (WorkingGroup g : initiative.workingGroups()) {
      engaged.addAll(g.memberPartnerIds());
    }
    Optional<Backbone> backbone = initiative.backbone();
    if (backbone.isPresent()) {
      backbone.get().partnerId().ifPresent(engaged::add);
      for (FundingSource f : backbone.get().fundingSources()) {
        f.partnerId().ifPresent(engaged::add);
      }
    }
    List<Partner> partners = initiative.partners();
    Affected idle = new Affected();
    for (int i = 0; i < partners.size(); i++) {
      Partner p = partners.get(i);
      if (!engaged.contains(p.id()) && !p.roles().contains(PartnerRole.FUNDER)) {
        idle.add("/partners/" + i, p.id());
      }
    }
    idle.report(context, "/partners");
  }

  private static void coordinated(RuleContext context) {
    Initiative initiative = context.initiative();
    Map<String, List<Activity>> byIndicator = new HashMap<>();
    for (Activity a : initiative.activities()) {
      if (a.leadPartnerId().isEmpty()) {
        continue;
      }
      for (String id : new HashSet<>(a.indicatorIds())) {
        byIndicator.computeIfAbsent(id, k -> new ArrayList<>()).add(a);
      }
    }
    Set<String> steering = initiative.steeringCommitteeIds();
    List<Indicator> indicators = initiative.indicators();
    Affected uncoordinated = new Affected();
    for (int i = 0; i < indicators.size(); i++) {
      List<Activity> aimed = byIndicator.get(indicators.get(i).id());
      if (aimed == null || aimed.size() < 2) {
        continue;
      }
      Set<String> leads = new HashSet<>();
      Set<Optional<String>> groups = new HashSet<>();
      for (Activity a : aimed) {
        leads.add(a.leadPartnerId().get());
        groups.add(a.workingGroupId());
      }
      boolean oneGroup = groups.size() == 1 && groups.iterator().next().isPresent();
      if (leads.size() > 1 && !oneGroup && !steering.containsAll(leads)) {
        uncoordinated.add("/indicators/" + i, indicators.get(i).id());
      }
    }
    uncoordinated.report(context, "/indicators");
  }

  private static void active(RuleContext context) {
    if (context.initiative().activities().isEmpty()) {
      return; // MR-008
    }
    for (Activity a : context.initiative().activities()) {
      if (a.isActiveOn(context.asOf())) {
        return;
      }
    }
    context.report("/activities");
  }

  private static void systemsWork(RuleContext context) {
    Initiative initiative = context.initiative();
    if (initiative.launchDate().isEmpty() || !initiative.systemsChanges().isEmpty()) {
      return;
    }
    LocalDate launch = initiative.launchDate().get();
    Period early = context.threshold(Threshold.EARLY_YEARS);
    if (!Dates.plus(launch, early).isBefore(context.asOf())) {
      return;
    }
    for (Activity a : initiative.activities()) {
      if (a.kind().isPresent() && a.kind().get() == ActivityKind.SYSTEMS_CHANGE) {
        return;
      }
    }
    context.report("/systemsChanges", launch);
  }

  private static void hasActivities(RuleContext context) {
    if (context.initiative().activities().isEmpty()) {
      context.report("/activities");
    }
  }
}
