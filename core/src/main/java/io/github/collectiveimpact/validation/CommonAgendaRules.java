package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.Category.COMMON_AGENDA;
import static io.github.collectiveimpact.validation.Severity.ERROR;
import static io.github.collectiveimpact.validation.Severity.INFO;
import static io.github.collectiveimpact.validation.Severity.WARNING;

import io.github.collectiveimpact.model.Backbone;
import io.github.collectiveimpact.model.BackboneType;
import io.github.collectiveimpact.model.CommonAgenda;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Endorsement;
import io.github.collectiveimpact.model.EquityFocus;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.IndicatorLevel;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.SectorFamily;
import io.github.collectiveimpact.results.EquityGap;
import io.github.collectiveimpact.results.GapChange;
import io.github.collectiveimpact.results.IndicatorResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Rules of the common agenda. */
final class CommonAgendaRules {
  private CommonAgendaRules() {}

  static final RuleDescriptor PROBLEM_STATED =
      RuleDescriptor.of(
          "CA-001",
          COMMON_AGENDA,
          WARNING,
          "The problem is stated",
          "A common agenda starts from a common understanding of the problem.",
          Sources.KANIA_KRAMER_2011);

  static final RuleDescriptor VISION_STATED =
      RuleDescriptor.of(
          "CA-002",
          COMMON_AGENDA,
          WARNING,
          "A shared vision for change is stated",
          "All participants share a vision for change; without one the goals have no direction in"
              + " common.",
          Sources.KANIA_KRAMER_2011);

  static final RuleDescriptor HAS_GOALS =
      RuleDescriptor.of(
          "CA-003",
          COMMON_AGENDA,
          ERROR,
          "The agenda has at least one goal",
          "Partners need not agree on everything, but they must agree on the primary goals of the"
              + " effort; an agenda without a goal is no agenda.",
          Sources.KANIA_KRAMER_2011);

  static final RuleDescriptor GOAL_DATED =
      RuleDescriptor.of(
          "CA-004",
          COMMON_AGENDA,
          WARNING,
          "Every goal has a target date",
          "A goal without a date cannot be held to account or renewed; partners agree by when, not only"
              + " what.",
          Sources.KANIA_KRAMER_2011 + "; " + Sources.EVALUATION_GUIDE,
          "count",
          "goalIds");

  static final RuleDescriptor PARTNERS_ENDORSED =
      RuleDescriptor.of(
          "CA-005",
          COMMON_AGENDA,
          WARNING,
          "Partners have endorsed the agenda (at least minEndorsementShare of them, by default all)",
          "A common agenda is one that the participants have adopted; partners who have not endorsed it"
              + " may be pursuing agendas of their own. Counted only when endorsements are recorded at"
              + " all (CA-013 says when none are); one finding names every partner who has not endorsed"
              + " it by the validation date.",
          Sources.CHANNELING_CHANGE,
          "count",
          "partnerIds");

  static final RuleDescriptor CROSS_SECTOR =
      RuleDescriptor.of(
          "CA-006",
          COMMON_AGENDA,
          ERROR,
          "Partners come from more than one family of sectors",
          "Collective impact is the commitment of actors from different sectors: government, nonprofits,"
              + " business, philanthropy and the community. Partners of one family alone (a school"
              + " district, a city and a county are all government) are a collaboration, not collective"
              + " impact.",
          Sources.KANIA_KRAMER_2011 + "; " + Sources.PRINCIPLES_OF_PRACTICE,
          "families");

  static final RuleDescriptor GOAL_CURRENT =
      RuleDescriptor.of(
          "CA-007",
          COMMON_AGENDA,
          WARNING,
          "The agenda has a goal whose target date has not passed",
          "An agenda whose every goal date has passed needs to be assessed and renewed, as the Road Map"
              + " Project renewed its 2020 goal for 2030. A passed goal beside a current one is the"
              + " agenda evolving, and is not reported.",
          Sources.EVALUATION_GUIDE,
          "count",
          "goalIds",
          "latestTargetDate");

  static final RuleDescriptor EQUITY_DISAGGREGATED =
      RuleDescriptor.of(
          "CA-008",
          COMMON_AGENDA,
          WARNING,
          "A goal with an equity focus has an indicator disaggregated by each focus dimension",
          "Closing gaps for a group can only be seen in data broken down by that group; centering equity"
              + " starts with disaggregated data.",
          Sources.CENTERING_EQUITY,
          "count",
          "goalIds",
          "dimensions");

