package io.github.collectiveimpact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Examples of the model's own behaviour: units, directions, cadences, periods, activities and meetings. */
class ModelExamplesTest {
  @Test
  void aUnitAcceptsTheValuesItsDescriptionAllows() {
    assertTrue(Unit.PERCENT.accepts(0));
    assertTrue(Unit.PERCENT.accepts(100));
    assertTrue(Unit.PERCENT.accepts(37.5));
    assertFalse(Unit.PERCENT.accepts(100.0001));
    assertFalse(Unit.PERCENT.accepts(-0.0001));
    assertTrue(Unit.COUNT.accepts(0));
    assertTrue(Unit.COUNT.accepts(12345));
    assertFalse(Unit.COUNT.accepts(2.5));
    assertFalse(Unit.COUNT.accepts(-1));
    assertTrue(Unit.RATE.accepts(0.25));
    assertFalse(Unit.RATE.accepts(-0.25));
    assertTrue(Unit.RATIO.accepts(3));
    assertFalse(Unit.RATIO.accepts(-3));
    for (Unit any : List.of(Unit.SCORE, Unit.CURRENCY, Unit.INDEX)) {
      assertTrue(any.accepts(-1e9));
      assertTrue(any.accepts(1e9));
    }
    for (Unit unit : Unit.values()) {
      assertFalse(unit.accepts(Double.NaN), unit.name());
      assertFalse(unit.accepts(Double.POSITIVE_INFINITY), unit.name());
      assertFalse(unit.accepts(Double.NEGATIVE_INFINITY), unit.name());
      assertFalse(unit.accepted().isBlank());
    }
  }

  @Test
  void anImprovementIsAStrictMoveInTheDesiredDirection() {
    assertTrue(Direction.INCREASE.isImprovement(40, 41));
    assertFalse(Direction.INCREASE.isImprovement(40, 40));
    assertFalse(Direction.INCREASE.isImprovement(40, 39));
    assertTrue(Direction.DECREASE.isImprovement(40, 39));
    assertFalse(Direction.DECREASE.isImprovement(40, 40));
    assertFalse(Direction.DECREASE.isImprovement(40, 41));
  }

  @Test
  void cadencesAreComparedOnTheCalendar() {
    Period thirtyDays = Period.ofDays(30);
    Cadence month = Cadence.MONTHLY;
    Cadence everyThirtyDays = Cadence.of(thirtyDays);
    // From 31 January: a month ends on 28 February, 30 days on 2 March.
    LocalDate january31 = LocalDate.of(2026, 1, 31);
    assertTrue(month.isAtMostAsLongAs(thirtyDays, january31));
    assertFalse(everyThirtyDays.isAtMostAsLongAs(Period.ofMonths(1), january31));
    // From 1 July: a month ends on 1 August, 30 days on 31 July.
    LocalDate july1 = LocalDate.of(2026, 7, 1);
    assertFalse(month.isAtMostAsLongAs(thirtyDays, july1));
    assertTrue(everyThirtyDays.isAtMostAsLongAs(Period.ofMonths(1), july1));
    // From 1 June: both end on 1 July.
    assertTrue(month.isAtMostAsLongAs(thirtyDays, LocalDate.of(2026, 6, 1)));
    assertTrue(everyThirtyDays.isAtMostAsLongAs(Period.ofMonths(1), LocalDate.of(2026, 6, 1)));
    assertTrue(Cadence.QUARTERLY.isAtMostAsLongAs(Period.ofMonths(3), july1));
    assertFalse(Cadence.SEMIANNUALLY.isAtMostAsLongAs(Period.ofMonths(3), july1));
  }

  @Test
  void aCadenceHasAnIsoFormAndANextDate() {
    assertEquals("P7D", Cadence.WEEKLY.toString());
    assertEquals("P1M", Cadence.MONTHLY.toString());
    assertEquals("P3M", Cadence.QUARTERLY.toString());
    assertEquals("P6M", Cadence.SEMIANNUALLY.toString());
    assertEquals("P1Y", Cadence.ANNUALLY.toString());
    assertEquals(Cadence.QUARTERLY, Cadence.parse("P3M"));
    // Parsed text keeps the form it was written in, and equals any other form of the same period.
    assertEquals("P2W", Cadence.parse("P2W").toString());
    assertEquals(Cadence.parse("P14D"), Cadence.parse("P2W"));
    assertEquals(Cadence.parse("P14D").hashCode(), Cadence.parse("P2W").hashCode());
    assertEquals(Cadence.of(Period.ofWeeks(2)), Cadence.parse("P2W"));
    assertEquals(LocalDate.of(2026, 2, 28), Cadence.MONTHLY.nextAfter(LocalDate.of(2026, 1, 31)));
    assertEquals(LocalDate.of(2025, 2, 28), Cadence.ANNUALLY.nextAfter(LocalDate.of(2024, 2, 29)));
  }

