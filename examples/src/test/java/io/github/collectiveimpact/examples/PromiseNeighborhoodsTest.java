package io.github.collectiveimpact.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.Backbone;
import io.github.collectiveimpact.model.BackboneFunction;
import io.github.collectiveimpact.model.BackboneRole;
import io.github.collectiveimpact.model.DateRange;
import io.github.collectiveimpact.model.ExternalCode;
import io.github.collectiveimpact.model.FundingSource;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.validation.Category;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromiseNeighborhoodsTest {
  private final Initiative member = PromiseNeighborhoods.initiative();

  @Test
  void theMemberHasNoErrorAndTwoNotes() {
    ValidationReport report = Reports.promiseNeighborhoods().validate(member);
    assertEquals(
        List.of(
            // The program does not ask for an influential champion, and the member names none.
            "CA-014 INFO /partners",
            // The two survey indicators, too small a sample to break down by group: one finding.
            "SM-010 INFO /indicators"),
        Reports.withSeverities(report));
    assertEquals(0, report.count(Severity.ERROR));
    // pn-08 and pn-09 are the 8th and 9th indicators.
    Finding aggregate = report.findings(Category.SHARED_MEASUREMENT).get(0);
    assertEquals(
        List.of("/indicators/7/disaggregations", "/indicators/8/disaggregations"),
        aggregate.paths());
    assertEquals(List.of("2", "pn-08, pn-09"), aggregate.arguments());
    // The member tracks every indicator the network requires, so the profile adds nothing.
    assertEquals(
        Reports.findings(Reports.standard(), member),
        Reports.findings(Reports.promiseNeighborhoods(), member));
  }

  @Test
  void residentsSitOnTheAdvisoryBoardAsTheProgramRequires() {
    Partner residents = member.partner(PromiseNeighborhoods.RESIDENTS).orElseThrow();
    assertTrue(residents.roles().contains(PartnerRole.LIVED_EXPERIENCE));
    assertTrue(member.steeringCommitteeIds().contains(PromiseNeighborhoods.RESIDENTS));
    // Were the council only an organisation speaking for residents, the community would take part
    // in decisions only through an intermediary (a note, not the warning of no community at all).
    List<Partner> partners = new ArrayList<>();
    for (Partner p : member.partners()) {
      partners.add(
          p.id().equals(PromiseNeighborhoods.RESIDENTS)
              ? p.withRoles(PartnerRole.COMMUNITY_VOICE, PartnerRole.STEERING_COMMITTEE_MEMBER)
              : p);
    }
    List<String> findings =
        Reports.findings(Reports.promiseNeighborhoods(), member.withPartners(partners));
    assertFalse(
        findings.contains("CA-009 /meetingSeries/0/participantPartnerIds"), findings.toString());
    assertTrue(findings.contains("CA-011 /partners"), findings.toString());
  }

  @Test
  void theFederalGrantIsCommittedForItsFiveYears() {
    FundingSource grant = member.backbone().orElseThrow().fundingSources().get(0);
    DateRange period = grant.committed().orElseThrow();
    assertEquals(Period.ofYears(5), Period.between(period.start(), period.end().plusDays(1)));
    // The grant reaches two years past the validation date, so BB-008 has nothing to say; without
    // the stated period it would note that no commitment is stated.
    Backbone backbone = member.backbone().orElseThrow();
    List<FundingSource> unstated = new ArrayList<>();
    for (FundingSource f : backbone.fundingSources()) {
      unstated.add(f.withCommitted(Optional.empty()));
    }
    assertTrue(
        Reports.findings(
                Reports.promiseNeighborhoods(),
                member.withBackbone(backbone.withFundingSources(unstated)))
            .contains("BB-008 /backbone/fundingSources"));
  }

  @Test
  void theWorkingGroupsReviewTheIndicatorsData() {
    for (MeetingSeries series : member.meetingSeries()) {
      assertEquals(
          series.kind() == MeetingKind.WORKING_GROUP, series.reviewsResults(), series.id());
    }
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
        List.of(ExternalCode.PROMISE_NEIGHBORHOODS_GPRA, "1", "PN-07"),
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
        assertEquals(List.of("1", "mobilize_funding"), f.arguments());
      }
    }
  }
}