  static final RuleDescriptor COMMUNITY_DECIDES =
      RuleDescriptor.of(
          "CA-009",
          COMMON_AGENDA,
          WARNING,
          "Community members share in decisions: a partner with lived experience sits on the steering"
              + " committee",
          "Include community members in the collaborative and shift power within it: residents or people"
              + " with lived experience of the problem (role lived_experience) at the table where"
              + " decisions are made, the steering committee. Reported when no community partner sits"
              + " there at all; residents who only volunteer do not count. When an organisation that"
              + " speaks for the community does, CA-011 notes representation through an intermediary"
              + " instead.",
          Sources.PRINCIPLES_OF_PRACTICE + " (principle 2); " + Sources.CENTERING_EQUITY);

  static final RuleDescriptor GOAL_MEASURED =
      RuleDescriptor.of(
          "CA-010",
          COMMON_AGENDA,
          WARNING,
          "Every goal has an indicator with a target",
          "An agenda is agreed in name only until partners also agree how success will be measured; a"
              + " goal is measurable when one of its indicators has a target.",
          Sources.KANIA_KRAMER_2011,
          "count",
          "goalIds");

  static final RuleDescriptor COMMUNITY_THROUGH_INTERMEDIARY =
      RuleDescriptor.of(
          "CA-011",
          COMMON_AGENDA,
          INFO,
          "The community is represented in decisions only through an intermediary",
          "Organisations that speak for a community sit on the steering committee, but no resident or"
              + " person with lived experience does; the critiques call this trickle-down community"
              + " engagement.",
          Sources.LE_2015 + "; " + Sources.PRINCIPLES_OF_PRACTICE,
          "count",
          "partnerIds");

  static final RuleDescriptor SECTOR_FAMILIES =
      RuleDescriptor.of(
          "CA-012",
          COMMON_AGENDA,
          WARNING,
          "Partners span at least minSectors families of sectors (default 3)",
          "Collective impact brings government, nonprofits, business, philanthropy and the community to"
              + " one table; an initiative of two families lacks the strengths of the others.",
          Sources.KANIA_KRAMER_2011 + "; " + Sources.PRINCIPLES_OF_PRACTICE + " (principle 3)",
          "families",
          "minSectors");

  static final RuleDescriptor ENDORSEMENTS_RECORDED =
      RuleDescriptor.of(
          "CA-013",
          COMMON_AGENDA,
          INFO,
          "Endorsements of the agenda are recorded",
          "Which partners have formally adopted the agenda is not stated; recording endorsements shows"
              + " that the agenda is common, and lets CA-005 check it.",
          Sources.CHANNELING_CHANGE);

  static final RuleDescriptor CHAMPION =
      RuleDescriptor.of(
          "CA-014",
          COMMON_AGENDA,
          INFO,
          "An influential champion is named",
          "An influential champion, able to bring CEO-level leaders of the sectors together and keep"
              + " them engaged, is the most critical of the preconditions for collective impact.",
          Sources.CHANNELING_CHANGE);

  static final RuleDescriptor NOT_FUNDER_SET =
      RuleDescriptor.of(
          "CA-015",
          COMMON_AGENDA,
          WARNING,
          "A funder-based initiative has the community in its decisions or among those who endorsed the"
              + " agenda",
          "The critiques' first failure pattern is an agenda set top-down by funders; a funder-based"
              + " backbone must win broad community ownership first. Reported when the backbone is"
              + " funder-based (stated, or hosted by a philanthropy or a funding partner) and neither the"
              + " steering committee nor the partners who endorsed the agenda include a community"
              + " partner or a partner with lived experience. A lean backbone is not the problem.",
          Sources.WOLFF_2016 + "; " + Sources.BACKBONE_STRUCTURE);

  static final RuleDescriptor EQUITY_PRIORITY =
      RuleDescriptor.of(
          "CA-016",
          COMMON_AGENDA,
          WARNING,
          "Equity is a priority: a goal has an equity focus, or a population indicator is disaggregated",
          "Collective impact is designed and implemented with a priority on equity; an agenda with no"
              + " equity focus and no disaggregated population data cannot see whom it leaves behind.",
          Sources.PRINCIPLES_OF_PRACTICE + " (principle 1); " + Sources.CENTERING_EQUITY);

