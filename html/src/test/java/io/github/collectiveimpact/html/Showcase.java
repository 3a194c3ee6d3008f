package io.github.collectiveimpact.html;

import static io.github.collectiveimpact.model.DisaggregationDimension.INCOME;
import static io.github.collectiveimpact.model.DisaggregationDimension.RACE_ETHNICITY;

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
import io.github.collectiveimpact.model.StaffPosition;
import io.github.collectiveimpact.model.SystemsChange;
import io.github.collectiveimpact.model.SystemsChangeKind;
import io.github.collectiveimpact.model.Unit;
import io.github.collectiveimpact.model.WorkingGroup;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cradle-to-career initiative of the size of the showcase's, made up for the tests: seven partners of
 * five families, four indicators with ten years of data, interim and final targets and gaps by income and
 * by race and ethnicity, working groups, activities, meetings, channels and a staffed, funded backbone.
 * Every number is illustrative.
 */
final class Showcase {
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String JAVASCRIPT = "javascript:alert(1)";

  private Showcase() {}

  static Initiative initiative() {
    return build("Eastside Cradle to Career", "Eastside Partnership for Children", null, null);
  }

  /**
   * The same initiative with hostile text where users type: a partner named {@link #SCRIPT}, a
   * description with {@link #IMG}, and a data source {@link #JAVASCRIPT}.
   */
  static Initiative hostile() {
    return build("Eastside " + SCRIPT, SCRIPT, "Cradle to career " + IMG, JAVASCRIPT);
  }

  static ValidationReport report(Initiative initiative, Locale locale) {
    return Validator.builder().asOf(AS_OF).locale(locale).build().validate(initiative);
  }

