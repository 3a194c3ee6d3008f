package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.RuleExamples.AS_OF;
import static io.github.collectiveimpact.validation.RuleExamples.append;
import static io.github.collectiveimpact.validation.RuleExamples.assertOnly;
import static io.github.collectiveimpact.validation.RuleExamples.assertPasses;
import static io.github.collectiveimpact.validation.RuleExamples.at;
import static io.github.collectiveimpact.validation.RuleExamples.mapAll;
import static io.github.collectiveimpact.validation.RuleExamples.replace;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.Endorsement;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.Sector;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A triggering and a passing example for each rule of mutually reinforcing activities (MR-001..MR-006). */
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
        at("/activities/" + base.activities().size(), "act-extra"));
    assertPasses(withActivity(activity("act-extra").leadPartnerId(p0).build()));
  }

  @Test
  @Triggers("MR-002")
  void anActivityAdvancingNoGoalOrIndicatorIsReported() {
    assertOnly(
        withActivity(activity("act-extra").leadPartnerId(p0).goalIds(List.of()).build()),
        "MR-002",
        at("/activities/" + base.activities().size(), "act-extra"));
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
        at("/commonAgenda/goals/" + base.commonAgenda().goals().size(), "goal-extra"));
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
    assertOnly(withIdlePartner(), "MR-004", at("/partners/" + base.partners().size(), "p-idle"));
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

  @Test
  @Triggers("MR-005")
  void activitiesOfDifferentLeadsOnOneIndicatorOutsideOneWorkingGroupAreReported() {
    String indicator = indicatorsNoActivityAimsAt().get(0);
    int index = base.indicators().indexOf(base.indicator(indicator).orElseThrow());
    assertOnly(
        withTwoActivitiesAimedAt(
            indicator,
            activity("act-a").leadPartnerId(p0),
            activity("act-b").leadPartnerId(p1).workingGroupId(Optional.empty())),
        "MR-005",
        at("/indicators/" + index, indicator, "act-a, act-b"));
    assertOnly(
        withTwoActivitiesAimedAt(
            indicator,
            activity("act-a").leadPartnerId(p0).workingGroupId(Optional.empty()),
            activity("act-b").leadPartnerId(p1).workingGroupId(Optional.empty())),
        "MR-005",
        at("/indicators/" + index, indicator, "act-a, act-b"));
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
}
