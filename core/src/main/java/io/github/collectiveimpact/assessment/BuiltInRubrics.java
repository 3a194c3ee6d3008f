package io.github.collectiveimpact.assessment;

import static io.github.collectiveimpact.assessment.AssessedCondition.BACKBONE_SUPPORT;
import static io.github.collectiveimpact.assessment.AssessedCondition.COMMON_AGENDA;
import static io.github.collectiveimpact.assessment.AssessedCondition.COMMUNITY_ASPIRATION;
import static io.github.collectiveimpact.assessment.AssessedCondition.CONTAINER_FOR_CHANGE;
import static io.github.collectiveimpact.assessment.AssessedCondition.CONTINUOUS_COMMUNICATION;
import static io.github.collectiveimpact.assessment.AssessedCondition.HIGH_LEVERAGE_ACTIVITIES;
import static io.github.collectiveimpact.assessment.AssessedCondition.INCLUSIVE_COMMUNITY_ENGAGEMENT;
import static io.github.collectiveimpact.assessment.AssessedCondition.MUTUALLY_REINFORCING_ACTIVITIES;
import static io.github.collectiveimpact.assessment.AssessedCondition.SHARED_MEASUREMENT;
import static io.github.collectiveimpact.assessment.AssessedCondition.STRATEGIC_LEARNING;

import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.ActivityKind;
import io.github.collectiveimpact.model.Audience;
import io.github.collectiveimpact.model.Backbone;
import io.github.collectiveimpact.model.BackboneFunction;
import io.github.collectiveimpact.model.BackboneRole;
import io.github.collectiveimpact.model.BackboneType;
import io.github.collectiveimpact.model.Channel;
import io.github.collectiveimpact.model.CommonAgenda;
import io.github.collectiveimpact.model.FundingSource;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.IndicatorLevel;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.SectorFamily;
import io.github.collectiveimpact.model.StaffPosition;
import io.github.collectiveimpact.model.SystemsChange;
import io.github.collectiveimpact.model.SystemsChangeKind;
import io.github.collectiveimpact.model.WorkingGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** The built-in rubrics' criteria; their English text is in the bundle, beside the Japanese. */
final class BuiltInRubrics {
  private BuiltInRubrics() {}

  static final String KANIA_KRAMER =
      "Kania & Kramer, \"Collective Impact\", Stanford Social Innovation Review, Winter 2011";
  static final String CHANNELING_CHANGE =
      "Hanleybrown, Kania & Kramer, \"Channeling Change: Making Collective Impact Work\", Stanford"
          + " Social Innovation Review, 2012";
  static final String BACKBONE_VALUE =
      "Turner, Merchant, Kania & Martin, \"Understanding the Value of Backbone Organizations in"
          + " Collective Impact\", Stanford Social Innovation Review, 2012";
  static final String BACKBONE_STRUCTURE = "FSG, \"Searching for the right backbone structure\"";
  static final String EVALUATION_GUIDE =
      "Preskill, Parkhurst & Splansky Juster, \"Guide to Evaluating Collective Impact\", FSG and"
          + " Collective Impact Forum, 2014";
  static final String PRINCIPLES =
      "Collective Impact Forum, \"Principles of Practice\", 2016, no. ";
  static final String CENTERING_EQUITY =
      "Kania, Williams, Schmitz, Brady, Kramer & Splansky Juster, \"Centering Equity in Collective"
          + " Impact\", Stanford Social Innovation Review, Winter 2022";
  static final String CI3 =
      "Cabaj & Weaver, \"Collective Impact 3.0: An Evolving Framework for Community Change\","
          + " Tamarack Institute, 2016";
  static final String WOLFF =
      "Wolff, \"Ten Places Where Collective Impact Gets It Wrong\", Global Journal of Community"
          + " Psychology Practice, 2016";
  static final String LE =
      "Le, \"Why communities of color are getting frustrated with Collective Impact\", 2015";
  static final String RBA =
      "Friedman, \"Trying Hard Is Not Good Enough\" (Results-Based Accountability)";

  private static Criterion c(
      String id,
      AssessedCondition condition,
      int level,
      String source,
      Function<Facts, Check> test) {
    Texts en = Texts.of(Locale.ROOT);
    return new Criterion(
        id,
        condition,
        level,
        en.get("criterion." + id + ".statement"),
        en.get("criterion." + id + ".action"),
        source,
        test);
  }

