package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.RuleExamples.AS_OF;
import static io.github.collectiveimpact.validation.RuleExamples.append;
import static io.github.collectiveimpact.validation.RuleExamples.assertOnly;
import static io.github.collectiveimpact.validation.RuleExamples.assertPasses;
import static io.github.collectiveimpact.validation.RuleExamples.at;
import static io.github.collectiveimpact.validation.RuleExamples.replace;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.Backbone;
import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.CommonAgenda;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.Disaggregation;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Endorsement;
import io.github.collectiveimpact.model.FundingSource;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.Unit;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A triggering and a passing example for each structure rule (ST-001..ST-008). */
@ExtendWith(RuleExamples.class)
class StructureRulesTest {
  private final Initiative base = RuleExamples.base();

  @Test
  void theCompleteExampleBreaksNoRule() {
    assertPasses(base);
  }

  static Stream<Arguments> duplicates() {
    Initiative base = RuleExamples.base();
    CommonAgenda agenda = base.commonAgenda();
    return Stream.of(
        duplicate(
            "partner",
            "/partners/",
            base.partners().size(),
            base.partners().get(0).id(),
            i -> i.withPartners(append(i.partners(), i.partners().get(0)))),
        duplicate(
            "indicator",
            "/indicators/",
            base.indicators().size(),
            base.indicators().get(0).id(),
            i -> i.withIndicators(append(i.indicators(), i.indicators().get(0)))),
        duplicate(
            "goal",
            "/commonAgenda/goals/",
            agenda.goals().size(),
            agenda.goals().get(0).id(),
            i ->
                i.withCommonAgenda(
                    agenda.withGoals(append(agenda.goals(), agenda.goals().get(0))))),
        duplicate(
            "activity",
            "/activities/",
            base.activities().size(),
            base.activities().get(0).id(),
            i -> i.withActivities(append(i.activities(), i.activities().get(0)))),
        duplicate(
            "workingGroup",
            "/workingGroups/",
            base.workingGroups().size(),
            base.workingGroups().get(0).id(),
            i -> i.withWorkingGroups(append(i.workingGroups(), i.workingGroups().get(0)))),
        duplicate(
            "meetingSeries",
            "/meetingSeries/",
            base.meetingSeries().size(),
            base.meetingSeries().get(0).id(),
            i -> i.withMeetingSeries(append(i.meetingSeries(), i.meetingSeries().get(0)))),
        duplicate(
            "channel",
            "/channels/",
            base.channels().size(),
            base.channels().get(0).id(),
            i -> i.withChannels(append(i.channels(), i.channels().get(0)))));
  }

  private static Arguments duplicate(
      String kind, String prefix, int index, String id, UnaryOperator<Initiative> change) {
    return Arguments.of(kind, prefix + index + "/id", id, change);
  }

  @ParameterizedTest(name = "a second {0} with the id of the first")
  @MethodSource("duplicates")
  @Triggers("ST-001")
  void aRepeatedIdIsReportedAtTheSecondElement(
      String kind, String path, String id, UnaryOperator<Initiative> change) {
    assertOnly(change.apply(base), "ST-001", at(path, kind, id));
  }

  @Test
  @Triggers("ST-001")
  void everyRepetitionAfterTheFirstIsReported() {
    var partners = base.partners();
    Initiative broken =
        base.withPartners(append(append(partners, partners.get(0)), partners.get(0)));
    assertOnly(
        broken,
        "ST-001",
        at("/partners/" + partners.size() + "/id", "partner", partners.get(0).id()),
        at("/partners/" + (partners.size() + 1) + "/id", "partner", partners.get(0).id()));
  }

  @Test
  @Triggers("ST-002")
  void unknownIndicatorsAreReportedWhereverTheyAreNamed() {
    var goal = base.commonAgenda().goals().get(0);
    var activity = base.activities().get(0);
    var group = base.workingGroups().get(0);
    Observation observation = base.observations().get(0).withIndicatorId("ind-unknown-4");
    Initiative broken =
        base.withCommonAgenda(
                base.commonAgenda()
                    .withGoals(
                        replace(
                            base.commonAgenda().goals(),
                            0,
                            g -> g.withIndicatorIds(append(g.indicatorIds(), "ind-unknown-1")))))
            .withActivities(
                replace(
                    base.activities(),
                    0,
                    a -> a.withIndicatorIds(append(a.indicatorIds(), "ind-unknown-2"))))
            .withWorkingGroups(
                replace(
                    base.workingGroups(),
                    0,
                    w -> w.withIndicatorIds(append(w.indicatorIds(), "ind-unknown-3"))))
            .withObservations(append(base.observations(), observation));
    assertOnly(
        broken,
        "ST-002",
        at("/commonAgenda/goals/0/indicatorIds/" + goal.indicatorIds().size(), "ind-unknown-1"),
        at("/activities/0/indicatorIds/" + activity.indicatorIds().size(), "ind-unknown-2"),
        at("/workingGroups/0/indicatorIds/" + group.indicatorIds().size(), "ind-unknown-3"),
        at("/observations/" + base.observations().size() + "/indicatorId", "ind-unknown-4"));
  }

