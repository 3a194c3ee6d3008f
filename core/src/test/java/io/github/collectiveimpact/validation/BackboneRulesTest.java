package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.RuleExamples.AS_OF;
import static io.github.collectiveimpact.validation.RuleExamples.assertOnly;
import static io.github.collectiveimpact.validation.RuleExamples.assertPasses;
import static io.github.collectiveimpact.validation.RuleExamples.at;
import static io.github.collectiveimpact.validation.RuleExamples.removeIf;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.Backbone;
import io.github.collectiveimpact.model.BackboneFunction;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.StaffPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A triggering and a passing example for each rule of backbone support (BB-001..BB-006). */
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
  void aBackboneWithoutStaffOrWithOnlyZeroFteIsReported() {
    assertOnly(withBackbone(b -> b.withStaff(List.of())), "BB-002", at("/backbone/staff", "0"));
    assertOnly(
        withBackbone(
            b ->
                b.withStaff(
                    StaffPosition.of("Volunteer coordinator", 0), StaffPosition.of("Intern", 0))),
        "BB-002",
        at("/backbone/staff", "0"));
  }

  @Test
  void aSmallFractionOfAPositionIsDedicatedStaff() {
    assertPasses(withBackbone(b -> b.withStaff(StaffPosition.of("Coordinator", 0.1))));
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
        at("/backbone/roles", "advance_policy"));
  }

  @Test
  @Triggers("BB-003")
  void everyMissingFunctionIsReported() {
    assertOnly(
        withBackbone(b -> b.withRoles(List.of())),
        "BB-003",
        at("/backbone/roles", "guide_vision_and_strategy"),
        at("/backbone/roles", "support_aligned_activities"),
        at("/backbone/roles", "establish_shared_measurement_practices"),
        at("/backbone/roles", "build_public_will"),
        at("/backbone/roles", "advance_policy"),
        at("/backbone/roles", "mobilize_funding"));
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
      activities.add(a.withLeadPartnerId(i < led ? backbonePartner : other));
    }
    return base.withBackbone(backbone.withPartnerId(backbonePartner)).withActivities(activities);
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
  void aBackboneThatIsNoPartnerLeadsNothing() {
    assertPasses(backboneLeads(4, 4).withBackbone(backbone.withPartnerId(Optional.empty())));
  }
}
