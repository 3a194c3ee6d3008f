package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.RuleExamples.AS_OF;
import static io.github.collectiveimpact.validation.RuleExamples.append;
import static io.github.collectiveimpact.validation.RuleExamples.assertOnly;
import static io.github.collectiveimpact.validation.RuleExamples.assertPasses;
import static io.github.collectiveimpact.validation.RuleExamples.at;
import static io.github.collectiveimpact.validation.RuleExamples.mapAll;
import static io.github.collectiveimpact.validation.RuleExamples.removeIf;
import static io.github.collectiveimpact.validation.RuleExamples.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.CommonAgenda;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.EquityFocus;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.Sector;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A triggering and a passing example for each common agenda rule (CA-001..CA-009). */
@ExtendWith(RuleExamples.class)
class CommonAgendaRulesTest {
  private final Initiative base = RuleExamples.base();
  private final CommonAgenda agenda = base.commonAgenda();

  private Initiative withAgenda(UnaryOperator<CommonAgenda> change) {
    return base.withCommonAgenda(change.apply(agenda));
  }

  private Initiative withGoals(List<Goal> goals) {
    return base.withCommonAgenda(agenda.withGoals(goals));
  }

  @Test
  void theCompleteExampleBreaksNoRule() {
    assertPasses(base);
  }

  @Test
  @Triggers("CA-001")
  void anAgendaWithoutAProblemStatementIsReported() {
    assertOnly(
        withAgenda(a -> a.withProblemStatement(Optional.empty())),
        "CA-001",
        at("/commonAgenda/problemStatement"));
  }

  @Test
  @Triggers("CA-001")
  void aBlankProblemStatementCountsAsNone() {
    assertOnly(
        withAgenda(a -> a.withProblemStatement(" \t")),
        "CA-001",
        at("/commonAgenda/problemStatement"));
  }

  @Test
  @Triggers("CA-002")
  void anAgendaWithoutAVisionIsReported() {
    assertOnly(
        withAgenda(a -> a.withVision(Optional.empty())), "CA-002", at("/commonAgenda/vision"));
    assertOnly(withAgenda(a -> a.withVision("")), "CA-002", at("/commonAgenda/vision"));
  }

  /**
   * An agenda without goals. So that nothing but the missing goals is wrong, the references to goals go too:
   * the activities advance every indicator instead, and stay coordinated in one working group.
   */
  @Test
  @Triggers("CA-003")
  void anAgendaWithoutGoalsIsReported() {
    List<String> indicatorIds =
        base.indicators().stream().map(Indicator::id).collect(Collectors.toList());
    String group = base.workingGroups().get(0).id();
    Initiative broken =
        withGoals(List.of())
            .withActivities(
                mapAll(
                    base.activities(),
                    a ->
                        a.withGoalIds(List.of())
                            .withIndicatorIds(indicatorIds)
                            .withWorkingGroupId(group)))
            .withWorkingGroups(mapAll(base.workingGroups(), w -> w.withGoalIds(List.of())));
    assertOnly(broken, "CA-003", at("/commonAgenda/goals"));
  }

  @Test
  @Triggers("CA-004")
  void aGoalWithoutATargetDateIsNotMeasurable() {
    Goal goal = agenda.goals().get(0);
    assertOnly(
        withGoals(replace(agenda.goals(), 0, g -> g.withTargetDate(Optional.empty()))),
        "CA-004",
        at("/commonAgenda/goals/0", goal.id()));
  }

  @Test
  @Triggers("CA-004")
  void aGoalWithoutAnIndicatorWithATargetIsNotMeasurable() {
    Goal extra =
        Goal.builder()
            .id("goal-extra")
            .statement("An extra goal")
            .targetDate(AS_OF.plusYears(3))
            .build();
    Initiative broken =
        withGoals(append(agenda.goals(), extra))
            .withActivities(
                replace(
                    base.activities(), 0, a -> a.withGoalIds(append(a.goalIds(), "goal-extra"))));
    assertOnly(broken, "CA-004", at("/commonAgenda/goals/" + agenda.goals().size(), "goal-extra"));
  }

  @Test
  void aGoalWithOneIndicatorWithATargetIsMeasurable() {
    Indicator withTarget =
        base.indicators().stream().filter(i -> i.target().isPresent()).findFirst().orElseThrow();
    Goal extra =
        Goal.builder()
            .id("goal-extra")
            .statement("An extra goal")
            .addIndicatorIds(withTarget.id())
            .targetDate(AS_OF.plusYears(3))
            .build();
    assertPasses(
        withGoals(append(agenda.goals(), extra))
            .withActivities(
                replace(
                    base.activities(), 0, a -> a.withGoalIds(append(a.goalIds(), "goal-extra")))));
  }