  @Test
  @Triggers("ST-003")
  void unknownPartnersInTheAgendaAndTheMeasuresAreReported() {
    Indicator indicator = base.indicators().get(0);
    Initiative broken =
        base.withCommonAgenda(
                base.commonAgenda()
                    .withEndorsements(
                        append(
                            base.commonAgenda().endorsements(),
                            Endorsement.of("p-unknown-1", AS_OF))))
            .withIndicators(
                replace(
                    base.indicators(),
                    0,
                    x -> x.withDataPartnerIds(append(x.dataPartnerIds(), "p-unknown-2"))))
            .withObservations(replace(base.observations(), 0, o -> o.withPartnerId("p-unknown-3")));
    assertOnly(
        broken,
        "ST-003",
        at(
            "/commonAgenda/endorsements/"
                + base.commonAgenda().endorsements().size()
                + "/partnerId",
            "p-unknown-1"),
        at("/indicators/0/dataPartnerIds/" + indicator.dataPartnerIds().size(), "p-unknown-2"),
        at("/observations/0/partnerId", "p-unknown-3"));
  }

  @Test
  @Triggers("ST-003")
  void unknownPartnersInActivitiesAndWorkingGroupsAreReported() {
    Activity extra =
        Activity.builder()
            .id("act-extra")
            .name("Extra activity")
            .leadPartnerId("p-unknown-1")
            .addContributingPartnerIds(base.partners().get(0).id(), "p-unknown-2")
            .addGoalIds(base.commonAgenda().goals().get(0).id())
            .workingGroupId(base.workingGroups().get(0).id())
            .start(AS_OF.minusYears(1))
            .build();
    var group = base.workingGroups().get(0);
    Initiative broken =
        base.withActivities(append(base.activities(), extra))
            .withWorkingGroups(
                replace(
                    base.workingGroups(),
                    0,
                    w -> w.withMemberPartnerIds(append(w.memberPartnerIds(), "p-unknown-3"))));
    int n = base.activities().size();
    assertOnly(
        broken,
        "ST-003",
        at("/activities/" + n + "/leadPartnerId", "p-unknown-1"),
        at("/activities/" + n + "/contributingPartnerIds/1", "p-unknown-2"),
        at("/workingGroups/0/memberPartnerIds/" + group.memberPartnerIds().size(), "p-unknown-3"));
  }

  @Test
  @Triggers("ST-003")
  void unknownPartnersInMeetingsAndChannelsAreReported() {
    var series = base.meetingSeries().get(0);
    var channel = base.channels().get(0);
    Initiative broken =
        base.withMeetingSeries(
                replace(
                    base.meetingSeries(),
                    0,
                    s ->
                        s.withParticipantPartnerIds(
                            append(s.participantPartnerIds(), "p-unknown-1"))))
            .withChannels(
                replace(
                    base.channels(),
                    0,
                    c -> c.withPartnerIds(append(c.partnerIds(), "p-unknown-2"))));
    assertOnly(
        broken,
        "ST-003",
        at(
            "/meetingSeries/0/participantPartnerIds/" + series.participantPartnerIds().size(),
            "p-unknown-1"),
        at("/channels/0/partnerIds/" + channel.partnerIds().size(), "p-unknown-2"));
  }

  @Test
  @Triggers("ST-003")
  void unknownPartnersOfTheBackboneAreReported() {
    Backbone backbone = base.backbone().orElseThrow();
    Backbone broken =
        backbone
            .withPartnerId("p-unknown-1")
            .withFundingSources(
                append(
                    backbone.fundingSources(),
                    FundingSource.builder().name("Unknown Fund").partnerId("p-unknown-2").build()))
            .withRoles(replace(backbone.roles(), 0, r -> r.withPartnerId("p-unknown-3")));
    assertOnly(
        base.withBackbone(broken),
        "ST-003",
        at("/backbone/partnerId", "p-unknown-1"),
        at(
            "/backbone/fundingSources/" + backbone.fundingSources().size() + "/partnerId",
            "p-unknown-2"),
        at("/backbone/roles/0/partnerId", "p-unknown-3"));
  }