  private static Initiative build(
      String name, String backboneName, String description, String hostileSource) {
    Initiative.Builder b =
        Initiative.builder()
            .id("eastside")
            .name(name)
            .description(
                description != null
                    ? description
                    : "A partnership of the schools, the city, funders, employers and families of"
                        + " Eastside, so that every child succeeds from cradle to career.")
            .geography("Eastside, a city of 180,000")
            .launchDate(LocalDate.of(2015, 9, 1))
            .commonAgenda(agenda())
            .addPartners(
                partner("backbone", backboneName, Sector.NONPROFIT, PartnerRole.DATA_PARTNER),
                partner(
                    "district",
                    "Eastside School District",
                    Sector.K12_EDUCATION,
                    PartnerRole.DATA_PARTNER,
                    PartnerRole.STEERING_COMMITTEE_MEMBER,
                    PartnerRole.WORKING_GROUP_LEAD),
                partner(
                    "city",
                    "City of Eastside",
                    Sector.GOVERNMENT,
                    PartnerRole.STEERING_COMMITTEE_MEMBER,
                    PartnerRole.POLICY_ADVOCATE),
                partner(
                    "foundation",
                    "Eastside Community Foundation",
                    Sector.PHILANTHROPY,
                    PartnerRole.FUNDER,
                    PartnerRole.STEERING_COMMITTEE_MEMBER,
                    PartnerRole.CHAMPION),
                partner(
                    "employers",
                    "Eastside Employers' Council",
                    Sector.BUSINESS,
                    PartnerRole.WORKING_GROUP_MEMBER,
                    PartnerRole.DATA_PARTNER),
                partner(
                    "early-learning",
                    "Early Learning Coalition",
                    Sector.EARLY_CHILDHOOD,
                    PartnerRole.SERVICE_PROVIDER,
                    PartnerRole.DATA_PARTNER,
                    PartnerRole.WORKING_GROUP_LEAD),
                partner(
                    "parents",
                    "Parents' Council of Eastside",
                    Sector.COMMUNITY,
                    PartnerRole.LIVED_EXPERIENCE,
                    PartnerRole.STEERING_COMMITTEE_MEMBER,
                    PartnerRole.WORKING_GROUP_MEMBER))
            .addIndicators(
                percent(
                    "kindergarten-ready",
                    "Children ready for kindergarten",
                    Direction.INCREASE,
                    42,
                    new double[] {50, 56},
                    65,
                    hostileSource != null ? hostileSource : "State kindergarten entry assessment",
                    "early-learning"),
                percent(
                    "grade-3-reading",
                    "Third graders reading at grade level",
                    Direction.INCREASE,
                    58,
                    new double[] {63, 68},
                    75,
                    "State assessment results",
                    "district"),
                percent(
                    "chronic-absence",
                    "Students chronically absent",
                    Direction.DECREASE,
                    22,
                    new double[] {19, 16},
                    12,
                    "District attendance records",
                    "district"),
                Indicator.builder()
                    .id("youth-jobs")
                    .name("Young people placed in summer jobs")
                    .definition("Young people aged 16 to 24 placed in a paid summer job")
                    .unit(Unit.COUNT)
                    .desiredDirection(Direction.INCREASE)
                    .level(IndicatorLevel.PERFORMANCE)
                    .baseline(DatedValue.of(320, LocalDate.of(2017, 8, 31)))
                    .target(DatedValue.of(900, LocalDate.of(2027, 8, 31)))
                    .reportingFrequency(Cadence.ANNUALLY)
                    .dataSource("Placements reported by the employers")
                    .addDataPartnerIds("employers", "city")
                    .build())
            .addAllObservations(observations())
            .addWorkingGroups(
                WorkingGroup.builder()
                    .id("early-years")
                    .name("Early years work group")
                    .addMemberPartnerIds("early-learning", "parents", "district")
                    .addGoalIds("ready")
                    .addIndicatorIds("kindergarten-ready")
                    .build(),
                WorkingGroup.builder()
                    .id("school-success")
                    .name("School success work group")
                    .addMemberPartnerIds("district", "parents", "city")
                    .addGoalIds("succeed")
                    .addIndicatorIds("grade-3-reading", "chronic-absence")
                    .build(),
                WorkingGroup.builder()
                    .id("careers")
                    .name("Careers work group")
                    .addMemberPartnerIds("employers", "city", "backbone")
                    .addGoalIds("careers")
                    .addIndicatorIds("youth-jobs")
                    .build())
            .addActivities(
                activity(
                    "home-visits",
                    "Home visiting for families of infants",
                    "early-learning",
                    "early-years",
                    ActivityKind.PROGRAM_DELIVERY,
                    "kindergarten-ready"),
                activity(
                    "reading-tutors",
                    "Reading tutors in the early grades",
                    "district",
                    "school-success",
                    ActivityKind.PROGRAM_DELIVERY,
                    "grade-3-reading"),
                activity(
                    "attendance",
                    "Attendance outreach to families",
                    "parents",
                    "school-success",
                    ActivityKind.PROGRAM_DELIVERY,
                    "chronic-absence"),
                activity(
                    "summer-jobs",
                    "Summer jobs programme",
                    "employers",
                    "careers",
                    ActivityKind.PROGRAM_DELIVERY,
                    "youth-jobs"),
                activity(
                    "data-sharing",
                    "Data-sharing agreement and shared dashboard",
                    "backbone",
                    "school-success",
                    ActivityKind.DATA_AND_MEASUREMENT,
                    "grade-3-reading"),
                activity(
                    "pre-k-policy",
                    "Universal pre-kindergarten policy",
                    "city",
                    "early-years",
                    ActivityKind.SYSTEMS_CHANGE,
                    "kindergarten-ready"))
            .addSystemsChanges(
                SystemsChange.builder()
                    .id("pre-k-ordinance")
                    .date(LocalDate.of(2021, 3, 1))
                    .kind(SystemsChangeKind.POLICY)
                    .description("The city funds pre-kindergarten for every four-year-old")
                    .addPartnerIds("city", "early-learning")
                    .build(),
                SystemsChange.builder()
                    .id("attendance-practice")
                    .date(LocalDate.of(2023, 9, 1))
                    .kind(SystemsChangeKind.PRACTICE)
                    .description("Every school calls the family on a child's second day absent")
                    .addPartnerIds("district")
                    .build())
            .addAllMeetingSeries(meetings())
            .addChannels(
                Channel.builder()
                    .id("dashboard")
                    .name("Eastside results dashboard")
                    .kind(ChannelKind.SHARED_DASHBOARD)
                    .audience(Audience.PUBLIC)
                    .publishesResults(true)
                    .addPartnerIds("backbone")
                    .build(),
                Channel.builder()
                    .id("newsletter")
                    .name("Partners' newsletter")
                    .kind(ChannelKind.NEWSLETTER)
                    .audience(Audience.PARTNERS)
                    .publishesResults(false)
                    .addPartnerIds("backbone")
                    .build())
            .backbone(
                Backbone.builder()
                    .name(backboneName)
                    .partnerId("backbone")
                    .type(BackboneType.NEW_NONPROFIT)
                    .addStaff(
                        StaffPosition.of("Executive director", 1.0),
                        StaffPosition.of("Data manager", 1.0),
                        StaffPosition.of("Community engagement lead", 1.0))
                    .addFundingSources(
                        FundingSource.builder()
                            .name("Eastside Community Foundation")
                            .partnerId("foundation")
                            .amount(MonetaryAmount.of(450000, "USD"))
                            .committed(
                                DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)))
                            .build())
                    .addRoles(
                        BackboneRole.of(
                            BackboneFunction.GUIDE_VISION_AND_STRATEGY,
                            "Staffs the steering committee"),
                        BackboneRole.of(
                            BackboneFunction.SUPPORT_ALIGNED_ACTIVITIES,
                            "Convenes the work groups"),
                        BackboneRole.of(
                            BackboneFunction.ESTABLISH_SHARED_MEASUREMENT_PRACTICES,
                            "Keeps the dashboard"),
                        BackboneRole.of(BackboneFunction.BUILD_PUBLIC_WILL, "Community meetings"),
                        BackboneRole.of(BackboneFunction.ADVANCE_POLICY, "Pre-kindergarten policy"),
                        BackboneRole.of(BackboneFunction.MOBILIZE_FUNDING, "Aligns the funders"))
                    .build());
    return b.build();
  }

  private static CommonAgenda agenda() {
    EquityFocus focus =
        EquityFocus.builder()
            .addDimensions(RACE_ETHNICITY, INCOME)
            .addPopulations("children of low-income families", "Black and Latino children")
            .build();
    CommonAgenda.Builder agenda =
        CommonAgenda.builder()
            .problemStatement(
                "Too few Eastside children start school ready, read well by third grade and find a"
                    + " first job, and the gaps by income and race open early.")
            .vision("Every Eastside child succeeds, from cradle to career.")
            .addGoals(
                Goal.builder()
                    .id("ready")
                    .statement("Every child starts kindergarten ready to learn")
                    .addIndicatorIds("kindergarten-ready")
                    .targetDate(LocalDate.of(2028, 6, 30))
                    .equityFocus(focus)
                    .build(),
                Goal.builder()
                    .id("succeed")
                    .statement("Every child reads at grade level by third grade and attends school")
                    .addIndicatorIds("grade-3-reading", "chronic-absence")
                    .targetDate(LocalDate.of(2028, 6, 30))
                    .equityFocus(focus)
                    .build(),
                Goal.builder()
                    .id("careers")
                    .statement("Young people find a first job")
                    .addIndicatorIds("youth-jobs")
                    .targetDate(LocalDate.of(2027, 8, 31))
                    .build());
    for (String id :
        List.of(
            "backbone",
            "district",
            "city",
            "foundation",
            "employers",
            "early-learning",
            "parents")) {
      agenda.addEndorsements(
          Endorsement.builder().partnerId(id).date(LocalDate.of(2016, 3, 1)).build());
    }
    return agenda.build();
  }

  private static Partner partner(String id, String name, Sector sector, PartnerRole... roles) {
    return Partner.builder().id(id).name(name).sector(sector).addRoles(roles).build();
  }

  private static Indicator percent(
      String id,
      String name,
      Direction direction,
      double baseline,
      double[] interim,
      double target,
      String source,
      String partner) {
    return Indicator.builder()
        .id(id)
        .name(name)
        .definition(name + " (illustrative definition)")
        .unit(Unit.PERCENT)
        .desiredDirection(direction)
        .level(IndicatorLevel.POPULATION)
        .baseline(DatedValue.of(baseline, ReportingPeriod.ofSchoolYear(2016).end()))
        .addInterimTargets(
            DatedValue.of(interim[0], LocalDate.of(2020, 6, 30)),
            DatedValue.of(interim[1], LocalDate.of(2024, 6, 30)))
        .target(DatedValue.of(target, LocalDate.of(2028, 6, 30)))
        .reportingFrequency(Cadence.ANNUALLY)
        .dataSource(source)
        .addDataPartnerIds(partner, "backbone")
        .addDisaggregations(RACE_ETHNICITY, INCOME)
        .putReferenceGroups(INCOME, "not low income")
        .putReferenceGroups(RACE_ETHNICITY, "White")
        .build();
  }

  private static Activity activity(
      String id, String name, String lead, String group, ActivityKind kind, String indicator) {
    return Activity.builder()
        .id(id)
        .name(name)
        .leadPartnerId(lead)
        .addContributingPartnerIds("backbone")
        .workingGroupId(group)
        .addIndicatorIds(indicator)
        .start(LocalDate.of(2017, 9, 1))
        .kind(kind)
        .build();
  }

  private static List<MeetingSeries> meetings() {
    List<MeetingSeries> meetings = new ArrayList<>();
    meetings.add(
        MeetingSeries.builder()
            .id("steering")
            .name("Steering committee")
            .kind(MeetingKind.STEERING_COMMITTEE)
            .addParticipantPartnerIds("backbone", "district", "city", "foundation", "parents")
            .cadence(Cadence.QUARTERLY)
            .addAllMeetingDates(every(Cadence.QUARTERLY, LocalDate.of(2024, 1, 15)))
            .reviewsResults(true)
            .build());
    String[][] groups = {
      {"early-years", "early-learning", "parents", "district"},
      {"school-success", "district", "parents", "city"},
      {"careers", "employers", "city", "backbone"}
    };
    for (String[] g : groups) {
      meetings.add(
          MeetingSeries.builder()
              .id(g[0] + "-meetings")
              .name(g[0] + " meetings")
              .kind(MeetingKind.WORKING_GROUP)
              .workingGroupId(g[0])
              .addParticipantPartnerIds(g[1], g[2], g[3])
              .cadence(Cadence.MONTHLY)
              .addAllMeetingDates(every(Cadence.MONTHLY, LocalDate.of(2025, 9, 10)))
              .build());
    }
    return meetings;
  }

  private static List<LocalDate> every(Cadence cadence, LocalDate first) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(AS_OF.minusDays(10)); d = cadence.nextAfter(d)) {
      dates.add(d);
    }
    return dates;
  }

  private static List<Observation> observations() {
    List<Observation> all = new ArrayList<>();
    // Ten school years, 2016 to 2025, for the population; the latest two years by group.
    series(all, "kindergarten-ready", 42, 43, 45, 47, 46, 49, 52, 54, 55, 57);
    groups(
        all,
        "kindergarten-ready",
        new double[] {44, 46},
        new double[] {61, 64},
        new double[] {43, 44},
        new double[] {45, 46},
        new double[] {62, 65});
    series(all, "grade-3-reading", 58, 58, 59, 60, 57, 56, 58, 59, 60, 61);
    groups(
        all,
        "grade-3-reading",
        new double[] {47, 46},
        new double[] {70, 72},
        new double[] {46, 45},
        new double[] {48, 47},
        new double[] {71, 73});
    series(all, "chronic-absence", 22, 21, 21, 20, 27, 25, 21, 19, 17, 16);
    groups(
        all,
        "chronic-absence",
        new double[] {23, 21},
        new double[] {12, 11},
        new double[] {24, 22},
        new double[] {22, 20},
        new double[] {12, 11});
    // Placements: each summer, the employers' and the city's, summed.
    double[] employers = {200, 260, 310, 150, 330, 380, 420, 470, 520};
    double[] city = {120, 130, 150, 90, 160, 170, 190, 200, 210};
    for (int i = 0; i < employers.length; i++) {
      ReportingPeriod summer =
          ReportingPeriod.of(LocalDate.of(2017 + i, 6, 1), LocalDate.of(2017 + i, 8, 31));
      all.add(obs("youth-jobs", summer, employers[i], "employers", null, null));
      all.add(obs("youth-jobs", summer, city[i], "city", null, null));
    }
    return all;
  }

  private static void series(List<Observation> all, String indicator, double... values) {
    for (int i = 0; i < values.length; i++) {
      all.add(obs(indicator, ReportingPeriod.ofSchoolYear(2016 + i), values[i], null, null, null));
    }
  }

  private static void groups(
      List<Observation> all,
      String indicator,
      double[] lowIncome,
      double[] notLowIncome,
      double[] black,
      double[] latino,
      double[] white) {
    for (int i = 0; i < 2; i++) {
      ReportingPeriod year = ReportingPeriod.ofSchoolYear(2024 + i);
      all.add(obs(indicator, year, lowIncome[i], null, INCOME, "low income"));
      all.add(obs(indicator, year, notLowIncome[i], null, INCOME, "not low income"));
      all.add(obs(indicator, year, black[i], null, RACE_ETHNICITY, "Black"));
      all.add(obs(indicator, year, latino[i], null, RACE_ETHNICITY, "Hispanic or Latino"));
      all.add(obs(indicator, year, white[i], null, RACE_ETHNICITY, "White"));
    }
  }

  private static Observation obs(
      String indicator,
      ReportingPeriod period,
      double value,
      String partner,
      DisaggregationDimension dimension,
      String group) {
    Observation.Builder b =
        Observation.builder().indicatorId(indicator).period(period).value(value);
    if (partner != null) {
      b.partnerId(partner);
    }
    if (dimension != null) {
      b.disaggregation(Disaggregation.of(dimension, group));
    }
    return b.build();
  }
}