  @Test
  @Triggers("CA-005")
  void everyPartnerWhoHasNotEndorsedIsReportedByDefault() {
    int last = base.partners().size() - 1;
    String id = base.partners().get(last).id();
    Initiative broken =
        withAgenda(
            a -> a.withEndorsements(removeIf(a.endorsements(), e -> e.partnerId().equals(id))));
    assertOnly(broken, "CA-005", at("/partners/" + last, id));
  }

  @Test
  @Triggers("CA-005")
  void anEndorsementDatedAfterTheValidationDateDoesNotCountYet() {
    int last = base.partners().size() - 1;
    String id = base.partners().get(last).id();
    Initiative later =
        withAgenda(
            a ->
                a.withEndorsements(
                    mapAll(
                        a.endorsements(),
                        e -> e.partnerId().equals(id) ? e.withDate(AS_OF.plusDays(1)) : e)));
    assertOnly(later, "CA-005", at("/partners/" + last, id));
    Initiative sameDay =
        withAgenda(
            a ->
                a.withEndorsements(
                    mapAll(
                        a.endorsements(), e -> e.partnerId().equals(id) ? e.withDate(AS_OF) : e)));
    assertPasses(sameDay);
  }

  @Test
  @Triggers("CA-005")
  void theEndorsementShareIsAThreshold() {
    int n = base.partners().size();
    String first = base.partners().get(0).id();
    Initiative missingOne =
        withAgenda(
            a -> a.withEndorsements(removeIf(a.endorsements(), e -> e.partnerId().equals(first))));
    double share = (double) (n - 1) / n;
    assertPasses(
        Validator.builder().asOf(AS_OF).threshold(Threshold.MIN_ENDORSEMENT_SHARE, share).build(),
        missingOne);
    assertOnly(
        Validator.builder()
            .asOf(AS_OF)
            .threshold(Threshold.MIN_ENDORSEMENT_SHARE, Math.nextUp(share))
            .build(),
        missingOne,
        "CA-005",
        at("/partners/0", first));
    Initiative none = withAgenda(a -> a.withEndorsements(List.of()));
    assertPasses(
        Validator.builder().asOf(AS_OF).threshold(Threshold.MIN_ENDORSEMENT_SHARE, 0.0).build(),
        none);
  }

  @Test
  @Triggers("CA-006")
  void partnersOfOneSectorAreNotCrossSector() {
    Initiative broken =
        base.withPartners(mapAll(base.partners(), p -> p.withSector(Sector.COMMUNITY)));
    ValidationReport report = assertOnly(broken, "CA-006", at("/partners", "1", "3"));
    assertEquals(
        "Partners span 1 sector(s); collective impact needs at least 3",
        report.findings().get(0).message());
  }

  @Test
  @Triggers("CA-006")
  void theFewestSectorsIsAThreshold() {
    int sectors = (int) base.partners().stream().map(Partner::sector).distinct().count();
    assertPasses(
        Validator.builder().asOf(AS_OF).threshold(Threshold.MIN_SECTORS, sectors).build(), base);
    assertOnly(
        Validator.builder().asOf(AS_OF).threshold(Threshold.MIN_SECTORS, sectors + 1).build(),
        base,
        "CA-006",
        at("/partners", String.valueOf(sectors), String.valueOf(sectors + 1)));
  }

  @Test
  @Triggers("CA-006")
  void fourSectorsAreRequiredWhenTheThresholdIsFour() {
    Set<Sector> three = EnumSet.of(Sector.COMMUNITY, Sector.GOVERNMENT, Sector.K12_EDUCATION);
    Initiative threeSectors =
        base.withPartners(
            mapAll(
                base.partners(),
                p -> three.contains(p.sector()) ? p : p.withSector(Sector.GOVERNMENT)));
    assertEquals(Sector.COMMUNITY, threeSectors.partners().get(0).sector());
    assertEquals(3, threeSectors.partners().stream().map(Partner::sector).distinct().count());
    Validator four = Validator.builder().asOf(AS_OF).threshold(Threshold.MIN_SECTORS, 4).build();
    assertPasses(threeSectors);
    assertOnly(four, threeSectors, "CA-006", at("/partners", "3", "4"));
    Partner funder =
        Partner.builder()
            .id("p-funder")
            .name("Community Foundation")
            .sector(Sector.PHILANTHROPY)
            .build();
    Initiative fourSectors = RuleExamples.withEngagedPartner(threeSectors, funder);
    assertPasses(fourSectors);
    assertPasses(four, fourSectors);
  }

  @Test
  @Triggers("CA-007")
  void aGoalWhoseTargetDateHasPassedIsReported() {
    Goal goal = agenda.goals().get(0);
    assertOnly(
        withGoals(replace(agenda.goals(), 0, g -> g.withTargetDate(AS_OF.minusDays(1)))),
        "CA-007",
        at("/commonAgenda/goals/0/targetDate", goal.id(), AS_OF.minusDays(1).toString()));
  }