  @Test
  void reportingPeriodsOfTheCalendarAndTheSchoolYear() {
    assertEquals(
        ReportingPeriod.of(LocalDate.of(2019, 7, 1), LocalDate.of(2020, 6, 30)),
        ReportingPeriod.ofSchoolYear(2019));
    assertEquals(
        ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)),
        ReportingPeriod.ofQuarter(2024, 1));
    assertEquals(
        ReportingPeriod.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)),
        ReportingPeriod.ofQuarter(2024, 2));
    assertEquals(
        ReportingPeriod.of(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)),
        ReportingPeriod.ofQuarter(2024, 4));
    assertEquals(
        ReportingPeriod.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)),
        ReportingPeriod.ofMonth(YearMonth.of(2024, 2)));
    assertEquals(
        ReportingPeriod.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)),
        ReportingPeriod.ofMonth(YearMonth.of(2025, 2)));
    assertEquals(
        ReportingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
        ReportingPeriod.ofYear(2025));
    ReportingPeriod q1 = ReportingPeriod.ofQuarter(2024, 1);
    assertTrue(q1.contains(LocalDate.of(2024, 1, 1)));
    assertTrue(q1.contains(LocalDate.of(2024, 3, 31)));
    assertFalse(q1.contains(LocalDate.of(2023, 12, 31)));
    assertFalse(q1.contains(LocalDate.of(2024, 4, 1)));
  }

  @Test
  void anActivityIsActiveFromItsStartToItsEndInclusive() {
    Activity.Builder builder =
        Activity.builder().id("a").name("Tutoring").start(LocalDate.of(2025, 9, 1));
    Activity ongoing = builder.build();
    Activity ended = ongoing.withEnd(LocalDate.of(2026, 6, 15));
    assertFalse(ongoing.isActiveOn(LocalDate.of(2025, 8, 31)));
    assertTrue(ongoing.isActiveOn(LocalDate.of(2025, 9, 1)));
    assertTrue(ongoing.isActiveOn(LocalDate.of(2040, 1, 1)));
    assertTrue(ended.isActiveOn(LocalDate.of(2026, 6, 15)));
    assertFalse(ended.isActiveOn(LocalDate.of(2026, 6, 16)));
    assertFalse(ended.isActiveOn(LocalDate.of(2025, 8, 31)));
  }

  @Test
  void theLastMeetingOnOrBeforeADateIgnoresLaterMeetingsAndOrder() {
    MeetingSeries series =
        MeetingSeries.builder()
            .id("steering")
            .name("Steering committee")
            .kind(MeetingKind.STEERING_COMMITTEE)
            .cadence(Cadence.QUARTERLY)
            .addMeetingDates(
                LocalDate.of(2026, 3, 15), LocalDate.of(2026, 9, 15), LocalDate.of(2025, 12, 15))
            .build();
    assertEquals(
        Optional.of(LocalDate.of(2026, 3, 15)),
        series.lastMeetingOnOrBefore(LocalDate.of(2026, 6, 30)));
    assertEquals(
        Optional.of(LocalDate.of(2026, 3, 15)),
        series.lastMeetingOnOrBefore(LocalDate.of(2026, 3, 15)));
    assertEquals(
        Optional.of(LocalDate.of(2025, 12, 15)),
        series.lastMeetingOnOrBefore(LocalDate.of(2026, 3, 14)));
    assertEquals(
        Optional.of(LocalDate.of(2026, 9, 15)),
        series.lastMeetingOnOrBefore(LocalDate.of(2030, 1, 1)));
    assertEquals(Optional.empty(), series.lastMeetingOnOrBefore(LocalDate.of(2025, 12, 14)));
    assertEquals(
        Optional.empty(),
        series.withMeetingDates(List.of()).lastMeetingOnOrBefore(LocalDate.of(2030, 1, 1)));
  }

  @Test
  void theBackbonesFteIsTheSumOfItsStaff() {
    Backbone backbone = Backbone.builder().name("CCER").build();
    assertEquals(0.0, backbone.totalFte());
    Backbone staffed =
        backbone.withStaff(
            StaffPosition.of("Executive director", 1.0),
            StaffPosition.of("Data manager", 0.5),
            StaffPosition.of("Organizer", 0.25));
    assertEquals(1.75, staffed.totalFte());
  }

  @Test
  void staffingNotStatedIsNotNoStaff() {
    Backbone unstated = Backbone.builder().name("Coalition table").build();
    assertFalse(unstated.isStaffingStated());
    assertFalse(unstated.hasNoDedicatedStaff());
    Backbone sizeUnknown = unstated.withStaff(StaffPosition.of("Coordinator"));
    assertTrue(sizeUnknown.isStaffingStated());
    assertFalse(sizeUnknown.hasNoDedicatedStaff());
    assertEquals(0.0, sizeUnknown.totalFte());
    Backbone volunteers =
        unstated.withStaff(
            StaffPosition.of("Volunteer coordinator", 0),
            StaffPosition.builder().role("Interns").headcount(0).build());
    assertTrue(volunteers.hasNoDedicatedStaff());
    Backbone lean =
        unstated.withStaff(
            StaffPosition.of("Volunteer coordinator", 0),
            StaffPosition.builder().role("Organisers").headcount(3).build());
    assertFalse(lean.hasNoDedicatedStaff());
  }

  @Test
  void everySectorHasAFamilyAndOwnershipCanOverrideIt() {
    assertEquals(SectorFamily.GOVERNMENT, Sector.K12_EDUCATION.defaultFamily());
    assertEquals(SectorFamily.NONPROFIT, Sector.HIGHER_EDUCATION.defaultFamily());
    assertEquals(SectorFamily.NONPROFIT, Sector.EARLY_CHILDHOOD.defaultFamily());
    assertEquals(SectorFamily.BUSINESS, Sector.MEDIA.defaultFamily());
    assertEquals(SectorFamily.PHILANTHROPY, Sector.PHILANTHROPY.defaultFamily());
    assertEquals(SectorFamily.COMMUNITY, Sector.COMMUNITY.defaultFamily());
    for (Sector sector : Sector.values()) {
      assertNotNull(sector.defaultFamily(), sector.name());
    }
    Partner university =
        Partner.builder()
            .id("uw")
            .name("University of Washington")
            .sector(Sector.HIGHER_EDUCATION)
            .build();
    assertEquals(SectorFamily.NONPROFIT, university.sectorFamily());
    assertEquals(
        SectorFamily.GOVERNMENT, university.withFamily(SectorFamily.GOVERNMENT).sectorFamily());
  }

  @Test
  void anActivityOfNoStatedKindIsReadAsProgrammeDelivery() {
    Activity tutoring =
        Activity.builder().id("tutoring").name("Tutoring").start(LocalDate.of(2024, 1, 1)).build();
    assertTrue(tutoring.isProgramDelivery());
    assertTrue(tutoring.withKind(ActivityKind.PROGRAM_DELIVERY).isProgramDelivery());
    assertFalse(tutoring.withKind(ActivityKind.DATA_AND_MEASUREMENT).isProgramDelivery());
  }

  @Test
  void fundingCarriesItsAmountAndCommittedPeriod() {
    FundingSource grant =
        FundingSource.builder()
            .name("Anchor funder")
            .amount(MonetaryAmount.of(1_500_000, "USD"))
            .committed(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)))
            .build();
    assertEquals("USD", grant.amount().orElseThrow().currency());
    assertTrue(grant.committed().orElseThrow().contains(LocalDate.of(2027, 12, 31)));
    assertFalse(grant.committed().orElseThrow().contains(LocalDate.of(2028, 1, 1)));
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> MonetaryAmount.of(10, "usd"));
    assertEquals("currency", e.attribute());
    InvalidModelException order =
        assertThrows(
            InvalidModelException.class,
            () -> DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1)));
    assertEquals("start", order.attribute());
  }

  @Test
  void dimensionsAndCodesAreValues() {
    assertEquals(
        DisaggregationDimension.RACE_ETHNICITY, DisaggregationDimension.of("race_ethnicity"));
    assertEquals("income", DisaggregationDimension.INCOME.toString());
    assertTrue(DisaggregationDimension.AGE.compareTo(DisaggregationDimension.INCOME) < 0);
    Indicator indicator =
        Indicator.builder()
            .id("ind")
            .name("Grade 3 reading")
            .desiredDirection(Direction.INCREASE)
            .level(IndicatorLevel.POPULATION)
            .addExternalCodes(ExternalCode.of(ExternalCode.PROMISE_NEIGHBORHOODS_GPRA, "GPRA 7"))
            .build();
    assertTrue(indicator.hasExternalCode(ExternalCode.PROMISE_NEIGHBORHOODS_GPRA, "GPRA 7"));
    assertFalse(indicator.hasExternalCode(ExternalCode.PROMISE_NEIGHBORHOODS_GPRA, "GPRA 8"));
    assertFalse(indicator.hasExternalCode(ExternalCode.IRIS_PLUS, "GPRA 7"));
  }

  @Test
  void anInvalidModelExceptionNamesTypeAttributeAndValue() {
    InvalidModelException e = new InvalidModelException("Partner", "id", " ", "must not be blank");
    assertEquals("Partner", e.type());
    assertEquals("id", e.attribute());
    assertEquals("\" \"", e.value());
    assertTrue(e.getMessage().startsWith("Partner.id must not be blank"), e.getMessage());
    assertTrue(IllegalArgumentException.class.isAssignableFrom(InvalidModelException.class));
    assertEquals("null", new InvalidModelException("Goal", "targetDate", null, "is wrong").value());
  }
}
