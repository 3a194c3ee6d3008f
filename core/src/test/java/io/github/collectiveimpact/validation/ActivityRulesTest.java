package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.RuleExamples.AS_OF;
import static io.github.collectiveimpact.validation.RuleExamples.append;
import static io.github.collectiveimpact.validation.RuleExamples.assertOnly;
import static io.github.collectiveimpact.validation.RuleExamples.assertPasses;
import static io.github.collectiveimpact.validation.RuleExamples.at;
import static io.github.collectiveimpact.validation.RuleExamples.mapAll;
import static io.github.collectiveimpact.validation.RuleExamples.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.ActivityKind;
import io.github.collectiveimpact.model.Backbone;
import io.github.collectiveimpact.model.DateRange;
import io.github.collectiveimpact.model.Endorsement;
import io.github.collectiveimpact.model.FundingSource;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.Sector;
import io.github.collectiveimpact.model.SystemsChange;
import io.github.collectiveimpact.model.SystemsChangeKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A triggering and a passing example for each rule of mutually reinforcing activities (MR-001..MR-008). */
@ExtendWith(RuleExamples.class)
class ActivityRulesTest {
  private final Initiative base = RuleExamples.base();
  private final String goal = base.commonAgenda().goals().get(0).id();
  private final String group = base.workingGroups().get(0).id();
  private final String p0 = base.partners().get(0).id();
  private final String p1 = base.partners().get(1).id();

  /** An ongoing activity of the first working group, advancing the first goal, with no lead yet. */
  private Activity.Builder activity(String id) {
    return Activity.builder()
        .id(id)
        .name("Activity " + id)
        .addGoalIds(goal)
        .workingGroupId(group)
        .start(AS_OF.minusYears(1));
  }

  private Initiative withActivity(Activity activity) {
    return base.withActivities(append(base.activities(), activity));
  }

  /** The ids of the indicators no activity aims at. */
  private List<String> indicatorsNoActivityAimsAt() {
    Set<String> aimed =
        base.activities().stream()
            .flatMap(a -> a.indicatorIds().stream())
            .collect(Collectors.toSet());
    List<String> free =
        base.indicators().stream()
            .map(Indicator::id)
            .filter(id -> !aimed.contains(id))
            .collect(Collectors.toList());
    assertFalse(free.isEmpty(), "the example needs an indicator no activity aims at");
    return free;
  }

  @Test
  void theCompleteExampleBreaksNoRule() {
    assertPasses(base);
  }

  @Test
  @Triggers("MR-001")
  void anActivityWithoutALeadIsReported() {
    assertOnly(
        withActivity(activity("act-extra").build()),
        "MR-001",
        at("/activities", "1", "act-extra").about("/activities/" + base.activities().size()));
    assertPasses(withActivity(activity("act-extra").leadPartnerId(p0).build()));
  }

  @Test
  @Triggers("MR-002")
  void anActivityAdvancingNoGoalOrIndicatorIsReported() {
    assertOnly(
        withActivity(activity("act-extra").leadPartnerId(p0).goalIds(List.of()).build()),
        "MR-002",
        at("/activities", "1", "act-extra").about("/activities/" + base.activities().size()));
  }

  @Test
  void anActivityAimedAtAnIndicatorOnlyAdvancesTheAgenda() {
    String indicator = base.indicators().get(0).id();
    assertPasses(
        withActivity(
            activity("act-extra")
                .leadPartnerId(p0)
                .goalIds(List.of())
                .addIndicatorIds(indicator)
                .build()));
  }

  private Initiative withUnadvancedGoal() {
    Goal extra =
        Goal.builder()
            .id("goal-extra")
            .statement("A goal no activity works toward")
            .indicatorIds(indicatorsNoActivityAimsAt())
            .targetDate(AS_OF.plusYears(4))
            .build();
    return base.withCommonAgenda(
        base.commonAgenda().withGoals(append(base.commonAgenda().goals(), extra)));
  }

  @Test
  @Triggers("MR-003")
  void aGoalNoActivityAdvancesIsReported() {
    assertOnly(
        withUnadvancedGoal(),
        "MR-003",
        at("/commonAgenda/goals", "1", "goal-extra")
            .about("/commonAgenda/goals/" + base.commonAgenda().goals().size()));
  }

  @Test
  void aGoalIsAdvancedByAnActivityNamingItOrAimingAtOneOfItsIndicators() {
    Initiative unadvanced = withUnadvancedGoal();
    assertPasses(
        unadvanced.withActivities(
            replace(
                unadvanced.activities(),
                0,
                a -> a.withGoalIds(append(a.goalIds(), "goal-extra")))));
    String indicator = indicatorsNoActivityAimsAt().get(0);
    assertPasses(
        unadvanced.withActivities(
            replace(
                unadvanced.activities(),
                0,
                a -> a.withIndicatorIds(append(a.indicatorIds(), indicator)))));
  }

