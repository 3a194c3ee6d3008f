package io.github.collectiveimpact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.function.Executable;

/**
 * Every way of breaking a construction rule throws {@link InvalidModelException} naming the type, the
 * attribute and the bad value; null elements are rejected naming the attribute.
 */
class InvariantProperties {
  private static final LocalDate DAY = LocalDate.of(2024, 9, 1);

  @Provide
  Arbitrary<String> blanks() {
    return Arbitraries.strings()
        .withChars(' ', '\t', '\n', '\r', '\u000B', '\f', '\u2003', '\u3000')
        .ofMaxLength(4);
  }

  @Provide
  Arbitrary<Double> nonFinite() {
    return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
  }

  /** Asserts that building throws an exception naming the type, the attribute and the value as given. */
  private static InvalidModelException assertInvalid(
      String type, String attribute, String value, Executable build) {
    InvalidModelException e = assertThrows(InvalidModelException.class, build);
    assertEquals(type, e.type());
    assertEquals(attribute, e.attribute());
    assertEquals(value, e.value());
    assertTrue(e.getMessage().contains(type + "." + attribute), e.getMessage());
    assertTrue(e.getMessage().contains(value), e.getMessage());
    return e;
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  static Partner.Builder partner() {
    return Partner.builder().id("p").name("Partner").sector(Sector.NONPROFIT);
  }

  static Indicator.Builder indicator() {
    return Indicator.builder()
        .id("i")
        .name("Indicator")
        .desiredDirection(Direction.INCREASE)
        .level(IndicatorLevel.POPULATION);
  }

  static Goal.Builder goal() {
    return Goal.builder().id("g").statement("A goal");
  }

  static Activity.Builder activity() {
    return Activity.builder().id("a").name("Activity").start(DAY);
  }

  static WorkingGroup.Builder workingGroup() {
    return WorkingGroup.builder().id("w").name("Group");
  }

  static MeetingSeries.Builder meetingSeries() {
    return MeetingSeries.builder()
        .id("m")
        .name("Meeting")
        .kind(MeetingKind.STEERING_COMMITTEE)
        .cadence(Cadence.MONTHLY);
  }

  static Channel.Builder channel() {
    return Channel.builder()
        .id("c")
        .name("Channel")
        .kind(ChannelKind.NEWSLETTER)
        .audience(Audience.PUBLIC)
        .publishesResults(true);
  }

  static Observation.Builder observation() {
    return Observation.builder().indicatorId("i").period(ReportingPeriod.ofYear(2024)).value(1);
  }

  /** Each attribute that must not be blank, as type and attribute, with a build that sets it to a value. */
  private static Map<String, Function<String, Object>> blankable() {
    Map<String, Function<String, Object>> cases = new LinkedHashMap<>();
    cases.put("Initiative.id", s -> Initiative.builder().id(s).name("Initiative").build());
    cases.put("Initiative.name", s -> Initiative.builder().id("x").name(s).build());
    cases.put("Partner.id", s -> partner().id(s).build());
    cases.put("Partner.name", s -> partner().name(s).build());
    cases.put("Indicator.id", s -> indicator().id(s).build());
    cases.put("Indicator.name", s -> indicator().name(s).build());
    cases.put("Indicator.dataPartnerIds", s -> indicator().addDataPartnerIds("p", s).build());
    cases.put("Goal.id", s -> goal().id(s).build());
    cases.put("Goal.statement", s -> goal().statement(s).build());
    cases.put("Goal.indicatorIds", s -> goal().addIndicatorIds(s).build());
    cases.put("Activity.id", s -> activity().id(s).build());
    cases.put("Activity.name", s -> activity().name(s).build());
    cases.put("Activity.leadPartnerId", s -> activity().leadPartnerId(s).build());
    cases.put(
        "Activity.contributingPartnerIds", s -> activity().addContributingPartnerIds(s).build());
    cases.put("Activity.goalIds", s -> activity().addGoalIds("g", s).build());
    cases.put("Activity.indicatorIds", s -> activity().addIndicatorIds(s).build());
    cases.put("Activity.workingGroupId", s -> activity().workingGroupId(s).build());
    cases.put("WorkingGroup.id", s -> workingGroup().id(s).build());
    cases.put("WorkingGroup.name", s -> workingGroup().name(s).build());
    cases.put("WorkingGroup.memberPartnerIds", s -> workingGroup().addMemberPartnerIds(s).build());
    cases.put("WorkingGroup.goalIds", s -> workingGroup().addGoalIds(s).build());
    cases.put("WorkingGroup.indicatorIds", s -> workingGroup().addIndicatorIds(s).build());
    cases.put("MeetingSeries.id", s -> meetingSeries().id(s).build());
    cases.put("MeetingSeries.name", s -> meetingSeries().name(s).build());
    cases.put(
        "MeetingSeries.participantPartnerIds",
        s -> meetingSeries().addParticipantPartnerIds(s).build());
    cases.put("MeetingSeries.workingGroupId", s -> meetingSeries().workingGroupId(s).build());
    cases.put("Channel.id", s -> channel().id(s).build());
    cases.put("Channel.name", s -> channel().name(s).build());
    cases.put("Channel.partnerIds", s -> channel().addPartnerIds("p", s).build());
    cases.put("Observation.indicatorId", s -> observation().indicatorId(s).build());
    cases.put("Observation.partnerId", s -> observation().partnerId(s).build());
    cases.put("Endorsement.partnerId", s -> Endorsement.of(s, DAY));
    cases.put("EquityFocus.populations", s -> EquityFocus.builder().addPopulations(s).build());
    cases.put("Backbone.name", s -> Backbone.builder().name(s).build());
    cases.put("Backbone.partnerId", s -> Backbone.builder().name("Backbone").partnerId(s).build());
    cases.put(
        "BackboneRole.partnerId",
        s -> BackboneRole.builder().function(BackboneFunction.ADVANCE_POLICY).partnerId(s).build());
    cases.put("FundingSource.name", s -> FundingSource.builder().name(s).build());
    cases.put(
        "FundingSource.partnerId", s -> FundingSource.builder().name("Fund").partnerId(s).build());
    cases.put("StaffPosition.role", s -> StaffPosition.of(s, 1));
    cases.put("Disaggregation.group", s -> Disaggregation.of(DisaggregationDimension.INCOME, s));
    cases.put("ExternalCode.catalogue", s -> ExternalCode.of(s, "1"));
    cases.put("ExternalCode.code", s -> ExternalCode.of("catalogue", s));
    return cases;
  }

  @Property(tries = 50)
  void blankIdsNamesAndReferencesAreRejected(@ForAll("blanks") String blank) {
    for (Map.Entry<String, Function<String, Object>> c : blankable().entrySet()) {
      String[] typeAndAttribute = c.getKey().split("\\.", -1);
      assertInvalid(
          typeAndAttribute[0], typeAndAttribute[1], quoted(blank), () -> c.getValue().apply(blank));
      // The same value that is not blank is accepted.
      assertNotNull(c.getValue().apply(blank + "x"));
    }
  }

  @Property(tries = 50)
  void aCopyWithABlankIdIsRejectedToo(@ForAll("blanks") String blank) {
    assertInvalid("Partner", "id", quoted(blank), () -> partner().build().withId(blank));
    InvalidModelException element =
        assertInvalid(
            "Indicator",
            "dataPartnerIds",
            quoted(blank),
            () -> indicator().build().withDataPartnerIds("p", blank));
    // The element's position is named, so that a reader can point at it.
    assertEquals(java.util.OptionalInt.of(1), element.index());
    assertTrue(element.getMessage().contains("dataPartnerIds[1]"), element.getMessage());
    assertEquals(
        java.util.OptionalInt.empty(),
        assertThrows(InvalidModelException.class, () -> partner().id(blank).build()).index());
    assertInvalid(
        "Initiative",
        "name",
        quoted(blank),
        () -> Initiative.builder().id("x").name("X").build().withName(blank));
  }

  @Property
  void aPeriodOrActivityMustNotStartAfterItEnds(
      @ForAll @IntRange(min = -20000, max = 40000) int startDay,
      @ForAll @IntRange(min = 1, max = 4000) int days) {
    LocalDate end = LocalDate.ofEpochDay(startDay);
    LocalDate start = end.plusDays(days);
    assertInvalid(
        "ReportingPeriod", "start", start.toString(), () -> ReportingPeriod.of(start, end));
    assertInvalid(
        "Activity", "start", start.toString(), () -> activity().start(start).end(end).build());
    assertInvalid(
        "Activity",
        "start",
        start.toString(),
        () -> activity().start(end).end(end).build().withStart(start));
    assertEquals(end, ReportingPeriod.of(end, end).end());
    assertEquals(start, ReportingPeriod.of(end, start).end());
    assertEquals(start, activity().start(end).end(start).build().end().orElseThrow());
  }

  @Property
  void aBaselineMustNotBeDatedAfterTheTarget(
      @ForAll @IntRange(min = -20000, max = 40000) int targetDay,
      @ForAll @IntRange(min = 1, max = 4000) int days) {
    LocalDate target = LocalDate.ofEpochDay(targetDay);
    LocalDate baseline = target.plusDays(days);
    assertInvalid(
        "Indicator",
        "baseline",
        baseline.toString(),
        () ->
            indicator()
                .baseline(DatedValue.of(1, baseline))
                .target(DatedValue.of(2, target))
                .build());
    indicator().baseline(DatedValue.of(1, target)).target(DatedValue.of(2, target)).build();
  }

  @Property
  void anInterimTargetLiesBetweenTheBaselineAndTheTarget(
      @ForAll @IntRange(min = -20000, max = 40000) int baselineDay,
      @ForAll @IntRange(min = 0, max = 4000) int span,
      @ForAll @IntRange(min = 1, max = 400) int outside) {
    LocalDate baseline = LocalDate.ofEpochDay(baselineDay);
    LocalDate target = baseline.plusDays(span);
    LocalDate early = baseline.minusDays(outside);
    LocalDate late = target.plusDays(outside);
    assertInvalid(
        "Indicator",
        "baseline",
        baseline.toString(),
        () ->
            indicator()
                .baseline(DatedValue.of(1, baseline))
                .target(DatedValue.of(3, target))
                .addInterimTargets(DatedValue.of(2, early))
                .build());
    assertInvalid(
        "Indicator",
        "interimTargets",
        late.toString(),
        () ->
            indicator()
                .baseline(DatedValue.of(1, baseline))
                .target(DatedValue.of(3, target))
                .addInterimTargets(DatedValue.of(2, late))
                .build());
    indicator()
        .baseline(DatedValue.of(1, baseline))
        .target(DatedValue.of(3, target))
        .addInterimTargets(DatedValue.of(2, baseline), DatedValue.of(2, target))
        .build();
  }

  @Property(tries = 30)
  void numbersMustBeFinite(@ForAll("nonFinite") double value) {
    String text = String.valueOf(value);
    assertInvalid("DatedValue", "value", text, () -> DatedValue.of(value, DAY));
    assertInvalid("Observation", "value", text, () -> observation().value(value).build());
    assertInvalid("StaffPosition", "fte", text, () -> StaffPosition.of("Director", value));
    assertInvalid("Observation", "value", text, () -> observation().build().withValue(value));
  }

  @Provide
  Arbitrary<Double> outsidePercent() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e9, 0).filter(d -> d < 0),
        Arbitraries.doubles().between(100, 1e9).filter(d -> d > 100));
  }

  @Property
  void aPercentIndicatorsValuesLieWithinZeroToOneHundred(@ForAll("outsidePercent") double value) {
    String text = String.valueOf(value);
    DatedValue bad = DatedValue.of(value, DAY);
    Indicator.Builder percent = indicator().unit(Unit.PERCENT);
    assertInvalid(
        "Indicator", "baseline", text, () -> indicator().unit(Unit.PERCENT).baseline(bad).build());
    assertInvalid(
        "Indicator", "target", text, () -> indicator().unit(Unit.PERCENT).target(bad).build());
    assertInvalid(
        "Indicator", "interimTargets", text, () -> percent.addInterimTargets(bad).build());
    // Without a unit, or with a unit that takes any number, the value is accepted.
    indicator().baseline(bad).build();
    indicator().unit(Unit.SCORE).baseline(bad).build();
  }

  @Property
  void aCountIndicatorsValuesAreWholeNumbers(
      @ForAll @IntRange(min = 0, max = 100000) int whole,
      @ForAll @IntRange(min = 1, max = 999) int thousandths) {
    double value = whole + thousandths / 1000.0;
    assertInvalid(
        "Indicator",
        "target",
        String.valueOf(value),
        () -> indicator().unit(Unit.COUNT).target(DatedValue.of(value, DAY)).build());
    indicator().unit(Unit.COUNT).target(DatedValue.of(whole, DAY)).build();
  }

  @Property
  void aStaffPositionsFteIsNotNegative(@ForAll @IntRange(min = 1, max = 1000000) int millionths) {
    double fte = -millionths / 1e6;
    assertInvalid(
        "StaffPosition", "fte", String.valueOf(fte), () -> StaffPosition.of("Director", fte));
    assertEquals(0.0, StaffPosition.of("Volunteer", 0).fte().getAsDouble());
  }

  @Property
  void aCadenceIsAPositivePeriod(
      @ForAll @IntRange(min = -3, max = 3) int years,
      @ForAll @IntRange(min = -3, max = 3) int months,
      @ForAll @IntRange(min = -40, max = 40) int days) {
    Period period = Period.of(years, months, days);
    if (years >= 0 && months >= 0 && days >= 0 && !period.isZero()) {
      Cadence cadence = Cadence.of(period);
      assertEquals(period, cadence.period());
      assertEquals(cadence, Cadence.parse(cadence.toString()));
    } else {
      assertInvalid("Cadence", "period", period.toString(), () -> Cadence.of(period));
      // Text with a sign is refused as text; a zero period parses, and is refused as a period.
      String shown = period.isZero() ? period.toString() : quoted(period.toString());
      assertInvalid("Cadence", "period", shown, () -> Cadence.parse(period.toString()));
    }
  }

  @Property(tries = 100)
  void aCadenceThatDoesNotParseIsRejected(@ForAll("unparsable") String text) {
    assertInvalid("Cadence", "period", quoted(text), () -> Cadence.parse(text));
  }

  @Property(tries = 100)
  void aCadenceIsWrittenInUpperCaseWithoutSignsAndAtMostACenturyLong(
      @ForAll @IntRange(min = 1, max = 200) int years,
      @ForAll @IntRange(min = 1, max = 40_000) int days) {
    for (String text : List.of("p1m", "P-1M", "-P1M", "P1m", "+P1M")) {
      assertInvalid("Cadence", "period", quoted(text), () -> Cadence.parse(text));
    }
    Period ofYears = Period.ofYears(years);
    if (years <= 100) {
      assertEquals(ofYears, Cadence.parse("P" + years + "Y").period());
    } else {
      assertInvalid("Cadence", "period", ofYears.toString(), () -> Cadence.of(ofYears));
    }
    Period ofDays = Period.ofDays(days);
    if (days <= 1200 * 31) {
      assertEquals(ofDays, Cadence.of(ofDays).period());
    } else {
      assertInvalid("Cadence", "period", ofDays.toString(), () -> Cadence.of(ofDays));
    }
  }

  @Provide
  Arbitrary<String> unparsable() {
    return Arbitraries.oneOf(
        Arbitraries.of("monthly", "1M", "P", "PT1H", "P1.5M", "", "P1M ", "p1m2"),
        Arbitraries.strings().alpha().ofMaxLength(6).map(s -> "Q" + s));
  }

  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.strings()
        .withChars('a', 'z', 'Q', '0', '9', '_', '-', ' ', 'é')
        .ofMaxLength(8);
  }

  @Property(tries = 300)
  void aDimensionKeyIsLowerCaseSnakeCase(@ForAll("keys") String key) {
    if (SNAKE_CASE.matcher(key).matches()) {
      assertEquals(key, DisaggregationDimension.of(key).key());
      assertEquals(DisaggregationDimension.of(key), DisaggregationDimension.of(key));
    } else {
      assertInvalid(
          "DisaggregationDimension", "key", quoted(key), () -> DisaggregationDimension.of(key));
    }
  }

  @Example
  void typicalBadDimensionKeysAreRejected() {
    for (String key :
        List.of("Race", "race-ethnicity", "_race", "race_", "race__ethnicity", "9lives", "")) {
      assertInvalid(
          "DisaggregationDimension", "key", quoted(key), () -> DisaggregationDimension.of(key));
    }
  }

  /** Each collection attribute, with a build that adds a null element to it. */
  private static Map<String, Supplier<Object>> nullElements() {
    Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
    cases.put("partners", () -> Initiative.builder().addPartners((Partner) null));
    cases.put(
        "indicators",
        () -> Initiative.builder().addAllIndicators(Arrays.asList(indicator().build(), null)));
    cases.put("observations", () -> Initiative.builder().addObservations((Observation) null));
    cases.put(
        "activities", () -> Initiative.builder().addAllActivities(Arrays.asList((Activity) null)));
    cases.put("workingGroups", () -> Initiative.builder().addWorkingGroups((WorkingGroup) null));
    cases.put("meetingSeries", () -> Initiative.builder().addMeetingSeries((MeetingSeries) null));
    cases.put("channels", () -> Initiative.builder().addChannels((Channel) null));
    cases.put("roles", () -> partner().addRoles((PartnerRole) null));
    cases.put("dataPartnerIds", () -> indicator().addDataPartnerIds("p", null));
    cases.put(
        "disaggregations",
        () -> indicator().addAllDisaggregations(Arrays.asList((DisaggregationDimension) null)));
    cases.put("externalCodes", () -> indicator().addExternalCodes((ExternalCode) null));
    cases.put("interimTargets", () -> indicator().addInterimTargets((DatedValue) null));
    cases.put("goals", () -> CommonAgenda.builder().addGoals((Goal) null));
    cases.put("endorsements", () -> CommonAgenda.builder().addEndorsements((Endorsement) null));
    cases.put("indicatorIds", () -> goal().addIndicatorIds((String) null));
    cases.put(
        "contributingPartnerIds",
        () -> activity().addAllContributingPartnerIds(Arrays.asList("p", null)));
    cases.put("goalIds", () -> activity().addGoalIds((String) null));
    cases.put("memberPartnerIds", () -> workingGroup().addMemberPartnerIds((String) null));
    cases.put(
        "participantPartnerIds", () -> meetingSeries().addParticipantPartnerIds((String) null));
    cases.put("meetingDates", () -> meetingSeries().addMeetingDates((LocalDate) null));
    cases.put("partnerIds", () -> channel().addPartnerIds((String) null));
    cases.put("staff", () -> Backbone.builder().addStaff((StaffPosition) null));
    cases.put("fundingSources", () -> Backbone.builder().addFundingSources((FundingSource) null));
    cases.put(
        "dimensions", () -> EquityFocus.builder().addDimensions((DisaggregationDimension) null));
    cases.put("populations", () -> EquityFocus.builder().addPopulations((String) null));
    return cases;
  }

  @Example
  void nullElementsAreRejectedNamingTheAttribute() {
    for (Map.Entry<String, Supplier<Object>> c : nullElements().entrySet()) {
      NullPointerException e =
          assertThrows(NullPointerException.class, c.getValue()::get, c.getKey());
      assertTrue(
          String.valueOf(e.getMessage()).contains(c.getKey()), c.getKey() + ": " + e.getMessage());
    }
  }

  @Example
  void nullValuesAreRejectedNamingTheAttribute() {
    Map<String, Executable> cases = new LinkedHashMap<>();
    cases.put("id", () -> partner().id(null));
    cases.put("sector", () -> partner().sector(null));
    cases.put("leadPartnerId", () -> activity().leadPartnerId((String) null));
    cases.put("cadence", () -> meetingSeries().cadence(null));
    cases.put("period", () -> observation().period(null));
    cases.put("key", () -> DisaggregationDimension.of(null));
    for (Map.Entry<String, Executable> c : cases.entrySet()) {
      NullPointerException e = assertThrows(NullPointerException.class, c.getValue(), c.getKey());
      assertTrue(
          String.valueOf(e.getMessage()).contains(c.getKey()), c.getKey() + ": " + e.getMessage());
    }
  }

  @Example
  void aQuarterLiesWithinOneToFour() {
    for (int quarter : new int[] {0, 5, -1}) {
      assertInvalid(
          "ReportingPeriod",
          "quarter",
          String.valueOf(quarter),
          () -> ReportingPeriod.ofQuarter(2024, quarter));
    }
  }
}