  static final RuleDescriptor FOCUS_GAP_NOT_WIDENING =
      RuleDescriptor.of(
          "CA-020",
          COMMON_AGENDA,
          WARNING,
          "No gap that a goal's equity focus names is widening",
          "An agenda that centers equity commits to closing the gaps of the groups it names; a gap of"
              + " such a group (by a dimension of the goal's equity focus, in an indicator of the goal)"
              + " that widens from the earliest period the groups share with their reference to the"
              + " latest means the work is not reaching them. One finding names every indicator, and"
              + " the dimensions.",
          Sources.CENTERING_EQUITY + "; " + Sources.RBA,
          "count",
          "indicatorIds",
          "dimensions");

  static List<Rule> rules() {
    return List.of(
        Rule.of(
            PROBLEM_STATED,
            c -> stated(c, c.initiative().commonAgenda().problemStatement(), "problemStatement")),
        Rule.of(VISION_STATED, c -> stated(c, c.initiative().commonAgenda().vision(), "vision")),
        Rule.of(HAS_GOALS, CommonAgendaRules::hasGoals),
        Rule.of(GOAL_DATED, CommonAgendaRules::goalDated),
        Rule.of(PARTNERS_ENDORSED, CommonAgendaRules::partnersEndorsed),
        Rule.of(CROSS_SECTOR, CommonAgendaRules::crossSector),
        Rule.of(GOAL_CURRENT, CommonAgendaRules::goalCurrent),
        Rule.of(EQUITY_DISAGGREGATED, CommonAgendaRules::equityDisaggregated),
        Rule.of(COMMUNITY_DECIDES, CommonAgendaRules::communityDecides),
        Rule.of(GOAL_MEASURED, CommonAgendaRules::goalMeasured),
        Rule.of(COMMUNITY_THROUGH_INTERMEDIARY, CommonAgendaRules::communityThroughIntermediary),
        Rule.of(SECTOR_FAMILIES, CommonAgendaRules::sectorFamilies),
        Rule.of(ENDORSEMENTS_RECORDED, CommonAgendaRules::endorsementsRecorded),
        Rule.of(CHAMPION, CommonAgendaRules::champion),
        Rule.of(NOT_FUNDER_SET, CommonAgendaRules::notFunderSet),
        Rule.of(EQUITY_PRIORITY, CommonAgendaRules::equityPriority),
        Rule.of(FOCUS_GAP_NOT_WIDENING, CommonAgendaRules::focusGapNotWidening));
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

  private static void goalDated(RuleContext context) {
    List<Goal> goals = context.initiative().commonAgenda().goals();
    Affected undated = new Affected();
    for (int i = 0; i < goals.size(); i++) {
      if (goals.get(i).targetDate().isEmpty()) {
        undated.add("/commonAgenda/goals/" + i + "/targetDate", goals.get(i).id());
      }
    }
    undated.report(context, "/commonAgenda/goals");
  }

  private static void goalMeasured(RuleContext context) {
    Initiative initiative = context.initiative();
    List<Goal> goals = initiative.commonAgenda().goals();
    Affected unmeasured = new Affected();
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
      if (!hasTarget) {
        unmeasured.add("/commonAgenda/goals/" + i, goal.id());
      }
    }
    unmeasured.report(context, "/commonAgenda/goals");
  }

  /** The partners who endorsed the agenda on or before the validation date. */
  private static Set<String> endorsers(RuleContext context) {
    Set<String> endorsed = new LinkedHashSet<>();
    for (Endorsement e : context.initiative().commonAgenda().endorsements()) {
      if (e.date().isEmpty() || !e.date().get().isAfter(context.asOf())) {
        endorsed.add(e.partnerId());
      }
    }
    return endorsed;
  }

  private static void partnersEndorsed(RuleContext context) {
    Initiative initiative = context.initiative();
    List<Partner> partners = initiative.partners();
    if (partners.isEmpty() || initiative.commonAgenda().endorsements().isEmpty()) {
      return;
    }
    Set<String> endorsed = endorsers(context);
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
    Affected notEndorsed = new Affected();
    for (int i = 0; i < partners.size(); i++) {
      if (!endorsed.contains(partners.get(i).id())) {
        notEndorsed.add("/partners/" + i, partners.get(i).id());
      }
    }
    notEndorsed.report(context, "/partners");
  }

