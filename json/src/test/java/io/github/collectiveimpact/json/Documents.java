package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.ActivityKind;
import io.github.collectiveimpact.model.Audience;
import io.github.collectiveimpact.model.Backbone;
import io.github.collectiveimpact.model.BackboneFunction;
import io.github.collectiveimpact.model.BackboneRole;
import io.github.collectiveimpact.model.BackboneType;
import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.Channel;
import io.github.collectiveimpact.model.ChannelKind;
import io.github.collectiveimpact.model.CommonAgenda;
import io.github.collectiveimpact.model.DateRange;
import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.Disaggregation;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Endorsement;
import io.github.collectiveimpact.model.EquityFocus;
import io.github.collectiveimpact.model.ExternalCode;
import io.github.collectiveimpact.model.FundingSource;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.IndicatorLevel;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.MonetaryAmount;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.ReportingPeriod;
import io.github.collectiveimpact.model.Sector;
import io.github.collectiveimpact.model.SectorFamily;
import io.github.collectiveimpact.model.StaffPosition;
import io.github.collectiveimpact.model.SystemsChange;
import io.github.collectiveimpact.model.SystemsChangeKind;
import io.github.collectiveimpact.model.Unit;
import io.github.collectiveimpact.model.WorkingGroup;
import java.time.LocalDate;
import java.util.List;

/** A hand-written initiative document that uses every model type, and the initiative it describes. */
public final class Documents {
  /**
   * A valid document of schema version 1.1 that uses every attribute of the model; each line holds one
   * top-level property, so that tests can edit it by text.
   */
  public static final String ROAD_MAP =
      """
      {
        "schemaVersion": "1.1",
        "id": "road-map",
        "name": "The Road Map Project",
        "description": "Cradle to college and career in South King County",
        "launchDate": "2010-06-01",
        "commonAgenda": {"problemStatement": "Too few students finish college", "goals": [{"id": "g1", "statement": "Double the completion rate", "indicatorIds": ["i1"], "targetDate": "2030-06-30", "equityFocus": {"dimensions": ["race_ethnicity"], "populations": ["Black students"]}}], "endorsements": [{"partnerId": "p1", "date": "2011-01-15"}]},
        "partners": [{"id": "p1", "name": "City of Seattle", "sector": "government", "roles": ["funder"], "joined": "2010-06-01"}, {"id": "p2", "name": "Seattle Schools", "sector": "k12_education"}, {"id": "p3", "name": "Parent Leadership Council", "sector": "community", "roles": ["lived_experience"]}, {"id": "p4", "name": "Little Steps Preschool", "sector": "early_childhood", "family": "business"}],
        "backbone": {"name": "CCER", "type": "new_nonprofit", "staff": [{"role": "Director", "fte": 1.0}, {"role": "Organisers", "headcount": 3}], "fundingSources": [{"name": "A Foundation", "partnerId": "p1", "amount": {"value": 1500000.0, "currency": "USD"}, "committed": {"start": "2024-01-01", "end": "2027-12-31"}}], "roles": [{"function": "guide_vision_and_strategy", "description": "Sets the strategy"}]},
        "indicators": [{"id": "i1", "name": "College completion", "unit": "percent", "desiredDirection": "increase", "level": "population", "baseline": {"value": 41.5, "date": "2010-06-30"}, "target": {"value": 70.0, "date": "2030-06-30"}, "reportingFrequency": "P1Y", "dataPartnerIds": ["p2"], "disaggregations": ["income", "race_ethnicity"], "externalCodes": [{"catalogue": "strivetogether_outcome", "code": "postsecondary"}]}],
        "observations": [{"indicatorId": "i1", "period": {"start": "2019-07-01", "end": "2020-06-30"}, "value": 45.25, "partnerId": "p2", "disaggregation": {"dimension": "income", "group": "low income"}, "note": "preliminary"}],
        "activities": [{"id": "a1", "name": "Tutoring", "leadPartnerId": "p2", "contributingPartnerIds": ["p1"], "goalIds": ["g1"], "indicatorIds": ["i1"], "workingGroupId": "wg1", "start": "2015-09-01", "end": "2020-06-30", "kind": "program_delivery"}],
        "workingGroups": [{"id": "wg1", "name": "Early learning", "memberPartnerIds": ["p1", "p2"], "goalIds": ["g1"]}],
        "meetingSeries": [{"id": "m1", "name": "Steering committee", "kind": "steering_committee", "participantPartnerIds": ["p1", "p2"], "cadence": "P3M", "meetingDates": ["2020-01-15", "2020-04-15"], "reviewsResults": true}],
        "channels": [{"id": "c1", "name": "Results dashboard", "kind": "shared_dashboard", "audience": "public", "publishesResults": true, "partnerIds": ["p1"]}],
        "systemsChanges": [{"id": "s1", "date": "2019-05-01", "kind": "policy", "description": "The district funds a common kindergarten readiness assessment", "partnerIds": ["p2"], "source": "School board resolution"}]
      }
      """;

