package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.Category.MUTUALLY_REINFORCING_ACTIVITIES;
import static io.github.collectiveimpact.validation.Severity.ERROR;
import static io.github.collectiveimpact.validation.Severity.WARNING;

import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.WorkingGroup;
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
          ERROR,
          "Each activity has a lead partner",
          "In a mutually reinforcing plan each participant does what it does best; an activity without a"
              + " lead is a wish, not a commitment.",
          Sources.KANIA_KRAMER_2011,
          "activityId");

  static final RuleDescriptor ADVANCES_AGENDA =
      RuleDescriptor.of(
          "MR-002",
          MUTUALLY_REINFORCING_ACTIVITIES,
          WARNING,
          "Each activity advances a goal or an indicator",
          "Activities reinforce each other through the common agenda; one tied to no goal or indicator"
              + " is outside the plan of action.",
          Sources.KANIA_KRAMER_2011,
          "activityId");

  static final RuleDescriptor GOAL_ADVANCED =
      RuleDescriptor.of(
          "MR-003",
          MUTUALLY_REINFORCING_ACTIVITIES,
          WARNING,
          "Every goal is advanced by at least one activity",
          "A goal no activity works toward (directly, or through one of its indicators) has no plan of"
              + " action behind it.",
          Sources.CHANNELING_CHANGE,
          "goalId");

  static final RuleDescriptor PARTNER_ENGAGED =
      RuleDescriptor.of(
          "MR-004",
          MUTUALLY_REINFORCING_ACTIVITIES,
          WARNING,
          "Every partner, other than the backbone itself, leads or contributes to an activity or belongs to"
              + " a working group",
          "Each participant contributes what it does best; a partner with no part in the plan of action"
              + " is a signatory, not a participant.",
          Sources.KANIA_KRAMER_2011,
          "partnerId");

  static final RuleDescriptor COORDINATED =
      RuleDescriptor.of(
          "MR-005",
          MUTUALLY_REINFORCING_ACTIVITIES,
          WARNING,
          "Activities of different leads aimed at one indicator are coordinated in one working group",
          "Differentiated activities must still be coordinated: when several partners work on the same"
              + " indicator, a shared working group keeps them from duplicating or undercutting each"
              + " other.",
          Sources.CHANNELING_CHANGE,
          "indicatorId",
          "activityIds");

  static final RuleDescriptor ACTIVE =
      RuleDescriptor.of(
          "MR-006",
          MUTUALLY_REINFORCING_ACTIVITIES,
          WARNING,
          "At least one activity is under way on the validation date",
          "A plan of action with no current activity has stalled.",
          Sources.EVALUATION_GUIDE);

  static List<Rule> rules() {
    return List.of(
        Rule.of(HAS_LEAD, ActivityRules::hasLead),
        Rule.of(ADVANCES_AGENDA, ActivityRules::advancesAgenda),
        Rule.of(GOAL_ADVANCED, ActivityRules::goalAdvanced),
        Rule.of(PARTNER_ENGAGED, ActivityRules::partnerEngaged),
        Rule.of(COORDINATED, ActivityRules::coordinated),
        Rule.of(ACTIVE, ActivityRules::active));
  }

  private static void hasLead(RuleContext context) {
    List<Activity> activities = context.initiative().activities();
    for (int i = 0; i < activities.size(); i++) {
      if (activities.get(i).leadPartnerId().isEmpty()) {
        context.report("/activities/" + i, activities.get(i).id());
      }
    }
  }

  private static void advancesAgenda(RuleContext context) {
    List<Activity> activities = context.initiative().activities();
    for (int i = 0; i < activities.size(); i++) {
      Activity a = activities.get(i);
      if (a.goalIds().isEmpty() && a.indicatorIds().isEmpty()) {
        context.report("/activities/" + i, a.id());
      }
    }
  }

  private static void goalAdvanced(RuleContext context) {
    Initiative initiative = context.initiative();
    Set<String> goals = new HashSet<>();
    Set<String> indicators = new HashSet<>();
    for (Activity a : initiative.activities()) {
      goals.addAll(a.goalIds());
      indicators.addAll(a.indicatorIds());
    }
    List<Goal> agendaGoals = initiative.commonAgenda().goals();
    for (int i = 0; i < agendaGoals.size(); i++) {
      Goal goal = agendaGoals.get(i);
      boolean advanced = goals.contains(goal.id());
      for (String id : goal.indicatorIds()) {
        advanced |= indicators.contains(id);
      }
      if (!advanced) {
        context.report("/commonAgenda/goals/" + i, goal.id());
      }
    }
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
    Optional<String> backbone = initiative.backbone().flatMap(b -> b.partnerId());
    List<Partner> partners = initiative.partners();
    for (int i = 0; i < partners.size(); i++) {
      String id = partners.get(i).id();
      if (!engaged.contains(id) && !backbone.equals(Optional.of(id))) {
        context.report("/partners/" + i, id);
      }
    }
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
    List<Indicator> indicators = initiative.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      List<Activity> aimed = byIndicator.get(indicators.get(i).id());
      if (aimed == null || aimed.size() < 2) {
        continue;
      }
      Set<String> leads = new HashSet<>();
      Set<Optional<String>> groups = new HashSet<>();
      List<String> ids = new ArrayList<>();
      for (Activity a : aimed) {
        leads.add(a.leadPartnerId().get());
        groups.add(a.workingGroupId());
        ids.add(a.id());
      }
      boolean oneGroup = groups.size() == 1 && groups.iterator().next().isPresent();
      if (leads.size() > 1 && !oneGroup) {
        context.report("/indicators/" + i, indicators.get(i).id(), String.join(", ", ids));
      }
    }
  }

  private static void active(RuleContext context) {
    for (Activity a : context.initiative().activities()) {
      if (a.isActiveOn(context.asOf())) {
        return;
      }
    }
    context.report("/activities");
  }
}