  private static void endorsementsRecorded(RuleContext context) {
    Initiative initiative = context.initiative();
    if (!initiative.partners().isEmpty()
        && !initiative.commonAgenda().goals().isEmpty()
        && initiative.commonAgenda().endorsements().isEmpty()) {
      context.report("/commonAgenda/endorsements");
    }
  }

  private static Set<SectorFamily> families(Initiative initiative) {
    Set<SectorFamily> families = EnumSet.noneOf(SectorFamily.class);
    for (Partner p : initiative.partners()) {
      families.add(p.sectorFamily());
    }
    return families;
  }

  private static void crossSector(RuleContext context) {
    Set<SectorFamily> families = families(context.initiative());
    if (families.size() < 2) {
      context.report("/partners", new ArrayList<>(families));
    }
  }

  private static void sectorFamilies(RuleContext context) {
    Set<SectorFamily> families = families(context.initiative());
    int min = context.threshold(Threshold.MIN_SECTORS);
    // One family alone is CA-006's error; this rule speaks of initiatives that are cross-sector but
    // narrowly so.
    if (families.size() >= 2 && families.size() < min) {
      context.report("/partners", new ArrayList<>(families), min);
    }
  }

  private static void goalCurrent(RuleContext context) {
    List<Goal> goals = context.initiative().commonAgenda().goals();
    Affected passed = new Affected();
    LocalDate latest = null;
    for (int i = 0; i < goals.size(); i++) {
      Goal goal = goals.get(i);
      if (goal.targetDate().isEmpty()) {
        continue;
      }
      LocalDate date = goal.targetDate().get();
      if (!date.isBefore(context.asOf())) {
        return;
      }
      passed.add("/commonAgenda/goals/" + i + "/targetDate", goal.id());
      latest = latest == null || date.isAfter(latest) ? date : latest;
    }
    passed.report(context, "/commonAgenda/goals", latest);
  }

