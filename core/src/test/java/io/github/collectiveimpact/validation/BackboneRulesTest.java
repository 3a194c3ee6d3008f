package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.RuleExamples.AS_OF;
import static io.github.collectiveimpact.validation.RuleExamples.assertOnly;
import static io.github.collectiveimpact.validation.RuleExamples.assertPasses;
import static io.github.collectiveimpact.validation.RuleExamples.at;
import static io.github.collectiveimpact.validation.RuleExamples.removeIf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.ActivityKind;
import io.github.collectiveimpact.model.Backbone;
import io.github.collectiveimpact.model.BackboneFunction;
import io.github.collectiveimpact.model.DateRange;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.StaffPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A triggering and a passing example for each rule of backbone support (BB-001..BB-008). */
@ExtendWith(RuleExamples.class)
class BackboneRulesTest {
  private final Initiative base = RuleExamples.base();
  private final Backbone backbone = base.backbone().orElseThrow();

  private Initiative withBackbone(UnaryOperator<Backbone> change) {
    return base.withBackbone(change.apply(backbone));
  }

  @Test
  void theCompleteExampleBreaksNoRule() {
    assertPasses(base);
  }

  @Test
  @Triggers("BB-001")
  void anInitiativeWithoutABackboneIsReported() {
    ValidationReport report =
        assertOnly(base.withBackbone(Optional.empty()), "BB-001", at("/backbone"));
    assertFalse(report.isValid());
  }

  @Test
  @Triggers("BB-002")
  void aBackboneStatedToHaveOnlyEmptyPositionsIsReported() {
    ValidationReport report =
        assertOnly(
            withBackbone(
                b ->
                    b.withStaff(
                        StaffPosition.of("Volunteer coordinator", 0),
                        StaffPosition.builder().role("Intern").headcount(0).build())),
            "BB-002",
            at("/backbone/staff"));
    assertEquals(Severity.WARNING, report.findings().get(0).severity());
    assertTrue(report.isValid());
  }

  @Test
  @Triggers("BB-007")
  void staffingThatIsNotStatedIsANoteNotZero() {
    ValidationReport report =
        assertOnly(withBackbone(b -> b.withStaff(List.of())), "BB-007", at("/backbone/staff"));
    assertEquals(Severity.INFO, report.findings().get(0).severity());
  }

  @Test
  void aPositionOfUnstatedSizeIsStaffAndALeanBackboneIsNotWeak() {
    assertPasses(withBackbone(b -> b.withStaff(StaffPosition.of("Coordinator"))));
    assertPasses(withBackbone(b -> b.withStaff(StaffPosition.of("Coordinator", 0.1))));
    // A part-time coordinator and volunteers: a lean, community-led backbone.
    assertPasses(
        withBackbone(
            b ->
                b.withStaff(
                    StaffPosition.of("Coordinator", 0.5),
                    StaffPosition.builder()
                        .role("Volunteer organisers")
                        .fte(0)
                        .headcount(6)
                        .build())));
  }

  @Test
  @Triggers("BB-003")
  void aFunctionNoOneCarriesIsReported() {
    assertOnly(
        withBackbone(
            b ->
                b.withRoles(
                    removeIf(b.roles(), r -> r.function() == BackboneFunction.ADVANCE_POLICY))),
        "BB-003",
        at("/backbone/roles", "1", "advance_policy"));
  }

  @Test
  @Triggers("BB-003")
  void everyMissingFunctionIsNamedInOneFinding() {
    ValidationReport report =
        assertOnly(
            withBackbone(b -> b.withRoles(List.of())),
            "BB-003",
            at(
                "/backbone/roles",
                "6",
                "guide_vision_and_strategy, support_aligned_activities,"
                    + " establish_shared_measurement_practices, build_public_will, advance_policy,"
                    + " mobilize_funding"));
    assertEquals(
        "No one carries 6 backbone functions: guide vision and strategy, support aligned"
            + " activities, establish shared measurement practices, build public will, advance"
            + " policy, mobilize funding",
        report.findings().get(0).message());
  }

  @Test
  void aFunctionCarriedByAPartnerCounts() {
    String partner = base.partners().get(0).id();
    assertPasses(
        withBackbone(
            b ->
                b.withRoles(
                    RuleExamples.mapAll(
                        b.roles(),
                        r ->
                            r.function() == BackboneFunction.ADVANCE_POLICY
                                ? r.withPartnerId(partner)
                                : r))));
  }

  @Test
  @Triggers("BB-004")
  void anUnfundedBackboneIsReported() {
    assertOnly(
        withBackbone(b -> b.withFundingSources(List.of())),
        "BB-004",
        at("/backbone/fundingSources"));
  }

  @Test
  @Triggers("BB-005")
  void aBackboneOfUnstatedStructureIsReported() {
    assertOnly(withBackbone(b -> b.withType(Optional.empty())), "BB-005", at("/backbone/type"));
  }