  static List<Criterion> fiveConditions() {
    return List.of(
        // Common agenda
        c("CA.1", COMMON_AGENDA, 1, KANIA_KRAMER, BuiltInRubrics::agendaStated),
        c(
            "CA.2a",
            COMMON_AGENDA,
            2,
            KANIA_KRAMER + "; " + EVALUATION_GUIDE,
            BuiltInRubrics::datedGoal),
        c("CA.2b", COMMON_AGENDA, 2, CHANNELING_CHANGE, BuiltInRubrics::anyEndorsement),
        c("CA.3a", COMMON_AGENDA, 3, CHANNELING_CHANGE, BuiltInRubrics::crossSectorEndorsement),
        c(
            "CA.3b",
            COMMON_AGENDA,
            3,
            PRINCIPLES + "2; " + WOLFF + "; " + LE,
            f -> communityInAgenda(f, f::isCommunity)),
        c("CA.3c", COMMON_AGENDA, 3, KANIA_KRAMER, BuiltInRubrics::goalsMeasured),
        c("CA.4a", COMMON_AGENDA, 4, CHANNELING_CHANGE, BuiltInRubrics::endorsementShare),
        c(
            "CA.4b",
            COMMON_AGENDA,
            4,
            PRINCIPLES + "2; " + CENTERING_EQUITY,
            f -> onSteeringCommittee(f, f::hasLivedExperience)),
        c(
            "CA.4c",
            COMMON_AGENDA,
            4,
            PRINCIPLES + "1; " + CENTERING_EQUITY,
            BuiltInRubrics::equityPriority),
        // Shared measurement
        c("SM.1", SHARED_MEASUREMENT, 1, KANIA_KRAMER, BuiltInRubrics::indicatorDefined),
        c(
            "SM.2a",
            SHARED_MEASUREMENT,
            2,
            KANIA_KRAMER + "; " + RBA,
            BuiltInRubrics::populationIndicator),
        c("SM.2b", SHARED_MEASUREMENT, 2, KANIA_KRAMER, BuiltInRubrics::dataCollected),
        c("SM.3a", SHARED_MEASUREMENT, 3, KANIA_KRAMER + "; " + RBA, f -> dataOverPeriods(f, true)),
        c("SM.3b", SHARED_MEASUREMENT, 3, KANIA_KRAMER, BuiltInRubrics::resultsPublished),
        c("SM.4a", SHARED_MEASUREMENT, 4, PRINCIPLES + "4", BuiltInRubrics::resultsReviewed),
        c("SM.4b", SHARED_MEASUREMENT, 4, PRINCIPLES + "4", BuiltInRubrics::dataCurrent),
        c("SM.4c", SHARED_MEASUREMENT, 4, CENTERING_EQUITY, BuiltInRubrics::disaggregated),
        // Mutually reinforcing activities
        c("MR.1", MUTUALLY_REINFORCING_ACTIVITIES, 1, KANIA_KRAMER, BuiltInRubrics::activityStated),
        c(
            "MR.2a",
            MUTUALLY_REINFORCING_ACTIVITIES,
            2,
            KANIA_KRAMER,
            BuiltInRubrics::differentiated),
        c(
            "MR.2b",
            MUTUALLY_REINFORCING_ACTIVITIES,
            2,
            KANIA_KRAMER,
            BuiltInRubrics::activitiesAligned),
        c(
            "MR.3a",
            MUTUALLY_REINFORCING_ACTIVITIES,
            3,
            CHANNELING_CHANGE,
            BuiltInRubrics::coordinated),
        c("MR.3b", MUTUALLY_REINFORCING_ACTIVITIES, 3, EVALUATION_GUIDE, BuiltInRubrics::underWay),
        c("MR.4a", MUTUALLY_REINFORCING_ACTIVITIES, 4, KANIA_KRAMER, BuiltInRubrics::goalsCovered),
        c(
            "MR.4b",
            MUTUALLY_REINFORCING_ACTIVITIES,
            4,
            KANIA_KRAMER,
            BuiltInRubrics::planParticipation),
        // Continuous communication
        c("CC.1", CONTINUOUS_COMMUNICATION, 1, KANIA_KRAMER, BuiltInRubrics::communicationStated),
        c("CC.2a", CONTINUOUS_COMMUNICATION, 2, CHANNELING_CHANGE, BuiltInRubrics::leadersMeet),
        c("CC.2b", CONTINUOUS_COMMUNICATION, 2, CHANNELING_CHANGE, BuiltInRubrics::meetingHeld),
        c(
            "CC.3a",
            CONTINUOUS_COMMUNICATION,
            3,
            CHANNELING_CHANGE,
            BuiltInRubrics::leadersMetRecently),
        c("CC.3b", CONTINUOUS_COMMUNICATION, 3, KANIA_KRAMER, BuiltInRubrics::meetingsOverAYear),
        c("CC.4a", CONTINUOUS_COMMUNICATION, 4, KANIA_KRAMER, BuiltInRubrics::conversationShare),
        c(
            "CC.4b",
            CONTINUOUS_COMMUNICATION,
            4,
            BACKBONE_VALUE + "; " + PRINCIPLES + "2",
            BuiltInRubrics::publicChannel),
        // Backbone support
        c("BB.1", BACKBONE_SUPPORT, 1, KANIA_KRAMER, BuiltInRubrics::backboneNamed),
        c(
            "BB.2a",
            BACKBONE_SUPPORT,
            2,
            KANIA_KRAMER + "; " + WOLFF,
            BuiltInRubrics::dedicatedStaff),
        c("BB.2b", BACKBONE_SUPPORT, 2, CHANNELING_CHANGE, BuiltInRubrics::backboneFunded),
        c("BB.3a", BACKBONE_SUPPORT, 3, BACKBONE_VALUE, f -> functionsCarried(f, 4)),
        c(
            "BB.3b",
            BACKBONE_SUPPORT,
            3,
            BACKBONE_VALUE + "; " + WOLFF,
            BuiltInRubrics::capacityFits),
        c("BB.3c", BACKBONE_SUPPORT, 3, BACKBONE_VALUE, BuiltInRubrics::leavesProgrammes),
        c("BB.4a", BACKBONE_SUPPORT, 4, BACKBONE_VALUE, f -> functionsCarried(f, 6)),
        c("BB.4b", BACKBONE_SUPPORT, 4, CHANNELING_CHANGE, BuiltInRubrics::fundingCommitted),
        c(
            "BB.4c",
            BACKBONE_SUPPORT,
            4,
            BACKBONE_STRUCTURE + "; " + WOLFF,
            BuiltInRubrics::neutral));
  }

