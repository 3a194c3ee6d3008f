package io.github.collectiveimpact.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.Backbone;
import io.github.collectiveimpact.model.BackboneFunction;
import io.github.collectiveimpact.model.BackboneRole;
import io.github.collectiveimpact.model.ExternalCode;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.ValidationReport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromiseNeighborhoodsTest {
  private final Initiative member = PromiseNeighborhoods.initiative();

  @Test
  void theMemberTracksAllFifteenIndicatorsAndOnlyTheTwoSurveyIndicatorsAreNotBrokenDown() {
    // pn-08 and pn-09 are the 8th and 9th indicators.
    assertEquals(
        List.of("SM-010 /indicators/7/disaggregations", "SM-010 /indicators/8/disaggregations"),
        Reports.findings(Reports.promiseNeighborhoods(), member));
    assertEquals(
        Reports.findings(Reports.standard(), member),
        Reports.findings(Reports.promiseNeighborhoods(), member));
  }

  @Test
  void everyRequiredCodeIsCarriedByExactlyOneIndicator() {
    assertEquals(15, PromiseNeighborhoods.INDICATOR_CODES.size());
    for (String code : PromiseNeighborhoods.INDICATOR_CODES) {
      int carriers = 0;
      for (Indicator indicator : member.indicators()) {
        if (indicator.hasExternalCode(ExternalCode.PROMISE_NEIGHBORHOODS_GPRA, code)) {
          carriers++;
        }
      }
      assertEquals(1, carriers, code);
    }
  }

  @Test
  void theProfileReportsAnIndicatorThatLosesItsCode() {
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator indicator : member.indicators()) {
      indicators.add(
          indicator.hasExternalCode(ExternalCode.PROMISE_NEIGHBORHOODS_GPRA, "PN-07")
              ? indicator.withExternalCodes(List.of())
              : indicator);
    }
    ValidationReport report =
        Reports.promiseNeighborhoods().validate(member.withIndicators(indicators));
    List<Finding> profileFindings = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.ruleId().equals(PromiseNeighborhoods.REQUIRED_INDICATORS_RULE)) {
        profileFindings.add(f);
      }
    }
    assertEquals(1, profileFindings.size());
    assertEquals("/indicators", profileFindings.get(0).path());
    assertEquals(
        List.of(ExternalCode.PROMISE_NEIGHBORHOODS_GPRA, "PN-07"),
        profileFindings.get(0).arguments());
  }

  @Test
  void theInstituteCarriesNetworkFunctionsAndIsTheOnlyOneRaisingFunds() {
    Set<BackboneFunction> institute = EnumSet.noneOf(BackboneFunction.class);
    Set<BackboneFunction> local = EnumSet.noneOf(BackboneFunction.class);
    for (BackboneRole role : member.backbone().orElseThrow().roles()) {
      if (role.partnerId()
          .equals(Optional.of(PromiseNeighborhoods.PROMISE_NEIGHBORHOODS_INSTITUTE))) {
        institute.add(role.function());
      } else {
        assertTrue(role.partnerId().isEmpty(), role.toString());
        local.add(role.function());
      }
    }
    assertEquals(
        EnumSet.of(
            BackboneFunction.GUIDE_VISION_AND_STRATEGY,
            BackboneFunction.SUPPORT_ALIGNED_ACTIVITIES,
            BackboneFunction.ESTABLISH_SHARED_MEASUREMENT_PRACTICES,
            BackboneFunction.MOBILIZE_FUNDING),
        institute);
    assertEquals(EnumSet.complementOf(EnumSet.of(BackboneFunction.MOBILIZE_FUNDING)), local);
    assertTrue(member.partner(PromiseNeighborhoods.PROMISE_NEIGHBORHOODS_INSTITUTE).isPresent());
  }

  @Test
  void withoutTheInstituteNoOneWouldMobilizeFunding() {
    Backbone backbone = member.backbone().orElseThrow();
    List<BackboneRole> localOnly = new ArrayList<>();
    for (BackboneRole role : backbone.roles()) {
      if (role.partnerId().isEmpty()) {
        localOnly.add(role);
      }
    }
    ValidationReport report =
        Reports.promiseNeighborhoods().validate(member.withBackbone(backbone.withRoles(localOnly)));
    List<String> expected =
        new ArrayList<>(Reports.findings(Reports.promiseNeighborhoods(), member));
    expected.add("BB-003 /backbone/roles");
    expected.sort(null);
    assertEquals(expected, Reports.findings(report));
    for (Finding f : report.findings()) {
      if (f.ruleId().equals("BB-003")) {
        assertEquals(List.of("mobilize_funding"), f.arguments());
      }
    }
  }
}
