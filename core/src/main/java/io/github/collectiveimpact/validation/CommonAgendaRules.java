package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.Category.COMMON_AGENDA;
import static io.github.collectiveimpact.validation.Severity.ERROR;
import static io.github.collectiveimpact.validation.Severity.INFO;
import static io.github.collectiveimpact.validation.Severity.WARNING;

import io.github.collectiveimpact.model.CommonAgenda;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Endorsement;
import io.github.collectiveimpact.model.EquityFocus;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.Sector;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rules of the common agenda. */
final class CommonAgendaRules {
  private CommonAgendaRules() {}

  static final RuleDescriptor PROBLEM_STATED =
      RuleDescriptor.of(
          "CA-001",
          COMMON_AGENDA,
          ERROR,
          "The problem is stated",
          "A common agenda starts from a common understanding of the problem.",
          Sources.KANIA_KRAMER_2011);

  static final RuleDescriptor VISION_STATED =
      RuleDescriptor.of(
          "CA-002",
          COMMON_AGENDA,
          ERROR,
          "A shared vision for change is stated",
          "All participants share a vision for change; without one there is no agenda to be common.",
          Sources.KANIA_KRAMER_2011);

  static final RuleDescriptor HAS_GOALS =
      RuleDescriptor.of(
          "CA-003",
          COMMON_AGENDA,
          ERROR,
          "The agenda has at least one goal",
          "Partners need not agree on everything, but they must agree on the primary goals of the effort.",
          Sources.KANIA_KRAMER_2011);

  static final RuleDescriptor GOAL_MEASURABLE =
      RuleDescriptor.of(
          "CA-004",
          COMMON_AGENDA,
          ERROR,
          "Every goal is measurable: it has a target date and an indicator with a target",
          "An agenda is agreed in name only until partners also agree how success will be measured and"
              + " reported.",
          Sources.KANIA_KRAMER_2011,
          "goalId");

  static final RuleDescriptor PARTNERS_ENDORSED =
      RuleDescriptor.of(
          "CA-005",
          COMMON_AGENDA,
          WARNING,
          "Partners have endorsed the agenda (by default every partner)",
          "A common agenda is one that every participant has adopted; partners who have not endorsed it"
              + " may be pursuing agendas of their own. When fewer than the threshold share"
              + " (minEndorsementShare) have endorsed it by the validation date, each partner who has not is"
              + " reported.",
          Sources.CHANNELING_CHANGE,
          "partnerId");

  static final RuleDescriptor CROSS_SECTOR =
      RuleDescriptor.of(
          "CA-006",
          COMMON_AGENDA,
          ERROR,
          "Partners span at least minSectors sectors (default 3)",
          "Collective impact is the commitment of important actors from different sectors; a"
              + " single-sector coalition is a collaboration, not collective impact.",
          Sources.KANIA_KRAMER_2011 + "; " + Sources.PRINCIPLES_OF_PRACTICE,
          "sectors",
          "minSectors");

  static final RuleDescriptor GOAL_NOT_EXPIRED =
      RuleDescriptor.of(
          "CA-007",
          COMMON_AGENDA,
          WARNING,
          "No goal's target date has passed",
          "A goal whose date has passed should be assessed and renewed, as the Road Map Project renewed"
              + " its 2020 goal for 2030; the agenda evolves with the initiative.",
          Sources.EVALUATION_GUIDE,
          "goalId",
          "targetDate");

  static final RuleDescriptor EQUITY_DISAGGREGATED =
      RuleDescriptor.of(
          "CA-008",
          COMMON_AGENDA,
          WARNING,
          "A goal with an equity focus has an indicator disaggregated by each focus dimension",
          "Closing gaps for a group can only be seen in data broken down by that group; centering equity"
              + " starts with disaggregated data.",
          Sources.CENTERING_EQUITY,
          "goalId",
          "dimension");

  static final RuleDescriptor COMMUNITY_INCLUDED =
      RuleDescriptor.of(
          "CA-009",
          COMMON_AGENDA,
          INFO,
          "Community members take part in shaping the agenda",
          "Include community members in the collaborative: residents or community groups among the"
              + " partners, or community meetings, so that the agenda reflects those it serves.",
          Sources.PRINCIPLES_OF_PRACTICE);