  static List<Criterion> collectiveImpact3() {
    return List.of(
        // Community aspiration
        c("ASP.1", COMMUNITY_ASPIRATION, 1, CI3, BuiltInRubrics::aspirationStated),
        c("ASP.2", COMMUNITY_ASPIRATION, 2, CI3, BuiltInRubrics::anyEndorsement),
        c(
            "ASP.3",
            COMMUNITY_ASPIRATION,
            3,
            CI3 + "; " + WOLFF,
            f -> communityInAgenda(f, f::isCommunity)),
        c(
            "ASP.4a",
            COMMUNITY_ASPIRATION,
            4,
            CI3 + "; " + LE,
            f -> communityInAgenda(f, f::hasLivedExperience)),
        c(
            "ASP.4b",
            COMMUNITY_ASPIRATION,
            4,
            CI3 + "; " + CENTERING_EQUITY,
            BuiltInRubrics::equityGoal),
        // Strategic learning
        c("SL.1", STRATEGIC_LEARNING, 1, CI3, BuiltInRubrics::indicatorDefined),
        c("SL.2", STRATEGIC_LEARNING, 2, CI3, BuiltInRubrics::dataCollected),
        c(
            "SL.3a",
            STRATEGIC_LEARNING,
            3,
            CI3 + "; " + PRINCIPLES + "4",
            BuiltInRubrics::resultsReviewed),
        c("SL.3b", STRATEGIC_LEARNING, 3, CI3, BuiltInRubrics::dataCurrent),
        c("SL.4a", STRATEGIC_LEARNING, 4, CI3, BuiltInRubrics::reviewedRecently),
        c("SL.4b", STRATEGIC_LEARNING, 4, CI3, f -> dataOverPeriods(f, false)),
        // High-leverage activities: coordination is no evidence here
        c("HL.1", HIGH_LEVERAGE_ACTIVITIES, 1, CI3, BuiltInRubrics::workStated),
        c(
            "HL.2",
            HIGH_LEVERAGE_ACTIVITIES,
            2,
            CI3 + "; " + PRINCIPLES + "6",
            BuiltInRubrics::systemsWork),
        c(
            "HL.3",
            HIGH_LEVERAGE_ACTIVITIES,
            3,
            CI3 + "; " + EVALUATION_GUIDE,
            f -> systemsChanges(f, 1)),
        c(
            "HL.4a",
            HIGH_LEVERAGE_ACTIVITIES,
            4,
            CI3 + "; " + EVALUATION_GUIDE,
            f -> systemsChanges(f, 2)),
        c(
            "HL.4b",
            HIGH_LEVERAGE_ACTIVITIES,
            4,
            CI3 + "; " + WOLFF,
            BuiltInRubrics::policyOrFunding),
        // Inclusive community engagement
        c("ICE.1", INCLUSIVE_COMMUNITY_ENGAGEMENT, 1, CI3, BuiltInRubrics::communityNamed),
        c(
            "ICE.2",
            INCLUSIVE_COMMUNITY_ENGAGEMENT,
            2,
            CI3 + "; " + PRINCIPLES + "2",
            BuiltInRubrics::communityTakesPart),
        c(
            "ICE.3",
            INCLUSIVE_COMMUNITY_ENGAGEMENT,
            3,
            CI3 + "; " + CENTERING_EQUITY,
            f -> onSteeringCommittee(f, f::isCommunity)),
        c(
            "ICE.4a",
            INCLUSIVE_COMMUNITY_ENGAGEMENT,
            4,
            CI3 + "; " + LE,
            f -> onSteeringCommittee(f, f::hasLivedExperience)),
        c("ICE.4b", INCLUSIVE_COMMUNITY_ENGAGEMENT, 4, CI3, BuiltInRubrics::publicChannel),
        // Container for change
        c("CFC.1", CONTAINER_FOR_CHANGE, 1, CI3, BuiltInRubrics::containerNamed),
        c("CFC.2", CONTAINER_FOR_CHANGE, 2, CI3, BuiltInRubrics::convened),
        c("CFC.3", CONTAINER_FOR_CHANGE, 3, CI3, BuiltInRubrics::partnersLead),
        c(
            "CFC.4a",
            CONTAINER_FOR_CHANGE,
            4,
            CI3 + "; " + BACKBONE_STRUCTURE,
            BuiltInRubrics::sharedBackboneWork),
        c("CFC.4b", CONTAINER_FOR_CHANGE, 4, CI3, BuiltInRubrics::partnersChangeSystems));
  }

  // ---- common agenda and aspiration

  static Check agendaStated(Facts f) {
    CommonAgenda agenda = f.initiative().commonAgenda();
    if (agenda.vision().isPresent()) {
      return Check.met("/commonAgenda/vision");
    }
    if (agenda.problemStatement().isPresent()) {
      return Check.met("/commonAgenda/problemStatement");
    }
    return agenda.goals().isEmpty() ? Check.notStated() : Check.met("/commonAgenda/goals/0");
  }