  /**
   * The backbone as the first partner, with four activities (the example's, cut or padded), the first
   * {@code led} of them led by the backbone and the others by the second partner.
   */
  private Initiative backboneLeads(int count, int led) {
    String backbonePartner = base.partners().get(0).id();
    String other = base.partners().get(1).id();
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Activity a =
          i < base.activities().size()
              ? base.activities().get(i)
              : base.activities().get(0).withId("act-pad-" + i);
      activities.add(
          a.withLeadPartnerId(i < led ? backbonePartner : other)
              .withKind(ActivityKind.PROGRAM_DELIVERY));
    }
    // A young initiative, so that programme delivery alone is no systems-change note (MR-007).
    return base.withBackbone(backbone.withPartnerId(backbonePartner))
        .withActivities(activities)
        .withLaunchDate(AS_OF.minusYears(1));
  }

  @Test
  @Triggers("BB-006")
  void aBackboneLeadingMoreThanHalfTheActivitiesIsReported() {
    assertPasses(backboneLeads(4, 2));
    assertOnly(backboneLeads(4, 3), "BB-006", at("/backbone", "75", "50"));
    assertOnly(backboneLeads(4, 4), "BB-006", at("/backbone", "100", "50"));
    // Two of three is 66.67 %, shown to one decimal, rounded up so that it never reads as the
    // maximum.
    assertOnly(backboneLeads(3, 2), "BB-006", at("/backbone", "66.7", "50"));
    // 201 of 400 is 50.25 %: just over the maximum, and shown so.
    assertOnly(backboneLeads(400, 201), "BB-006", at("/backbone", "50.3", "50"));
  }

  @Test
  @Triggers("BB-006")
  void theLargestShareTheBackboneMayLeadIsAThreshold() {
    assertPasses(
        Validator.builder().asOf(AS_OF).threshold(Threshold.MAX_BACKBONE_LED_SHARE, 0.75).build(),
        backboneLeads(4, 3));
    assertOnly(
        Validator.builder().asOf(AS_OF).threshold(Threshold.MAX_BACKBONE_LED_SHARE, 0.0).build(),
        backboneLeads(4, 1),
        "BB-006",
        at("/backbone", "25", "0"));
  }

  @Test
  @Triggers("BB-006")
  void theBackbonesDataConveningAndSystemsWorkIsNotTheDeliveryOfPartnersProgrammes() {
    Initiative allLed = backboneLeads(4, 4);
    List<Activity> backboneWork = new ArrayList<>();
    ActivityKind[] kinds = {
      ActivityKind.DATA_AND_MEASUREMENT,
      ActivityKind.CONVENING_AND_CAPACITY,
      ActivityKind.SYSTEMS_CHANGE,
      ActivityKind.PROGRAM_DELIVERY
    };
    for (int i = 0; i < allLed.activities().size(); i++) {
      backboneWork.add(allLed.activities().get(i).withKind(kinds[i]));
    }
    // One of the four is programme delivery, led by the backbone: 1 of 1 is 100 %.
    assertOnly(allLed.withActivities(backboneWork), "BB-006", at("/backbone", "100", "50"));
    backboneWork.set(3, backboneWork.get(3).withKind(ActivityKind.DATA_AND_MEASUREMENT));
    assertPasses(allLed.withActivities(backboneWork));
  }

  @Test
  @Triggers("BB-008")
  void fundingNotCommittedBeyondTheHorizonGetsANote() {
    Backbone shortTerm =
        backbone.withFundingSources(
            RuleExamples.mapAll(
                backbone.fundingSources(),
                f -> f.withCommitted(DateRange.of(AS_OF.minusYears(1), AS_OF.plusYears(1)))));
    ValidationReport report =
        assertOnly(
            base.withBackbone(shortTerm),
            "BB-008",
            at("/backbone/fundingSources", "P2Y", AS_OF.plusYears(2).toString()));
    assertEquals(Severity.INFO, report.findings().get(0).severity());
    assertEquals(
        "No funding of the backbone is stated to be committed until 2028-06-30 (2 years after the"
            + " validation date)",
        report.findings().get(0).message());
    // An annual public budget: a network may set a horizon of one year.
    assertPasses(
        Validator.builder()
            .asOf(AS_OF)
            .threshold(Threshold.FUNDING_HORIZON, java.time.Period.ofYears(1))
            .build(),
        base.withBackbone(shortTerm));
  }

  @Test
  @Triggers("BB-008")
  void fundingWhoseCommitmentIsNotStatedGetsTheSameNote() {
    Backbone unstated =
        backbone.withFundingSources(
            RuleExamples.mapAll(backbone.fundingSources(), f -> f.withCommitted(Optional.empty())));
    assertOnly(
        base.withBackbone(unstated),
        "BB-008",
        at("/backbone/fundingSources", "P2Y", AS_OF.plusYears(2).toString()));
  }

  @Test
  void aBackboneThatIsNoPartnerLeadsNothing() {
    assertPasses(backboneLeads(4, 4).withBackbone(backbone.withPartnerId(Optional.empty())));
  }
}