  /** A new partner who endorses the agenda and sits on the steering committee, but does no work. */
  private Initiative withIdlePartner() {
    Partner idle =
        Partner.builder().id("p-idle").name("Idle partner").sector(Sector.BUSINESS).build();
    return base.withPartners(append(base.partners(), idle))
        .withCommonAgenda(
            base.commonAgenda()
                .withEndorsements(
                    append(base.commonAgenda().endorsements(), Endorsement.of("p-idle", AS_OF))))
        .withMeetingSeries(
            mapAll(
                base.meetingSeries(),
                s ->
                    s.kind() == MeetingKind.STEERING_COMMITTEE
                        ? s.withParticipantPartnerIds(append(s.participantPartnerIds(), "p-idle"))
                        : s));
  }

  @Test
  @Triggers("MR-004")
  void aPartnerWithNoPartInThePlanOfActionIsReported() {
    assertOnly(
        withIdlePartner(),
        "MR-004",
        at("/partners", "1", "p-idle").about("/partners/" + base.partners().size()));
  }

  @Test
  void leadingContributingOrBelongingToAWorkingGroupEachEngagesAPartner() {
    Initiative idle = withIdlePartner();
    assertPasses(
        idle.withActivities(
            replace(
                idle.activities(),
                0,
                a -> a.withContributingPartnerIds(append(a.contributingPartnerIds(), "p-idle")))));
    assertPasses(
        idle.withWorkingGroups(
            replace(
                idle.workingGroups(),
                0,
                w -> w.withMemberPartnerIds(append(w.memberPartnerIds(), "p-idle")))));
    assertPasses(
        idle.withActivities(
            append(idle.activities(), activity("act-extra").leadPartnerId("p-idle").build())));
  }

  @Test
  void aFunderTakesPartThroughFunding() {
    Initiative idle = withIdlePartner();
    assertPasses(
        idle.withPartners(
            mapAll(
                idle.partners(),
                p -> p.id().equals("p-idle") ? p.withRoles(PartnerRole.FUNDER) : p)));
    Backbone backbone = idle.backbone().orElseThrow();
    assertPasses(
        idle.withBackbone(
            backbone.withFundingSources(
                append(
                    backbone.fundingSources(),
                    FundingSource.builder()
                        .name("Idle partner's grant")
                        .partnerId("p-idle")
                        .committed(DateRange.of(AS_OF.minusYears(1), AS_OF.plusYears(3)))
                        .build()))));
  }

  @Test
  void theBackbonesOwnPartnerNeedsNoActivity() {
    Initiative idle = withIdlePartner();
    assertPasses(idle.withBackbone(idle.backbone().orElseThrow().withPartnerId("p-idle")));
  }

  private Initiative withTwoActivitiesAimedAt(
      String indicator, Activity.Builder a, Activity.Builder b) {
    return base.withActivities(
        append(
            append(base.activities(), a.addIndicatorIds(indicator).build()),
            b.addIndicatorIds(indicator).build()));
  }

  /** The initiative with only the given partners on its steering committee. */
  private static Initiative withSteeringCommittee(Initiative initiative, String... partnerIds) {
    return initiative.withMeetingSeries(
        mapAll(
            initiative.meetingSeries(),
            s ->
                s.kind() == MeetingKind.STEERING_COMMITTEE
                    ? s.withParticipantPartnerIds(partnerIds)
                    : s));
  }

  @Test
  @Triggers("MR-005")
  void activitiesOfDifferentLeadsOnOneIndicatorOutsideOneWorkingGroupAreReported() {
    String indicator = indicatorsNoActivityAimsAt().get(0);
    int index = base.indicators().indexOf(base.indicator(indicator).orElseThrow());
    // Only p0 on the committee: the committee does not bring the two leads together. Other rules
    // about the committee's membership are not the point here.
    Validator only = Validator.builder().asOf(AS_OF).disable("CA-009", "CA-011", "CC-005").build();
    assertOnly(
        only,
        withSteeringCommittee(
            withTwoActivitiesAimedAt(
                indicator,
                activity("act-a").leadPartnerId(p0),
                activity("act-b").leadPartnerId(p1).workingGroupId(Optional.empty())),
            p0),
        "MR-005",
        at("/indicators", "1", indicator).about("/indicators/" + index));
    assertOnly(
        only,
        withSteeringCommittee(
            withTwoActivitiesAimedAt(
                indicator,
                activity("act-a").leadPartnerId(p0).workingGroupId(Optional.empty()),
                activity("act-b").leadPartnerId(p1).workingGroupId(Optional.empty())),
            p0),
        "MR-005",
        at("/indicators", "1", indicator).about("/indicators/" + index));
  }