  static Check aspirationStated(Facts f) {
    CommonAgenda agenda = f.initiative().commonAgenda();
    if (agenda.vision().isPresent()) {
      return Check.met("/commonAgenda/vision");
    }
    return agenda.problemStatement().isPresent()
        ? Check.met("/commonAgenda/problemStatement")
        : Check.notStated();
  }

  static Check datedGoal(Facts f) {
    List<Goal> goals = f.initiative().commonAgenda().goals();
    if (goals.isEmpty()) {
      return Check.notStated();
    }
    for (int i = 0; i < goals.size(); i++) {
      if (goals.get(i).targetDate().isPresent()) {
        return Check.met("/commonAgenda/goals/" + i + "/targetDate");
      }
    }
    return Check.notMet();
  }

  static Check anyEndorsement(Facts f) {
    int i = f.endorsement(id -> true);
    return i < 0 ? Check.notStated() : Check.met("/commonAgenda/endorsements/" + i);
  }

  static Check crossSectorEndorsement(Facts f) {
    Set<String> endorsers = f.endorserIds();
    if (endorsers.isEmpty()) {
      return Check.notStated();
    }
    Set<SectorFamily> families = EnumSet.noneOf(SectorFamily.class);
    for (String id : endorsers) {
      f.initiative().partner(id).ifPresent(p -> families.add(p.sectorFamily()));
    }
    return families.size() >= f.calibration().minSectorFamilies()
        ? Check.met("/commonAgenda/endorsements")
        : Check.notMet();
  }

  /** A partner matching endorsed the agenda or sits on the steering committee. */
  static Check communityInAgenda(Facts f, java.util.function.Predicate<String> partner) {
    int i = f.endorsement(partner);
    if (i >= 0) {
      return Check.met("/commonAgenda/endorsements/" + i);
    }
    Check steering = onSteeringCommittee(f, partner);
    if (steering.status() == Check.Status.MET) {
      return steering;
    }
    return f.endorserIds().isEmpty() && steering.status() == Check.Status.NOT_STATED
        ? Check.notStated()
        : Check.notMet();
  }

  /** A partner matching sits on the steering committee; not stated when no one is known to sit on it. */
  static Check onSteeringCommittee(Facts f, java.util.function.Predicate<String> partner) {
    Initiative initiative = f.initiative();
    Set<String> steering = initiative.steeringCommitteeIds();
    if (steering.isEmpty()) {
      return Check.notStated();
    }
    List<MeetingSeries> series = initiative.meetingSeries();
    for (int i = 0; i < series.size(); i++) {
      MeetingSeries s = series.get(i);
      if (s.kind() == MeetingKind.STEERING_COMMITTEE) {
        for (int j = 0; j < s.participantPartnerIds().size(); j++) {
          if (partner.test(s.participantPartnerIds().get(j))) {
            return Check.met("/meetingSeries/" + i + "/participantPartnerIds/" + j);
          }
        }
      }
    }
    List<Partner> partners = initiative.partners();
    for (int i = 0; i < partners.size(); i++) {
      if (steering.contains(partners.get(i).id()) && partner.test(partners.get(i).id())) {
        return Check.met("/partners/" + i);
      }
    }
    return Check.notMet();
  }

  static Check goalsMeasured(Facts f) {
    List<Goal> goals = f.initiative().commonAgenda().goals();
    if (goals.isEmpty()) {
      return Check.notStated();
    }
    for (Goal goal : goals) {
      boolean measured = false;
      for (String id : goal.indicatorIds()) {
        measured |= f.initiative().indicator(id).map(x -> x.target().isPresent()).orElse(false);
      }
      if (!measured) {
        return Check.notMet();
      }
    }
    return Check.met("/commonAgenda/goals");
  }

  static Check endorsementShare(Facts f) {
    if (f.endorserIds().isEmpty() || f.initiative().partners().isEmpty()) {
      return Check.notStated();
    }
    int endorsed = 0;
    Set<String> endorsers = f.endorserIds();
    for (Partner p : f.initiative().partners()) {
      if (endorsers.contains(p.id())) {
        endorsed++;
      }
    }
    double share = (double) endorsed / f.initiative().partners().size();
    return share >= f.calibration().minEndorsementShare()
        ? Check.met("/commonAgenda/endorsements")
        : Check.notMet();
  }

  static Check equityGoal(Facts f) {
    List<Goal> goals = f.initiative().commonAgenda().goals();
    if (goals.isEmpty()) {
      return Check.notStated();
    }
    for (int i = 0; i < goals.size(); i++) {
      if (goals.get(i).equityFocus().isPresent()) {
        return Check.met("/commonAgenda/goals/" + i + "/equityFocus");
      }
    }
    return Check.notMet();
  }

  static Check equityPriority(Facts f) {
    Check goal = equityGoal(f);
    if (goal.status() == Check.Status.MET) {
      return goal;
    }
    Check data = disaggregated(f);
    if (data.status() == Check.Status.MET) {
      return data;
    }
    return goal.status() == Check.Status.NOT_STATED && data.status() == Check.Status.NOT_STATED
        ? Check.notStated()
        : Check.notMet();
  }

  // ---- shared measurement and strategic learning

  static Check indicatorDefined(Facts f) {
    return f.initiative().indicators().isEmpty() ? Check.notStated() : Check.met("/indicators/0");
  }