  static List<Rule> rules() {
    return List.of(
        Rule.of(
            PROBLEM_STATED,
            c -> stated(c, c.initiative().commonAgenda().problemStatement(), "problemStatement")),
        Rule.of(VISION_STATED, c -> stated(c, c.initiative().commonAgenda().vision(), "vision")),
        Rule.of(HAS_GOALS, CommonAgendaRules::hasGoals),
        Rule.of(GOAL_MEASURABLE, CommonAgendaRules::goalMeasurable),
        Rule.of(PARTNERS_ENDORSED, CommonAgendaRules::partnersEndorsed),
        Rule.of(CROSS_SECTOR, CommonAgendaRules::crossSector),
        Rule.of(GOAL_NOT_EXPIRED, CommonAgendaRules::goalNotExpired),
        Rule.of(EQUITY_DISAGGREGATED, CommonAgendaRules::equityDisaggregated),
        Rule.of(COMMUNITY_INCLUDED, CommonAgendaRules::communityIncluded));
  }

  private static void stated(RuleContext context, Optional<String> text, String attribute) {
    if (text.isEmpty() || text.get().isBlank()) {
      context.report("/commonAgenda/" + attribute);
    }
  }

  private static void hasGoals(RuleContext context) {
    if (context.initiative().commonAgenda().goals().isEmpty()) {
      context.report("/commonAgenda/goals");
    }
  }

  private static void goalMeasurable(RuleContext context) {
    Initiative initiative = context.initiative();
    List<Goal> goals = initiative.commonAgenda().goals();
    for (int i = 0; i < goals.size(); i++) {
      Goal goal = goals.get(i);
      boolean hasTarget = false;
      for (String id : goal.indicatorIds()) {
        Optional<Indicator> indicator = initiative.indicator(id);
        if (indicator.isPresent() && indicator.get().target().isPresent()) {
          hasTarget = true;
          break;
        }
      }
      if (!hasTarget || goal.targetDate().isEmpty()) {
        context.report("/commonAgenda/goals/" + i, goal.id());
      }
    }
  }

  private static void partnersEndorsed(RuleContext context) {
    Initiative initiative = context.initiative();
    List<Partner> partners = initiative.partners();
    if (partners.isEmpty()) {
      return;
    }
    Set<String> endorsed = new HashSet<>();
    for (Endorsement e : initiative.commonAgenda().endorsements()) {
      if (e.date().isEmpty() || !e.date().get().isAfter(context.asOf())) {
        endorsed.add(e.partnerId());
      }
    }
    int count = 0;
    for (Partner p : partners) {
      if (endorsed.contains(p.id())) {
        count++;
      }
    }
    double share = (double) count / partners.size();
    if (share >= context.threshold(Threshold.MIN_ENDORSEMENT_SHARE)) {
      return;
    }
    for (int i = 0; i < partners.size(); i++) {
      if (!endorsed.contains(partners.get(i).id())) {
        context.report("/partners/" + i, partners.get(i).id());
      }
    }
  }

  private static void crossSector(RuleContext context) {
    Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    for (Partner p : context.initiative().partners()) {
      sectors.add(p.sector());
    }
    int min = context.threshold(Threshold.MIN_SECTORS);
    if (sectors.size() < min) {
      context.report("/partners", sectors.size(), min);
    }
  }

  private static void goalNotExpired(RuleContext context) {
    List<Goal> goals = context.initiative().commonAgenda().goals();
    for (int i = 0; i < goals.size(); i++) {
      Goal goal = goals.get(i);
      if (goal.targetDate().isPresent() && goal.targetDate().get().isBefore(context.asOf())) {
        context.report(
            "/commonAgenda/goals/" + i + "/targetDate", goal.id(), goal.targetDate().get());
      }
    }
  }

  private static void equityDisaggregated(RuleContext context) {
    Initiative initiative = context.initiative();
    CommonAgenda agenda = initiative.commonAgenda();
    List<Goal> goals = agenda.goals();
    for (int i = 0; i < goals.size(); i++) {
      Goal goal = goals.get(i);
      if (goal.equityFocus().isEmpty()) {
        continue;
      }
      EquityFocus focus = goal.equityFocus().get();
      for (DisaggregationDimension dimension : focus.dimensions()) {
        boolean covered = false;
        for (String id : goal.indicatorIds()) {
          Optional<Indicator> indicator = initiative.indicator(id);
          if (indicator.isPresent() && indicator.get().disaggregations().contains(dimension)) {
            covered = true;
            break;
          }
        }
        if (!covered) {
          context.report("/commonAgenda/goals/" + i + "/equityFocus", goal.id(), dimension);
        }
      }
    }
  }

  private static void communityIncluded(RuleContext context) {
    Initiative initiative = context.initiative();
    for (Partner p : initiative.partners()) {
      if (p.sector() == Sector.COMMUNITY || p.roles().contains(PartnerRole.COMMUNITY_VOICE)) {
        return;
      }
    }
    for (MeetingSeries s : initiative.meetingSeries()) {
      if (s.kind() == MeetingKind.COMMUNITY) {
        return;
      }
    }
    context.report("/partners");
  }
}