  private static void equityDisaggregated(RuleContext context) {
    Initiative initiative = context.initiative();
    CommonAgenda agenda = initiative.commonAgenda();
    List<Goal> goals = agenda.goals();
    Affected uncovered = new Affected();
    Set<DisaggregationDimension> dimensions = new LinkedHashSet<>();
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
          uncovered.add("/commonAgenda/goals/" + i + "/equityFocus", goal.id());
          dimensions.add(dimension);
        }
      }
    }
    uncovered.report(context, "/commonAgenda/goals", new ArrayList<>(dimensions));
  }

  /** Whether a partner is of the community: residents' own groups, or a voice or member of it. */
  private static boolean ofCommunity(Partner p) {
    return p.sectorFamily() == SectorFamily.COMMUNITY
        || p.roles().contains(PartnerRole.COMMUNITY_VOICE)
        || p.roles().contains(PartnerRole.LIVED_EXPERIENCE);
  }

  private static boolean livedExperienceDecides(Initiative initiative) {
    for (String id : initiative.steeringCommitteeIds()) {
      Optional<Partner> p = initiative.partner(id);
      if (p.isPresent() && p.get().roles().contains(PartnerRole.LIVED_EXPERIENCE)) {
        return true;
      }
    }
    return false;
  }

  private static void communityDecides(RuleContext context) {
    Initiative initiative = context.initiative();
    if (initiative.partners().isEmpty()
        || livedExperienceDecides(initiative)
        || !intermediariesInDecisions(initiative).isEmpty()) {
      return; // CA-011 speaks of representation through an intermediary
    }
    List<MeetingSeries> series = initiative.meetingSeries();
    for (int i = 0; i < series.size(); i++) {
      if (series.get(i).kind() == MeetingKind.STEERING_COMMITTEE) {
        context.report("/meetingSeries/" + i + "/participantPartnerIds");
        return;
      }
    }
    context.report("/partners");
  }

  /** The community partners on the steering committee (none with lived experience counted apart). */
  private static Affected intermediariesInDecisions(Initiative initiative) {
    Affected intermediaries = new Affected();
    Set<String> committee = initiative.steeringCommitteeIds();
    if (committee.isEmpty()) {
      return intermediaries;
    }
    // Where each partner is, the first of each id (as Initiative.partner(id) finds it), in one
    // pass.
    Map<String, Integer> positions = new HashMap<>();
    List<Partner> partners = initiative.partners();
    for (int i = 0; i < partners.size(); i++) {
      positions.putIfAbsent(partners.get(i).id(), i);
    }
    for (String id : committee) {
      Integer at = positions.get(id);
      if (at != null && ofCommunity(partners.get(at))) {
        intermediaries.add("/partners/" + at, id);
      }
    }
    return intermediaries;
  }

  private static void communityThroughIntermediary(RuleContext context) {
    Initiative initiative = context.initiative();
    if (!livedExperienceDecides(initiative)) {
      intermediariesInDecisions(initiative).report(context, "/partners");
    }
  }

  private static void champion(RuleContext context) {
    List<Partner> partners = context.initiative().partners();
    if (partners.isEmpty()) {
      return;
    }
    for (Partner p : partners) {
      if (p.roles().contains(PartnerRole.CHAMPION)) {
        return;
      }
    }
    context.report("/partners");
  }

  /**
   * Whether the backbone is funder-based: stated so, or of unstated type and hosted by a partner that
   * is a philanthropy or funds the initiative (a programme officer at a foundation, say).
   */
  static boolean funderBased(Initiative initiative) {
    Optional<Backbone> backbone = initiative.backbone();
    if (backbone.isEmpty()) {
      return false;
    }
    if (backbone.get().type().isPresent()) {
      return backbone.get().type().get() == BackboneType.FUNDER_BASED;
    }
    Optional<Partner> host = backbone.get().partnerId().flatMap(initiative::partner);
    return host.isPresent()
        && (host.get().sectorFamily() == SectorFamily.PHILANTHROPY
            || host.get().roles().contains(PartnerRole.FUNDER));
  }

  private static void notFunderSet(RuleContext context) {
    Initiative initiative = context.initiative();
    if (!funderBased(initiative)) {
      return;
    }
    Set<String> voices = new HashSet<>(initiative.steeringCommitteeIds());
    voices.addAll(endorsers(context));
    for (String id : voices) {
      Optional<Partner> p = initiative.partner(id);
      if (p.isPresent() && ofCommunity(p.get())) {
        return;
      }
    }
    context.report("/backbone");
  }

  private static void equityPriority(RuleContext context) {
    Initiative initiative = context.initiative();
    if (initiative.commonAgenda().goals().isEmpty() && initiative.indicators().isEmpty()) {
      return;
    }
    for (Goal goal : initiative.commonAgenda().goals()) {
      if (goal.equityFocus().isPresent()) {
        return;
      }
    }
    for (Indicator indicator : initiative.indicators()) {
      if (indicator.level() == IndicatorLevel.POPULATION
          && !indicator.disaggregations().isEmpty()) {
        return;
      }
    }
    context.report("/commonAgenda/goals");
  }

  private static void focusGapNotWidening(RuleContext context) {
    Initiative initiative = context.initiative();
    List<Indicator> indicators = initiative.indicators();
    List<IndicatorResult> results = context.results().indicators();
    Map<String, Integer> positions = new HashMap<>();
    for (int i = indicators.size() - 1; i >= 0; i--) {
      positions.put(indicators.get(i).id(), i);
    }
    Affected widening = new Affected();
    Set<String> dimensions = new LinkedHashSet<>();
    for (Goal goal : initiative.commonAgenda().goals()) {
      if (goal.equityFocus().isEmpty()) {
        continue;
      }
      List<DisaggregationDimension> focus = goal.equityFocus().get().dimensions();
      for (String id : goal.indicatorIds()) {
        Integer i = positions.get(id);
        if (i == null || i >= results.size()) {
          continue; // ST-002
        }
        for (EquityGap gap : results.get(i).gaps()) {
          if (gap.change() == GapChange.WIDENING && focus.contains(gap.dimension())) {
            widening.add("/indicators/" + i, id);
            dimensions.add(gap.dimension().key());
          }
        }
      }
    }
    widening.report(context, "/indicators", List.copyOf(dimensions));
  }
}