  @Test
  @Triggers("CA-007")
  void aTargetDateOnTheValidationDateHasNotPassedYet() {
    Goal goal = agenda.goals().get(0);
    Initiative dueToday = withGoals(replace(agenda.goals(), 0, g -> g.withTargetDate(AS_OF)));
    assertPasses(dueToday);
    assertOnly(
        Validator.builder().asOf(AS_OF.plusDays(1)).build(),
        dueToday,
        "CA-007",
        at("/commonAgenda/goals/0/targetDate", goal.id(), AS_OF.toString()));
  }

  @Test
  @Triggers("CA-008")
  void anEquityFocusWithoutDisaggregatedIndicatorsIsReported() {
    Goal goal = agenda.goals().get(0);
    EquityFocus focus =
        EquityFocus.builder()
            .addDimensions(DisaggregationDimension.of("zzz_focus"))
            .addPopulations("Students furthest from opportunity")
            .build();
    assertOnly(
        withGoals(replace(agenda.goals(), 0, g -> g.withEquityFocus(focus))),
        "CA-008",
        at("/commonAgenda/goals/0/equityFocus", goal.id(), "zzz_focus"));
  }

  @Test
  @Triggers("CA-008")
  void eachUncoveredDimensionIsReported() {
    Goal goal = agenda.goals().get(0);
    DisaggregationDimension covered = coveredDimension(goal);
    EquityFocus focus =
        EquityFocus.builder()
            .addDimensions(
                DisaggregationDimension.of("zzz_one"),
                covered,
                DisaggregationDimension.of("zzz_two"))
            .build();
    assertOnly(
        withGoals(replace(agenda.goals(), 0, g -> g.withEquityFocus(focus))),
        "CA-008",
        at("/commonAgenda/goals/0/equityFocus", goal.id(), "zzz_one"),
        at("/commonAgenda/goals/0/equityFocus", goal.id(), "zzz_two"));
  }

  @Test
  void anEquityFocusOnADimensionOfOneOfTheGoalsIndicatorsPasses() {
    Goal goal = agenda.goals().get(0);
    EquityFocus focus = EquityFocus.builder().addDimensions(coveredDimension(goal)).build();
    assertPasses(withGoals(replace(agenda.goals(), 0, g -> g.withEquityFocus(focus))));
  }

  private DisaggregationDimension coveredDimension(Goal goal) {
    return goal.indicatorIds().stream()
        .flatMap(id -> base.indicator(id).orElseThrow().disaggregations().stream())
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no indicator of " + goal.id() + " is disaggregated"));
  }

  /**
   * Takes the community out: community partners move to a sector no partner has (so that the number of
   * sectors stays), community voices lose that role, community meetings become all-partner meetings.
   */
  private Initiative withoutCommunity() {
    Set<Sector> used = base.partners().stream().map(Partner::sector).collect(Collectors.toSet());
    Sector replacement =
        Arrays.stream(Sector.values())
            .filter(s -> s != Sector.COMMUNITY && !used.contains(s))
            .findFirst()
            .orElseThrow();
    return base.withPartners(
            mapAll(
                base.partners(),
                p ->
                    p.withSector(p.sector() == Sector.COMMUNITY ? replacement : p.sector())
                        .withRoles(
                            removeIf(
                                List.copyOf(p.roles()), r -> r == PartnerRole.COMMUNITY_VOICE))))
        .withMeetingSeries(
            mapAll(
                base.meetingSeries(),
                s -> s.kind() == MeetingKind.COMMUNITY ? s.withKind(MeetingKind.ALL_PARTNERS) : s));
  }

  @Test
  @Triggers("CA-009")
  void anInitiativeWithoutTheCommunityIsReported() {
    assertOnly(withoutCommunity(), "CA-009", at("/partners"));
  }

  @Test
  void aCommunityVoiceACommunityPartnerOrACommunityMeetingEachIncludesTheCommunity() {
    Initiative without = withoutCommunity();
    assertPasses(
        without.withPartners(
            replace(
                without.partners(),
                0,
                p -> p.withRoles(append(List.copyOf(p.roles()), PartnerRole.COMMUNITY_VOICE)))));
    assertPasses(
        without.withPartners(replace(without.partners(), 0, p -> p.withSector(Sector.COMMUNITY))));
    assertPasses(
        without.withMeetingSeries(
            append(
                without.meetingSeries(),
                MeetingSeries.builder()
                    .id("community")
                    .name("Community conversations")
                    .kind(MeetingKind.COMMUNITY)
                    .cadence(Cadence.QUARTERLY)
                    .build())));
  }

  @Test
  void aGoalWithoutTargetDateIsNotReportedAsExpired() {
    assertTrue(
        RuleExamples.VALIDATOR
            .validate(
                withGoals(replace(agenda.goals(), 0, g -> g.withTargetDate(Optional.empty()))))
            .findings()
            .stream()
            .noneMatch(f -> f.ruleId().equals("CA-007")));
  }
}