  /**
   * A document of schema version 1.0, as the first release wrote it: the same initiative without the
   * attributes 1.1 added.
   */
  static final String ROAD_MAP_1_0 =
      """
      {
        "schemaVersion": "1.0",
        "id": "road-map",
        "name": "The Road Map Project",
        "description": "Cradle to college and career in South King County",
        "launchDate": "2010-06-01",
        "commonAgenda": {"problemStatement": "Too few students finish college", "goals": [{"id": "g1", "statement": "Double the completion rate", "indicatorIds": ["i1"], "targetDate": "2030-06-30", "equityFocus": {"dimensions": ["race_ethnicity"], "populations": ["Black students"]}}], "endorsements": [{"partnerId": "p1", "date": "2011-01-15"}]},
        "partners": [{"id": "p1", "name": "City of Seattle", "sector": "government", "roles": ["funder"], "joined": "2010-06-01"}, {"id": "p2", "name": "Seattle Schools", "sector": "k12_education"}],
        "backbone": {"name": "CCER", "type": "new_nonprofit", "staff": [{"role": "Director", "fte": 1.0}], "fundingSources": [{"name": "A Foundation", "partnerId": "p1"}], "roles": [{"function": "guide_vision_and_strategy", "description": "Sets the strategy"}]},
        "indicators": [{"id": "i1", "name": "College completion", "unit": "percent", "desiredDirection": "increase", "level": "population", "baseline": {"value": 41.5, "date": "2010-06-30"}, "target": {"value": 70.0, "date": "2030-06-30"}, "reportingFrequency": "P1Y", "dataPartnerIds": ["p2"], "disaggregations": ["income", "race_ethnicity"], "externalCodes": [{"catalogue": "strivetogether_outcome", "code": "postsecondary"}]}],
        "observations": [{"indicatorId": "i1", "period": {"start": "2019-07-01", "end": "2020-06-30"}, "value": 45.25, "partnerId": "p2", "disaggregation": {"dimension": "income", "group": "low income"}, "note": "preliminary"}],
        "activities": [{"id": "a1", "name": "Tutoring", "leadPartnerId": "p2", "contributingPartnerIds": ["p1"], "goalIds": ["g1"], "indicatorIds": ["i1"], "workingGroupId": "wg1", "start": "2015-09-01", "end": "2020-06-30"}],
        "workingGroups": [{"id": "wg1", "name": "Early learning", "memberPartnerIds": ["p1", "p2"], "goalIds": ["g1"]}],
        "meetingSeries": [{"id": "m1", "name": "Steering committee", "kind": "steering_committee", "participantPartnerIds": ["p1", "p2"], "cadence": "P3M", "meetingDates": ["2020-01-15", "2020-04-15"]}],
        "channels": [{"id": "c1", "name": "Results dashboard", "kind": "shared_dashboard", "audience": "public", "publishesResults": true, "partnerIds": ["p1"]}]
      }
      """;

  /** The smallest valid document. */
  public static final String MINIMAL =
      "{\"schemaVersion\": \"1.1\", \"id\": \"x\", \"name\": \"Minimal\"}";

  private Documents() {}

  /** {@link #ROAD_MAP} with one occurrence of {@code target} replaced. */
  public static String roadMapWith(String target, String replacement) {
    int at = ROAD_MAP.indexOf(target);
    assertEquals(
        at, ROAD_MAP.lastIndexOf(target), "the text to replace must occur once: " + target);
    if (at < 0) {
      throw new IllegalArgumentException("not in the document: " + target);
    }
    return ROAD_MAP.substring(0, at) + replacement + ROAD_MAP.substring(at + target.length());
  }