  @Test
  void knownPartnersOfTheBackboneAreAccepted() {
    Backbone backbone = base.backbone().orElseThrow();
    String partner = base.partners().get(1).id();
    Backbone known =
        backbone
            .withFundingSources(
                append(
                    backbone.fundingSources(),
                    FundingSource.builder().name("Partner").partnerId(partner).build()))
            .withRoles(replace(backbone.roles(), 0, r -> r.withPartnerId(partner)));
    assertPasses(base.withBackbone(known));
  }

  @Test
  @Triggers("ST-004")
  void unknownGoalsAreReported() {
    var activity = base.activities().get(0);
    var group = base.workingGroups().get(0);
    Initiative broken =
        base.withActivities(
                replace(
                    base.activities(),
                    0,
                    a -> a.withGoalIds(append(a.goalIds(), "goal-unknown-1"))))
            .withWorkingGroups(
                replace(
                    base.workingGroups(),
                    0,
                    w -> w.withGoalIds(append(w.goalIds(), "goal-unknown-2"))));
    assertOnly(
        broken,
        "ST-004",
        at("/activities/0/goalIds/" + activity.goalIds().size(), "goal-unknown-1"),
        at("/workingGroups/0/goalIds/" + group.goalIds().size(), "goal-unknown-2"));
  }

  @Test
  @Triggers("ST-005")
  void unknownWorkingGroupsAreReported() {
    Activity activity =
        Activity.builder()
            .id("act-extra")
            .name("Extra activity")
            .leadPartnerId(base.partners().get(0).id())
            .addGoalIds(base.commonAgenda().goals().get(0).id())
            .workingGroupId("wg-unknown-1")
            .start(AS_OF.minusYears(1))
            .build();
    MeetingSeries series =
        MeetingSeries.builder()
            .id("meet-extra")
            .name("Extra meeting")
            .kind(MeetingKind.WORKING_GROUP)
            .workingGroupId("wg-unknown-2")
            .cadence(Cadence.MONTHLY)
            .addMeetingDates(AS_OF)
            .build();
    Initiative broken =
        base.withActivities(append(base.activities(), activity))
            .withMeetingSeries(append(base.meetingSeries(), series));
    assertOnly(
        broken,
        "ST-005",
        at("/activities/" + base.activities().size() + "/workingGroupId", "wg-unknown-1"),
        at("/meetingSeries/" + base.meetingSeries().size() + "/workingGroupId", "wg-unknown-2"));
  }

  /** A value outside the unit, written as the report renders it; empty for units that take any number. */
  private static Optional<String> badValue(Unit unit) {
    switch (unit) {
      case PERCENT:
        return Optional.of("100.5");
      case COUNT:
        return Optional.of("2.5");
      case RATE:
      case RATIO:
        return Optional.of("-0.25");
      default:
        return Optional.empty();
    }
  }

  /** The index of the first observation whose indicator has a unit that rejects some finite value. */
  private int observationWithRestrictedUnit() {
    for (int i = 0; i < base.observations().size(); i++) {
      Optional<Unit> unit =
          base.indicator(base.observations().get(i).indicatorId()).flatMap(Indicator::unit);
      if (unit.isPresent() && badValue(unit.get()).isPresent()) {
        return i;
      }
    }
    throw new AssertionError(
        "the complete example has no observation of a percent, count, rate or ratio");
  }

  @Test
  @Triggers("ST-006")
  void aValueOutsideItsIndicatorsUnitIsReported() {
    int i = observationWithRestrictedUnit();
    Observation observation = base.observations().get(i);
    Unit unit = base.indicator(observation.indicatorId()).flatMap(Indicator::unit).orElseThrow();
    String bad = badValue(unit).orElseThrow();
    Initiative broken =
        base.withObservations(
            replace(base.observations(), i, o -> o.withValue(Double.parseDouble(bad))));
    String unitText =
        unit == Unit.PERCENT
            ? "percent"
            : unit == Unit.COUNT ? "count" : unit == Unit.RATE ? "rate" : "ratio";
    assertOnly(
        broken,
        "ST-006",
        at("/observations/" + i + "/value", bad, observation.indicatorId(), unitText));
  }