  @Test
  void aSteeringCommitteeOnWhichEveryLeadSitsCoordinatesThem() {
    String indicator = indicatorsNoActivityAimsAt().get(0);
    Initiative outsideGroups =
        withTwoActivitiesAimedAt(
            indicator,
            activity("act-a").leadPartnerId(p0).workingGroupId(Optional.empty()),
            activity("act-b").leadPartnerId(p1).workingGroupId(Optional.empty()));
    assertTrue(outsideGroups.steeringCommitteeIds().containsAll(List.of(p0, p1)));
    assertPasses(outsideGroups);
  }

  @Test
  void activitiesOnOneIndicatorAreCoordinatedByOneGroupOrOneLead() {
    String indicator = indicatorsNoActivityAimsAt().get(0);
    assertPasses(
        withTwoActivitiesAimedAt(
            indicator, activity("act-a").leadPartnerId(p0), activity("act-b").leadPartnerId(p1)));
    assertPasses(
        withTwoActivitiesAimedAt(
            indicator,
            activity("act-a").leadPartnerId(p0).workingGroupId(Optional.empty()),
            activity("act-b").leadPartnerId(p0).workingGroupId(Optional.empty())));
  }

  /** Every activity ended on the given date (those that started later start on it). */
  private Initiative allEndedOn(LocalDate end) {
    return base.withActivities(
        mapAll(
            base.activities(),
            a ->
                Activity.builder()
                    .from(a)
                    .start(a.start().isAfter(end) ? end : a.start())
                    .end(end)
                    .build()));
  }

  @Test
  @Triggers("MR-006")
  void aPlanWhoseActivitiesHaveAllEndedIsReported() {
    assertOnly(allEndedOn(AS_OF.minusDays(1)), "MR-006", at("/activities"));
  }

  @Test
  void anActivityEndingOnTheValidationDateIsStillUnderWay() {
    assertPasses(allEndedOn(AS_OF));
  }

  @Test
  @Triggers("MR-006")
  void activitiesThatStartTomorrowAreNotUnderWayToday() {
    Initiative startingTomorrow =
        base.withActivities(
            mapAll(
                base.activities(),
                a ->
                    Activity.builder()
                        .from(a)
                        .start(AS_OF.plusDays(1))
                        .end(Optional.empty())
                        .build()));
    assertOnly(startingTomorrow, "MR-006", at("/activities"));
    assertPasses(Validator.builder().asOf(AS_OF.plusDays(1)).build(), startingTomorrow);
  }

  @Test
  @Triggers("MR-007")
  void anInitiativePastItsEarlyYearsWithOnlyProgrammesGetsANote() {
    Initiative programmes =
        base.withLaunchDate(AS_OF.minusYears(5))
            .withSystemsChanges(List.of())
            .withActivities(
                mapAll(base.activities(), a -> a.withKind(ActivityKind.PROGRAM_DELIVERY)));
    ValidationReport report =
        assertOnly(programmes, "MR-007", at("/systemsChanges", AS_OF.minusYears(5).toString()));
    assertEquals(Severity.INFO, report.findings().get(0).severity());
  }

  @Test
  void inItsEarlyYearsOrWithASystemsChangeAnInitiativeNeedsNoNote() {
    Initiative programmes =
        base.withSystemsChanges(List.of())
            .withActivities(
                mapAll(base.activities(), a -> a.withKind(ActivityKind.PROGRAM_DELIVERY)));
    assertPasses(programmes.withLaunchDate(AS_OF.minusYears(3)));
    assertPasses(programmes.withLaunchDate(Optional.empty()));
    assertPasses(
        programmes
            .withLaunchDate(AS_OF.minusYears(5))
            .withSystemsChanges(
                SystemsChange.builder()
                    .id("policy-1")
                    .date(AS_OF.minusYears(1))
                    .kind(SystemsChangeKind.POLICY)
                    .description("The district adopted a common kindergarten readiness assessment")
                    .addPartnerIds(p0)
                    .build()));
    assertPasses(
        Validator.builder()
            .asOf(AS_OF)
            .threshold(Threshold.EARLY_YEARS, java.time.Period.ofYears(6))
            .build(),
        programmes.withLaunchDate(AS_OF.minusYears(5)));
  }

  @Test
  @Triggers("MR-008")
  void anInitiativeWithoutAnyActivityHasNoPlanOfAction() {
    Initiative none =
        base.withActivities(List.of())
            .withSystemsChanges(List.of())
            .withLaunchDate(AS_OF.minusYears(1));
    ValidationReport report = assertOnly(none, "MR-008", at("/activities"));
    assertEquals(Severity.ERROR, report.findings().get(0).severity());
  }
}