  /** The initiative {@link #ROAD_MAP} describes, built with the model's builders. */
  static Initiative roadMap() {
    Initiative v10 = roadMap10();
    Backbone backbone = v10.backbone().orElseThrow();
    return Initiative.builder()
        .from(v10)
        .addPartners(
            Partner.builder()
                .id("p3")
                .name("Parent Leadership Council")
                .sector(Sector.COMMUNITY)
                .addRoles(PartnerRole.LIVED_EXPERIENCE)
                .build(),
            Partner.builder()
                .id("p4")
                .name("Little Steps Preschool")
                .sector(Sector.EARLY_CHILDHOOD)
                .family(SectorFamily.BUSINESS)
                .build())
        .backbone(
            backbone
                .withStaff(
                    StaffPosition.of("Director", 1.0),
                    StaffPosition.builder().role("Organisers").headcount(3).build())
                .withFundingSources(
                    FundingSource.builder()
                        .name("A Foundation")
                        .partnerId("p1")
                        .amount(MonetaryAmount.of(1_500_000, "USD"))
                        .committed(
                            DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)))
                        .build()))
        .activities(List.of(v10.activities().get(0).withKind(ActivityKind.PROGRAM_DELIVERY)))
        .meetingSeries(List.of(v10.meetingSeries().get(0).withReviewsResults(true)))
        .addSystemsChanges(
            SystemsChange.builder()
                .id("s1")
                .date(LocalDate.of(2019, 5, 1))
                .kind(SystemsChangeKind.POLICY)
                .description("The district funds a common kindergarten readiness assessment")
                .addPartnerIds("p2")
                .source("School board resolution")
                .build())
        .build();
  }

  /** The initiative {@link #ROAD_MAP_1_0} describes, built with the model's builders. */
  static Initiative roadMap10() {
    return Initiative.builder()
        .id("road-map")
        .name("The Road Map Project")
        .description("Cradle to college and career in South King County")
        .launchDate(LocalDate.of(2010, 6, 1))
        .commonAgenda(
            CommonAgenda.builder()
                .problemStatement("Too few students finish college")
                .addGoals(
                    Goal.builder()
                        .id("g1")
                        .statement("Double the completion rate")
                        .addIndicatorIds("i1")
                        .targetDate(LocalDate.of(2030, 6, 30))
                        .equityFocus(
                            EquityFocus.builder()
                                .addDimensions(DisaggregationDimension.RACE_ETHNICITY)
                                .addPopulations("Black students")
                                .build())
                        .build())
                .addEndorsements(Endorsement.of("p1", LocalDate.of(2011, 1, 15)))
                .build())
        .addPartners(
            Partner.builder()
                .id("p1")
                .name("City of Seattle")
                .sector(Sector.GOVERNMENT)
                .addRoles(PartnerRole.FUNDER)
                .joined(LocalDate.of(2010, 6, 1))
                .build(),
            Partner.builder().id("p2").name("Seattle Schools").sector(Sector.K12_EDUCATION).build())
        .backbone(
            Backbone.builder()
                .name("CCER")
                .type(BackboneType.NEW_NONPROFIT)
                .addStaff(StaffPosition.of("Director", 1.0))
                .addFundingSources(
                    FundingSource.builder().name("A Foundation").partnerId("p1").build())
                .addRoles(
                    BackboneRole.of(
                        BackboneFunction.GUIDE_VISION_AND_STRATEGY, "Sets the strategy"))
                .build())
        .addIndicators(
            Indicator.builder()
                .id("i1")
                .name("College completion")
                .unit(Unit.PERCENT)
                .desiredDirection(Direction.INCREASE)
                .level(IndicatorLevel.POPULATION)
                .baseline(DatedValue.of(41.5, LocalDate.of(2010, 6, 30)))
                .target(DatedValue.of(70, LocalDate.of(2030, 6, 30)))
                .reportingFrequency(Cadence.ANNUALLY)
                .addDataPartnerIds("p2")
                .addDisaggregations(
                    DisaggregationDimension.RACE_ETHNICITY, DisaggregationDimension.INCOME)
                .addExternalCodes(
                    ExternalCode.of(ExternalCode.STRIVETOGETHER_OUTCOME, "postsecondary"))
                .build())
        .addObservations(
            Observation.builder()
                .indicatorId("i1")
                .period(ReportingPeriod.ofSchoolYear(2019))
                .value(45.25)
                .partnerId("p2")
                .disaggregation(Disaggregation.of(DisaggregationDimension.INCOME, "low income"))
                .note("preliminary")
                .build())
        .addActivities(
            Activity.builder()
                .id("a1")
                .name("Tutoring")
                .leadPartnerId("p2")
                .addContributingPartnerIds("p1")
                .addGoalIds("g1")
                .addIndicatorIds("i1")
                .workingGroupId("wg1")
                .start(LocalDate.of(2015, 9, 1))
                .end(LocalDate.of(2020, 6, 30))
                .build())
        .addWorkingGroups(
            WorkingGroup.builder()
                .id("wg1")
                .name("Early learning")
                .addMemberPartnerIds("p1", "p2")
                .addGoalIds("g1")
                .build())
        .addMeetingSeries(
            MeetingSeries.builder()
                .id("m1")
                .name("Steering committee")
                .kind(MeetingKind.STEERING_COMMITTEE)
                .addParticipantPartnerIds("p1", "p2")
                .cadence(Cadence.QUARTERLY)
                .addMeetingDates(LocalDate.of(2020, 1, 15), LocalDate.of(2020, 4, 15))
                .build())
        .addChannels(
            Channel.builder()
                .id("c1")
                .name("Results dashboard")
                .kind(ChannelKind.SHARED_DASHBOARD)
                .audience(Audience.PUBLIC)
                .publishesResults(true)
                .addPartnerIds("p1")
                .build())
        .build();
  }
}