  @Test
  @Triggers("ST-006")
  void aPercentAboveOneHundredIsReportedAndOneHundredIsNot() {
    int i = observationWithRestrictedUnit();
    String id = base.observations().get(i).indicatorId();
    Initiative percent =
        base.withIndicators(
                RuleExamples.mapAll(
                    base.indicators(), x -> x.id().equals(id) ? percentIndicator(x) : x))
            .withObservations(
                RuleExamples.mapAll(
                    base.observations(), o -> o.indicatorId().equals(id) ? o.withValue(50) : o));
    assertPasses(percent);
    assertPasses(
        percent.withObservations(replace(percent.observations(), i, o -> o.withValue(100))));
    assertPasses(percent.withObservations(replace(percent.observations(), i, o -> o.withValue(0))));
    assertOnly(
        percent.withObservations(replace(percent.observations(), i, o -> o.withValue(100.01))),
        "ST-006",
        at("/observations/" + i + "/value", "100.01", id, "percent"));
    assertOnly(
        percent.withObservations(replace(percent.observations(), i, o -> o.withValue(-1))),
        "ST-006",
        at("/observations/" + i + "/value", "-1", id, "percent"));
  }

  /** The indicator measured in percent, its baseline and target moved into 0..100 in the same direction. */
  private static Indicator percentIndicator(Indicator indicator) {
    boolean up = indicator.desiredDirection() == Direction.INCREASE;
    return Indicator.builder()
        .from(indicator)
        .unit(Unit.PERCENT)
        .baseline(indicator.baseline().orElseThrow().withValue(up ? 40 : 60))
        .target(indicator.target().orElseThrow().withValue(up ? 60 : 40))
        .interimTargets(List.of())
        .build();
  }

  @Test
  void aValueOnTheBoundaryOfItsUnitIsAccepted() {
    int i = observationWithRestrictedUnit();
    Unit unit =
        base.indicator(base.observations().get(i).indicatorId())
            .flatMap(Indicator::unit)
            .orElseThrow();
    double boundary = unit == Unit.PERCENT ? 100 : 0;
    assertPasses(
        base.withObservations(replace(base.observations(), i, o -> o.withValue(boundary))));
  }

  @Test
  @Triggers("ST-007")
  void aSecondObservationOfTheSameCellIsReported() {
    Observation first = base.observations().get(0);
    Initiative broken =
        base.withObservations(append(base.observations(), first.withValue(first.value() + 1)));
    assertOnly(
        broken,
        "ST-007",
        at(
            "/observations/" + base.observations().size(),
            first.indicatorId(),
            first.period().start().toString(),
            first.period().end().toString()));
  }

  @Test
  void anObservationOfTheSameIndicatorAndPeriodFromAnotherPartnerIsNoDuplicate() {
    Observation first = base.observations().get(0);
    String other =
        base.partners().stream()
            .map(p -> p.id())
            .filter(id -> !first.partnerId().equals(Optional.of(id)))
            .findFirst()
            .orElseThrow();
    assertPasses(base.withObservations(append(base.observations(), first.withPartnerId(other))));
  }

  @Test
  @Triggers("ST-008")
  void aGroupOfAnUndeclaredDimensionIsReported() {
    Observation first = base.observations().get(0);
    DisaggregationDimension undeclared = DisaggregationDimension.of("zzz_undeclared");
    assertTrue(
        base.indicator(first.indicatorId()).orElseThrow().disaggregations().stream()
            .noneMatch(undeclared::equals));
    Initiative broken =
        base.withObservations(
            append(
                base.observations(),
                first.withDisaggregation(Disaggregation.of(undeclared, "Some group"))));
    assertOnly(
        broken,
        "ST-008",
        at(
            "/observations/" + base.observations().size() + "/disaggregation/dimension",
            first.indicatorId(),
            "zzz_undeclared"));
  }

  @Test
  void aGroupOfADeclaredDimensionIsAccepted() {
    Observation observation =
        base.observations().stream()
            .filter(o -> !base.indicator(o.indicatorId()).orElseThrow().disaggregations().isEmpty())
            .findFirst()
            .orElseThrow();
    DisaggregationDimension declared =
        base.indicator(observation.indicatorId()).orElseThrow().disaggregations().iterator().next();
    Observation extra =
        observation.withDisaggregation(Disaggregation.of(declared, "A group no one else reports"));
    assertPasses(base.withObservations(append(base.observations(), extra)));
  }
}