  static Check populationIndicator(Facts f) {
    List<Indicator> indicators = f.initiative().indicators();
    if (indicators.isEmpty()) {
      return Check.notStated();
    }
    for (int i = 0; i < indicators.size(); i++) {
      if (indicators.get(i).level() == IndicatorLevel.POPULATION) {
        return Check.met("/indicators/" + i);
      }
    }
    return Check.notMet();
  }

  static Check dataCollected(Facts f) {
    List<Indicator> indicators = f.initiative().indicators();
    for (int i = 0; i < indicators.size(); i++) {
      if (f.observedPeriods(indicators.get(i).id()) > 0) {
        return Check.met("/indicators/" + i);
      }
    }
    return indicators.isEmpty() ? Check.notStated() : Check.notMet();
  }

  /** An indicator (a population one, if asked) has data for at least three periods. */
  static Check dataOverPeriods(Facts f, boolean population) {
    List<Indicator> indicators = f.initiative().indicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator x = indicators.get(i);
      if ((!population || x.level() == IndicatorLevel.POPULATION)
          && f.observedPeriods(x.id()) >= 3) {
        return Check.met("/indicators/" + i);
      }
    }
    return indicators.isEmpty() ? Check.notStated() : Check.notMet();
  }

  static Check resultsPublished(Facts f) {
    List<Channel> channels = f.initiative().channels();
    for (int i = 0; i < channels.size(); i++) {
      if (channels.get(i).publishesResults()) {
        return Check.met("/channels/" + i);
      }
    }
    return channels.isEmpty() ? Check.notStated() : Check.notMet();
  }

  static Check resultsReviewed(Facts f) {
    List<MeetingSeries> series = f.initiative().meetingSeries();
    for (int i = 0; i < series.size(); i++) {
      if (series.get(i).reviewsResults()) {
        return Check.met("/meetingSeries/" + i);
      }
    }
    return series.isEmpty() ? Check.notStated() : Check.notMet();
  }

  static Check reviewedRecently(Facts f) {
    List<MeetingSeries> series = f.initiative().meetingSeries();
    LocalDate since = f.before(f.calibration().maxSinceLastMeeting());
    boolean reviewing = false;
    for (int i = 0; i < series.size(); i++) {
      MeetingSeries s = series.get(i);
      if (s.reviewsResults()) {
        reviewing = true;
        LocalDate last = f.lastHeld(s);
        if (last != null && !last.isBefore(since)) {
          return Check.met("/meetingSeries/" + i + "/meetingDates");
        }
      }
    }
    return reviewing ? Check.notMet() : Check.notStated();
  }

  static Check dataCurrent(Facts f) {
    int indicators = f.results().summary().indicators();
    if (indicators == 0) {
      return Check.notStated();
    }
    return 2 * f.results().summary().current() >= indicators
        ? Check.met("/indicators")
        : Check.notMet();
  }

  static Check disaggregated(Facts f) {
    List<Indicator> indicators = f.initiative().indicators();
    boolean population = false;
    for (int i = 0; i < indicators.size(); i++) {
      Indicator x = indicators.get(i);
      if (x.level() == IndicatorLevel.POPULATION) {
        population = true;
        if (!x.disaggregations().isEmpty()) {
          return Check.met("/indicators/" + i + "/disaggregations");
        }
        if (x.measuredGroup().isPresent()) {
          return Check.met("/indicators/" + i + "/measuredGroup");
        }
      }
    }
    return population ? Check.notMet() : Check.notStated();
  }

  // ---- activities

  static Check activityStated(Facts f) {
    return f.initiative().activities().isEmpty() ? Check.notStated() : Check.met("/activities/0");
  }

  static Check differentiated(Facts f) {
    List<Activity> activities = f.initiative().activities();
    Set<String> leads = new HashSet<>();
    for (Activity a : activities) {
      a.leadPartnerId().ifPresent(leads::add);
    }
    if (leads.isEmpty()) {
      return activities.isEmpty() ? Check.notStated() : Check.notMet();
    }
    return leads.size() >= 2 ? Check.met("/activities") : Check.notMet();
  }

  static Check activitiesAligned(Facts f) {
    List<Activity> activities = f.initiative().activities();
    if (activities.isEmpty()) {
      return Check.notStated();
    }
    int aligned = 0;
    for (Activity a : activities) {
      if (!a.goalIds().isEmpty() || !a.indicatorIds().isEmpty()) {
        aligned++;
      }
    }
    return 2 * aligned >= activities.size() ? Check.met("/activities") : Check.notMet();
  }

  static Check coordinated(Facts f) {
    Initiative initiative = f.initiative();
    List<Activity> activities = initiative.activities();
    if (activities.isEmpty()) {
      return Check.notStated();
    }
    Set<String> meetingGroups = new HashSet<>();
    for (MeetingSeries s : initiative.meetingSeries()) {
      s.workingGroupId().ifPresent(meetingGroups::add);
    }
    Set<String> leads = new HashSet<>();
    for (int i = 0; i < activities.size(); i++) {
      Activity a = activities.get(i);
      if (a.workingGroupId().map(meetingGroups::contains).orElse(false)) {
        return Check.met("/activities/" + i + "/workingGroupId");
      }
      a.leadPartnerId().ifPresent(leads::add);
    }
    Set<String> steering = initiative.steeringCommitteeIds();
    return !leads.isEmpty() && steering.containsAll(leads)
        ? Check.met("/meetingSeries")
        : Check.notMet();
  }

  static Check underWay(Facts f) {
    List<Activity> activities = f.initiative().activities();
    for (int i = 0; i < activities.size(); i++) {
      if (activities.get(i).isActiveOn(f.asOf())) {
        return Check.met("/activities/" + i);
      }
    }
    return activities.isEmpty() ? Check.notStated() : Check.notMet();
  }

  static Check goalsCovered(Facts f) {
    Initiative initiative = f.initiative();
    List<Goal> goals = initiative.commonAgenda().goals();
    if (goals.isEmpty() || initiative.activities().isEmpty()) {
      return Check.notStated();
    }
    Set<String> goalIds = new HashSet<>();
    Set<String> indicatorIds = new HashSet<>();
    for (Activity a : initiative.activities()) {
      goalIds.addAll(a.goalIds());
      indicatorIds.addAll(a.indicatorIds());
    }
    for (Goal g : goals) {
      boolean covered = goalIds.contains(g.id());
      for (String id : g.indicatorIds()) {
        covered |= indicatorIds.contains(id);
      }
      if (!covered) {
        return Check.notMet();
      }
    }
    return Check.met("/activities");
  }

  static Check planParticipation(Facts f) {
    Initiative initiative = f.initiative();
    List<Partner> partners = f.partnersOtherThanBackbone();
    if (partners.isEmpty() || initiative.activities().isEmpty()) {
      return Check.notStated();
    }
    Set<String> taking = new HashSet<>();
    for (Activity a : initiative.activities()) {
      a.leadPartnerId().ifPresent(taking::add);
      taking.addAll(a.contributingPartnerIds());
    }
    initiative
        .backbone()
        .ifPresent(b -> b.fundingSources().forEach(s -> s.partnerId().ifPresent(taking::add)));
    int n = 0;
    for (Partner p : partners) {
      if (taking.contains(p.id()) || p.roles().contains(PartnerRole.FUNDER)) {
        n++;
      }
    }
    return n >= f.calibration().minParticipationShare() * partners.size()
        ? Check.met("/activities")
        : Check.notMet();
  }

  // ---- communication

  static Check communicationStated(Facts f) {
    if (!f.initiative().meetingSeries().isEmpty()) {
      return Check.met("/meetingSeries/0");
    }
    return f.initiative().channels().isEmpty() ? Check.notStated() : Check.met("/channels/0");
  }

  private static boolean leaders(MeetingSeries s) {
    return s.kind() == MeetingKind.STEERING_COMMITTEE || s.kind() == MeetingKind.ALL_PARTNERS;
  }

  static Check leadersMeet(Facts f) {
    List<MeetingSeries> series = f.initiative().meetingSeries();
    for (int i = 0; i < series.size(); i++) {
      if (leaders(series.get(i))) {
        return Check.met("/meetingSeries/" + i);
      }
    }
    return series.isEmpty() && f.initiative().channels().isEmpty()
        ? Check.notStated()
        : Check.notMet();
  }

  static Check meetingHeld(Facts f) {
    List<MeetingSeries> series = f.initiative().meetingSeries();
    for (int i = 0; i < series.size(); i++) {
      if (f.lastHeld(series.get(i)) != null) {
        return Check.met("/meetingSeries/" + i + "/meetingDates");
      }
    }
    return Check.notStated();
  }

  static Check leadersMetRecently(Facts f) {
    List<MeetingSeries> series = f.initiative().meetingSeries();
    LocalDate since = f.before(f.calibration().maxSinceLastMeeting());
    boolean held = false;
    for (int i = 0; i < series.size(); i++) {
      MeetingSeries s = series.get(i);
      LocalDate last = leaders(s) ? f.lastHeld(s) : null;
      if (last != null) {
        held = true;
        if (!last.isBefore(since)) {
          return Check.met("/meetingSeries/" + i + "/meetingDates");
        }
      }
    }
    return held ? Check.notMet() : Check.notStated();
  }

  static Check meetingsOverAYear(Facts f) {
    LocalDate first = null;
    LocalDate last = null;
    int at = -1;
    List<MeetingSeries> series = f.initiative().meetingSeries();
    for (int i = 0; i < series.size(); i++) {
      LocalDate a = f.firstHeld(series.get(i));
      LocalDate b = f.lastHeld(series.get(i));
      if (a != null && (first == null || a.isBefore(first))) {
        first = a;
      }
      if (b != null && (last == null || b.isAfter(last))) {
        last = b;
        at = i;
      }
    }
    if (first == null) {
      return Check.notStated();
    }
    return !Facts.after(first, java.time.Period.ofYears(1)).isAfter(last)
        ? Check.met("/meetingSeries/" + at + "/meetingDates")
        : Check.notMet();
  }

  static Check conversationShare(Facts f) {
    Initiative initiative = f.initiative();
    List<Partner> partners = f.partnersOtherThanBackbone();
    if (partners.isEmpty()
        || (initiative.meetingSeries().isEmpty() && initiative.channels().isEmpty())) {
      return Check.notStated();
    }
    Set<String> taking = new HashSet<>();
    for (MeetingSeries s : initiative.meetingSeries()) {
      taking.addAll(s.participantPartnerIds());
    }
    for (WorkingGroup g : initiative.workingGroups()) {
      taking.addAll(g.memberPartnerIds());
    }
    for (Channel c : initiative.channels()) {
      taking.addAll(c.partnerIds());
    }
    int n = 0;
    for (Partner p : partners) {
      if (taking.contains(p.id())) {
        n++;
      }
    }
    return n >= f.calibration().minParticipationShare() * partners.size()
        ? Check.met("/meetingSeries")
        : Check.notMet();
  }

  static Check publicChannel(Facts f) {
    List<Channel> channels = f.initiative().channels();
    for (int i = 0; i < channels.size(); i++) {
      if (channels.get(i).audience() != Audience.PARTNERS) {
        return Check.met("/channels/" + i);
      }
    }
    return channels.isEmpty() ? Check.notStated() : Check.notMet();
  }

  // ---- backbone and container

  static Check backboneNamed(Facts f) {
    return f.initiative().backbone().isPresent() ? Check.met("/backbone") : Check.notStated();
  }

  static Check dedicatedStaff(Facts f) {
    Backbone b = f.initiative().backbone().orElse(null);
    if (b == null || !b.isStaffingStated()) {
      return Check.notStated();
    }
    if (b.hasNoDedicatedStaff()) {
      return Check.notMet();
    }
    List<StaffPosition> staff = b.staff();
    for (int i = 0; i < staff.size(); i++) {
      StaffPosition s = staff.get(i);
      if (s.fte().orElse(0) > 0 || s.headcount().orElse(0) > 0) {
        return Check.met("/backbone/staff/" + i);
      }
    }
    return Check.notStated();
  }

  static Check backboneFunded(Facts f) {
    Backbone b = f.initiative().backbone().orElse(null);
    return b == null || b.fundingSources().isEmpty()
        ? Check.notStated()
        : Check.met("/backbone/fundingSources/0");
  }

  static Check functionsCarried(Facts f, int min) {
    Backbone b = f.initiative().backbone().orElse(null);
    if (b == null || b.roles().isEmpty()) {
      return Check.notStated();
    }
    Set<BackboneFunction> carried = EnumSet.noneOf(BackboneFunction.class);
    for (BackboneRole r : b.roles()) {
      carried.add(r.function());
    }
    return carried.size() >= min ? Check.met("/backbone/roles") : Check.notMet();
  }

  static Check capacityFits(Facts f) {
    Backbone b = f.initiative().backbone().orElse(null);
    if (b == null || b.roles().isEmpty()) {
      return Check.notStated();
    }
    String self = b.partnerId().orElse(null);
    Set<BackboneFunction> own = EnumSet.noneOf(BackboneFunction.class);
    for (BackboneRole r : b.roles()) {
      if (r.partnerId().isEmpty() || r.partnerId().get().equals(self)) {
        own.add(r.function());
      }
    }
    if (own.isEmpty()) {
      return Check.met("/backbone/roles");
    }
    boolean fteStated = false;
    for (StaffPosition s : b.staff()) {
      fteStated |= s.fte().isPresent();
    }
    if (!fteStated) {
      return Check.notStated();
    }
    return b.totalFte() * f.calibration().functionsPerFte() >= own.size()
        ? Check.met("/backbone/staff")
        : Check.notMet();
  }

  static Check leavesProgrammes(Facts f) {
    String self = f.backbonePartnerId();
    int programmes = 0;
    int own = 0;
    for (Activity a : f.initiative().activities()) {
      if (a.isProgramDelivery()) {
        programmes++;
        if (self != null && a.leadPartnerId().map(self::equals).orElse(false)) {
          own++;
        }
      }
    }
    if (f.initiative().backbone().isEmpty() || f.initiative().activities().isEmpty()) {
      return Check.notStated();
    }
    return 2 * own <= programmes ? Check.met("/activities") : Check.notMet();
  }

  static Check fundingCommitted(Facts f) {
    Backbone b = f.initiative().backbone().orElse(null);
    if (b == null) {
      return Check.notStated();
    }
    LocalDate horizon = Facts.after(f.asOf(), f.calibration().fundingHorizon());
    boolean stated = false;
    List<FundingSource> sources = b.fundingSources();
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).committed().isPresent()) {
        stated = true;
        if (!sources.get(i).committed().get().end().isBefore(horizon)) {
          return Check.met("/backbone/fundingSources/" + i + "/committed");
        }
      }
    }
    return stated ? Check.notMet() : Check.notStated();
  }

  static Check neutral(Facts f) {
    Backbone b = f.initiative().backbone().orElse(null);
    if (b == null || b.type().isEmpty()) {
      return Check.notStated();
    }
    if (b.type().get() != BackboneType.FUNDER_BASED) {
      return Check.met("/backbone/type");
    }
    Check community = onSteeringCommittee(f, f::hasLivedExperience);
    return community.status() == Check.Status.MET ? community : Check.notMet();
  }

  static Check containerNamed(Facts f) {
    if (f.initiative().backbone().isPresent()) {
      return Check.met("/backbone");
    }
    List<MeetingSeries> series = f.initiative().meetingSeries();
    for (int i = 0; i < series.size(); i++) {
      if (series.get(i).kind() == MeetingKind.STEERING_COMMITTEE) {
        return Check.met("/meetingSeries/" + i);
      }
    }
    return Check.notStated();
  }

  static Check convened(Facts f) {
    List<MeetingSeries> series = f.initiative().meetingSeries();
    boolean stated = false;
    for (int i = 0; i < series.size(); i++) {
      if (leaders(series.get(i))) {
        stated = true;
        if (f.lastHeld(series.get(i)) != null) {
          return Check.met("/meetingSeries/" + i + "/meetingDates");
        }
      }
    }
    return stated ? Check.notMet() : Check.notStated();
  }

  static Check partnersLead(Facts f) {
    List<Activity> activities = f.initiative().activities();
    if (activities.isEmpty()) {
      return Check.notStated();
    }
    String self = f.backbonePartnerId();
    int led = 0;
    for (Activity a : activities) {
      if (a.leadPartnerId().filter(id -> !id.equals(self)).isPresent()) {
        led++;
      }
    }
    return 2 * led >= activities.size() ? Check.met("/activities") : Check.notMet();
  }

  static Check sharedBackboneWork(Facts f) {
    Backbone b = f.initiative().backbone().orElse(null);
    if (b == null) {
      return Check.notStated();
    }
    if (b.type().orElse(null) == BackboneType.SHARED_ACROSS_ORGANIZATIONS) {
      return Check.met("/backbone/type");
    }
    String self = b.partnerId().orElse(null);
    for (int i = 0; i < b.roles().size(); i++) {
      String partner = b.roles().get(i).partnerId().orElse(null);
      if (partner != null && !partner.equals(self)) {
        return Check.met("/backbone/roles/" + i);
      }
    }
    return b.roles().isEmpty() ? Check.notStated() : Check.notMet();
  }

  static Check partnersChangeSystems(Facts f) {
    String self = f.backbonePartnerId();
    List<SystemsChange> changes = f.initiative().systemsChanges();
    boolean any = false;
    for (int i = 0; i < changes.size(); i++) {
      SystemsChange c = changes.get(i);
      if (!c.date().isAfter(f.asOf())) {
        any = true;
        for (String p : c.partnerIds()) {
          if (!p.equals(self)) {
            return Check.met("/systemsChanges/" + i);
          }
        }
      }
    }
    return any ? Check.notMet() : Check.notStated();
  }

  // ---- high-leverage activities and engagement

  static Check workStated(Facts f) {
    if (!f.initiative().activities().isEmpty()) {
      return Check.met("/activities/0");
    }
    return f.initiative().systemsChanges().isEmpty()
        ? Check.notStated()
        : Check.met("/systemsChanges/0");
  }

  static Check systemsWork(Facts f) {
    List<Activity> activities = f.initiative().activities();
    for (int i = 0; i < activities.size(); i++) {
      if (activities.get(i).kind().orElse(null) == ActivityKind.SYSTEMS_CHANGE) {
        return Check.met("/activities/" + i + "/kind");
      }
    }
    Check changes = systemsChanges(f, 1);
    return changes.status() == Check.Status.MET ? changes : Check.notMet();
  }

  static Check systemsChanges(Facts f, int min) {
    List<SystemsChange> changes = f.initiative().systemsChanges();
    int n = 0;
    for (int i = 0; i < changes.size(); i++) {
      if (!changes.get(i).date().isAfter(f.asOf()) && ++n >= min) {
        return Check.met("/systemsChanges/" + i);
      }
    }
    return Check.notMet();
  }

  static Check policyOrFunding(Facts f) {
    List<SystemsChange> changes = f.initiative().systemsChanges();
    for (int i = 0; i < changes.size(); i++) {
      SystemsChange c = changes.get(i);
      if (!c.date().isAfter(f.asOf())
          && (c.kind() == SystemsChangeKind.POLICY || c.kind() == SystemsChangeKind.FUNDING_FLOW)) {
        return Check.met("/systemsChanges/" + i);
      }
    }
    return Check.notMet();
  }

  static Check communityNamed(Facts f) {
    List<Partner> partners = f.initiative().partners();
    for (int i = 0; i < partners.size(); i++) {
      if (f.isCommunity(partners.get(i).id())) {
        return Check.met("/partners/" + i);
      }
    }
    Check channel = publicChannel(f);
    return channel.status() == Check.Status.MET ? channel : Check.notStated();
  }

  static Check communityTakesPart(Facts f) {
    Initiative initiative = f.initiative();
    List<MeetingSeries> series = initiative.meetingSeries();
    for (int i = 0; i < series.size(); i++) {
      for (String id : series.get(i).participantPartnerIds()) {
        if (f.isCommunity(id)) {
          return Check.met("/meetingSeries/" + i);
        }
      }
    }
    List<WorkingGroup> groups = initiative.workingGroups();
    for (int i = 0; i < groups.size(); i++) {
      for (String id : groups.get(i).memberPartnerIds()) {
        if (f.isCommunity(id)) {
          return Check.met("/workingGroups/" + i);
        }
      }
    }
    List<Activity> activities = initiative.activities();
    for (int i = 0; i < activities.size(); i++) {
      Activity a = activities.get(i);
      List<String> ids = new ArrayList<>(a.contributingPartnerIds());
      a.leadPartnerId().ifPresent(ids::add);
      for (String id : ids) {
        if (f.isCommunity(id)) {
          return Check.met("/activities/" + i);
        }
      }
    }
    int e = f.endorsement(f::isCommunity);
    if (e >= 0) {
      return Check.met("/commonAgenda/endorsements/" + e);
    }
    return Check.notMet();
  }
}
