package io.github.collectiveimpact.examples;

import static io.github.collectiveimpact.examples.Observations.group;
import static io.github.collectiveimpact.examples.Observations.total;
import static io.github.collectiveimpact.model.DisaggregationDimension.INCOME;

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
import io.github.collectiveimpact.model.Endorsement;
import io.github.collectiveimpact.model.ExternalCode;
import io.github.collectiveimpact.model.FundingSource;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.IndicatorLevel;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.ReportingPeriod;
import io.github.collectiveimpact.model.Sector;
import io.github.collectiveimpact.model.SectorFamily;
import io.github.collectiveimpact.model.StaffPosition;
import io.github.collectiveimpact.model.Unit;
import io.github.collectiveimpact.model.WorkingGroup;
import io.github.collectiveimpact.profiles.Profiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Promise Neighborhoods: a U.S. Department of Education program and a national network whose members track
 * "10 results and 15 indicators", reported as federal performance (GPRA) measures, with the Promise
 * Neighborhoods Institute at PolicyLink supporting them as a backbone at network level.
 *
 * <p>{@link #initiative()} is one member, the fictional Northgate Heights Promise Neighborhood, that tracks
 * the 15 indicators. The network's requirement, that every member carries an indicator for each of the 15
 * codes {@link #INDICATOR_CODES}, is the profile {@link Profiles#promiseNeighborhoods()} of core.
 *
 * <p><b>The codes are this library's, not the Department's</b> (see {@link
 * Profiles#PROMISE_NEIGHBORHOODS_INDICATOR_CODES}); the indicators' wording here is paraphrased.
 */
public final class PromiseNeighborhoods {
  /** The id of the network profile's rule that requires the 15 indicators. */
  public static final String REQUIRED_INDICATORS_RULE = Profiles.PROMISE_NEIGHBORHOODS_RULE;

  /** The 15 indicator codes every member must track, in order: {@code PN-01} to {@code PN-15}. */
  public static final List<String> INDICATOR_CODES = Profiles.PROMISE_NEIGHBORHOODS_INDICATOR_CODES;

  /** The member initiative's id. */
  public static final String ID = "northgate-heights-promise-neighborhood";

  /** The member's lead agency, which is its local backbone. */
  public static final String LEAD_AGENCY = "northgate-heights-partnership";

  /** The Promise Neighborhoods Institute at PolicyLink. */
  public static final String PROMISE_NEIGHBORHOODS_INSTITUTE = "promise-neighborhoods-institute";

  /** The neighbourhood's public schools (fictional). */
  public static final String SCHOOLS = "neighborhood-schools";

  /** The neighbourhood's early learning centres (fictional). */
  public static final String EARLY_LEARNING = "early-learning-centres";

  /** A community health centre (fictional). */
  public static final String HEALTH_CENTRE = "community-health-centre";

  /** The residents' council (fictional). */
  public static final String RESIDENTS = "residents-council";

  /** A regional community college (fictional). */
  public static final String COLLEGE = "community-college";

  /** The neighbourhood's branch library (fictional). */
  public static final String LIBRARY = "branch-library";

  private static final String GOAL_EARLY = "ready-for-kindergarten";
  private static final String GOAL_SCHOOL = "succeed-in-school";
  private static final String GOAL_POSTSECONDARY = "postsecondary-credential";
  private static final String GOAL_HEALTHY = "healthy-safe-connected";

  // Illustrative: a five-year grant that began in the 2023-24 school year, with a baseline from the
  // year before. The Department awards implementation grants for five years (GAO, "Promise
  // Neighborhoods Promotes Collaboration but Needs National Evaluation Plan", GAO-14-432, 2014),
  // and grantees set targets for each indicator for all five years of the grant (Urban Institute,
  // "Promise Neighborhood Target Setting Guidance"); the start date is illustrative.
  private static final ReportingPeriod BASELINE_YEAR = ReportingPeriod.ofSchoolYear(2022);
  private static final ReportingPeriod LATEST_YEAR = ReportingPeriod.ofSchoolYear(2024);
  private static final LocalDate TARGET_DATE = LocalDate.of(2028, 6, 30);
  private static final DateRange GRANT_PERIOD =
      DateRange.of(LocalDate.of(2023, 7, 1), LocalDate.of(2028, 6, 30));

  private PromiseNeighborhoods() {}

  /**
   * The fictional Northgate Heights Promise Neighborhood, a member of the network that tracks all 15
   * indicators.
   *
   * <p>How the network-level backbone is modelled: the Promise Neighborhoods Institute is a partner of the
   * member, and carries backbone functions through {@link BackboneRole#partnerId()}: it builds local
   * leaders' capacity and guides strategy (support aligned activities, guide vision and strategy), gathers
   * evidence for strategy and scaling (establish shared measurement practices) and raises funds (mobilize
   * funding). The member's lead agency is the local backbone and carries every function except raising
   * funds, which the Institute carries here. The Institute's functions are those it describes itself
   * (Promise Neighborhoods Institute, "What we do"); how they are split with the lead agency is
   * illustrative.
   *
   * <p>What the program requires of a member is modelled as such: residents sit on the advisory board
   * (the lived_experience role), the federal grant is committed for its five years, and the working groups
   * use the indicators' data to improve their solutions. The validator reports, as of 2026-06-30, with
   * or without the profile:
   *
   * <ul>
   *   <li>SM-010 (INFO), one finding for both: the two nutrition and exercise indicators ({@code PN-08}
   *       and {@code PN-09}) come from a small neighbourhood survey and are not broken down by group, on
   *       purpose;
   *   <li>CA-014 (INFO): the program does not ask for an influential champion, and this member names
   *       none.
   * </ul>
   *
   * @return the initiative
   */
  public static Initiative initiative() {
    return Initiative.builder()
        .id(ID)
        .name("Northgate Heights Promise Neighborhood (illustrative)")
        .description(
            "A fictional member of the Promise Neighborhoods network: a cradle-to-career continuum of"
                + " supports for the children and families of one neighbourhood.")
        .geography("Northgate Heights, a fictional neighbourhood of a mid-sized US city")
        .launchDate(LocalDate.of(2023, 7, 1)) // Illustrative.
        .commonAgenda(agenda())
        .addAllPartners(partners())
        .addAllIndicators(indicators())
        .addAllObservations(observations())
        .addAllWorkingGroups(workingGroups())
        .addAllActivities(activities())
        .addAllMeetingSeries(meetings())
        .addAllChannels(channels())
        .backbone(backbone())
        .build();
  }

  private static List<Partner> partners() {
    return List.of(
        partner(
            LEAD_AGENCY,
            "Northgate Heights Community Partnership (fictional lead agency)",
            Sector.NONPROFIT,
            PartnerRole.STEERING_COMMITTEE_MEMBER,
            PartnerRole.DATA_PARTNER),
        // A real organisation: the network's backbone. It takes part in the member's work through
        // the network's capacity building; no other role of the PartnerRole vocabulary describes
        // it.
        partner(
            PROMISE_NEIGHBORHOODS_INSTITUTE,
            "Promise Neighborhoods Institute at PolicyLink",
            Sector.NONPROFIT),
        // Illustrative, fictional partners.
        partner(
            SCHOOLS,
            "Northgate Heights public schools (fictional)",
            Sector.K12_EDUCATION,
            PartnerRole.STEERING_COMMITTEE_MEMBER,
            PartnerRole.DATA_PARTNER,
            PartnerRole.SERVICE_PROVIDER),
        partner(
            EARLY_LEARNING,
            "Neighbourhood early learning centres (fictional)",
            Sector.EARLY_CHILDHOOD,
            PartnerRole.DATA_PARTNER,
            PartnerRole.SERVICE_PROVIDER),
        partner(
            HEALTH_CENTRE,
            "Community health centre (fictional)",
            Sector.HEALTH,
            PartnerRole.DATA_PARTNER,
            PartnerRole.SERVICE_PROVIDER),
        // Residents taking part themselves. A grantee must be representative of its neighbourhood:
        // residents have an active role in decision-making, and at least one-third of its governing
        // or advisory board are residents of the neighbourhood, low-income residents of the city or
        // county, or public officials who serve it (U.S. Department of Education, Promise
        // Neighborhoods, "Eligibility"). Here the council's members hold the advisory board's
        // resident seats.
        partner(
            RESIDENTS,
            "Northgate Heights residents' council (fictional)",
            Sector.COMMUNITY,
            PartnerRole.LIVED_EXPERIENCE,
            PartnerRole.STEERING_COMMITTEE_MEMBER),
        // A community college is public: government by ownership, although higher education is
        // usually nonprofit.
        partner(
            COLLEGE,
            "Regional community college (fictional)",
            Sector.HIGHER_EDUCATION,
            SectorFamily.GOVERNMENT,
            PartnerRole.DATA_PARTNER,
            PartnerRole.SERVICE_PROVIDER),
        partner(
            LIBRARY,
            "Neighbourhood branch library (fictional)",
            Sector.LIBRARY_AND_CULTURE,
            PartnerRole.DATA_PARTNER,
            PartnerRole.SERVICE_PROVIDER));
  }

  private static Partner partner(String id, String name, Sector sector, PartnerRole... roles) {
    return Partner.builder().id(id).name(name).sector(sector).addRoles(roles).build();
  }

  /** A partner whose family of sectors is not its sector's usual one. */
  private static Partner partner(
      String id, String name, Sector sector, SectorFamily family, PartnerRole... roles) {
    return Partner.builder()
        .id(id)
        .name(name)
        .sector(sector)
        .family(family)
        .addRoles(roles)
        .build();
  }

  private static CommonAgenda agenda() {
    // The program organises its 15 indicators under ten results; this member states four goals of
    // its own that group them (illustrative).
    CommonAgenda.Builder agenda =
        CommonAgenda.builder()
            .problemStatement(
                "Many children in Northgate Heights grow up in poverty, and the schools, services and"
                    + " families that could help them work apart.")
            .vision(
                "Every child in Northgate Heights has a continuum of supports from birth through college"
                    + " and career.")
            .addGoals(
                goal(
                    GOAL_EARLY,
                    "Children enter kindergarten ready to succeed in school",
                    1,
                    2,
                    3,
                    12),
                goal(
                    GOAL_SCHOOL,
                    "Students succeed in school and graduate from high school",
                    4,
                    5,
                    6,
                    13),
                goal(
                    GOAL_POSTSECONDARY,
                    "Graduates earn a postsecondary degree or credential",
                    7,
                    14),
                goal(
                    GOAL_HEALTHY,
                    "Students are healthy, safe, stably housed and connected to learning at home",
                    8,
                    9,
                    10,
                    11,
                    15));
    // Illustrative: every partner has endorsed the agenda, the Institute included.
    for (Partner p : partners()) {
      agenda.addEndorsements(Endorsement.of(p.id(), LocalDate.of(2023, 9, 1)));
    }
    return agenda.build();
  }

  private static Goal goal(String id, String statement, int... indicatorNumbers) {
    Goal.Builder goal = Goal.builder().id(id).statement(statement).targetDate(TARGET_DATE);
    for (int n : indicatorNumbers) {
      goal.addIndicatorIds(indicatorId(n));
    }
    return goal.build();
  }

  /** The id of the member's indicator for code {@code PN-nn}. */
  private static String indicatorId(int number) {
    return String.format("pn-%02d", number);
  }

  /**
   * The 15 indicators, paraphrased from the program's GPRA indicators. Illustrative: the data sources, data
   * partners, baselines and targets.
   */
  private static List<Indicator> indicators() {
    String survey = "Neighbourhood household survey run by the lead agency";
    String schoolRecords = "School records and state assessments";
    String schoolSurvey = "Student survey in the neighbourhood's schools";
    return List.of(
        indicator(
            1,
            "Children from birth to kindergarten entry with a usual place of care when they are sick",
            survey,
            78,
            90,
            true,
            LEAD_AGENCY,
            HEALTH_CENTRE),
        indicator(
            2,
            "Children who demonstrate age-appropriate functioning at kindergarten entry",
            "Kindergarten entry assessment",
            45,
            65,
            true,
            SCHOOLS,
            EARLY_LEARNING),
        indicator(
            3,
            "Children from birth to kindergarten entry who take part in early learning programs",
            survey,
            38,
            60,
            true,
            LEAD_AGENCY,
            EARLY_LEARNING),
        indicator(
            4,
            "Students proficient in reading and in mathematics in grades 3 to 8 and once in high"
                + " school",
            schoolRecords,
            28,
            45,
            true,
            SCHOOLS,
            LEAD_AGENCY),
        indicator(
            5,
            "Attendance rate of students in the neighbourhood's schools",
            schoolRecords,
            89,
            95,
            true,
            SCHOOLS,
            LEAD_AGENCY),
        indicator(
            6, "High school graduation rate", schoolRecords, 71, 85, true, SCHOOLS, LEAD_AGENCY),
        indicator(
            7,
            "High school graduates who earn a postsecondary degree or credential without needing"
                + " remediation",
            "College records matched with school records",
            22,
            35,
            true,
            COLLEGE,
            SCHOOLS),
        // Not disaggregated on purpose: the survey sample is too small to break down by group.
        indicator(
            8,
            "Children who get at least 60 minutes of physical activity every day",
            schoolSurvey,
            24,
            35,
            false,
            SCHOOLS,
            HEALTH_CENTRE),
        indicator(
            9,
            "Children who eat five or more servings of fruit and vegetables every day",
            schoolSurvey,
            18,
            30,
            false,
            SCHOOLS,
            HEALTH_CENTRE),
        indicator(
            10,
            "Students who feel safe at school and travelling to and from school",
            schoolSurvey,
            61,
            80,
            true,
            SCHOOLS,
            RESIDENTS),
        indicator(11, "Student mobility rate", schoolRecords, 18, 10, true, SCHOOLS, LEAD_AGENCY),
        indicator(
            12,
            "Children from birth to kindergarten entry whose family members read to them",
            survey,
            52,
            70,
            true,
            LEAD_AGENCY,
            LIBRARY),
        indicator(
            13,
            "Students in kindergarten to grade 8 whose family members encourage them to read"
                + " outside school",
            survey,
            55,
            70,
            true,
            LEAD_AGENCY,
            SCHOOLS),
        indicator(
            14,
            "Students in grades 9 to 12 whose family members talk with them about college and"
                + " career",
            survey,
            48,
            65,
            true,
            LEAD_AGENCY,
            SCHOOLS),
        indicator(
            15,
            "Students with broadband internet and a connected device at school and at home",
            survey,
            62,
            90,
            true,
            LIBRARY,
            SCHOOLS));
  }

  private static Indicator indicator(
      int number,
      String name,
      String dataSource,
      double baseline,
      double target,
      boolean byIncome,
      String... dataPartnerIds) {
    String code = INDICATOR_CODES.get(number - 1);
    Indicator.Builder indicator =
        Indicator.builder()
            .id(indicatorId(number))
            .name(name)
            .definition(
                name
                    + " ("
                    + code
                    + "). Ages, grades and survey questions follow the Department's definitions for the"
                    + " member's grant cohort.")
            .unit(Unit.PERCENT)
            // Student mobility is the one indicator that should fall.
            .desiredDirection(number == 11 ? Direction.DECREASE : Direction.INCREASE)
            .level(IndicatorLevel.POPULATION)
            .baseline(DatedValue.of(baseline, BASELINE_YEAR.end()))
            .target(DatedValue.of(target, TARGET_DATE))
            .reportingFrequency(Cadence.ANNUALLY)
            .dataSource(dataSource)
            .addDataPartnerIds(dataPartnerIds)
            .addExternalCodes(ExternalCode.of(ExternalCode.PROMISE_NEIGHBORHOODS_GPRA, code));
    if (byIncome) {
      indicator.addDisaggregations(INCOME);
    }
    return indicator.build();
  }

  /**
   * Illustrative values: the baseline year and the latest year, and for the indicators broken down by
   * income, the latest year for low-income and other families.
   */
  private static List<Observation> observations() {
    List<Observation> all = new ArrayList<>();
    // number, baseline, latest; then latest for low income and not low income.
    results(all, 1, 78, 82, 80, 89);
    results(all, 2, 45, 51, 47, 62);
    results(all, 3, 38, 46, 43, 58);
    results(all, 4, 28, 33, 30, 44);
    results(all, 5, 89, 91, 90, 94);
    results(all, 6, 71, 76, 74, 83);
    results(all, 7, 22, 25, 22, 34);
    all.add(total(indicatorId(8), BASELINE_YEAR, 24, LEAD_AGENCY));
    all.add(total(indicatorId(8), LATEST_YEAR, 27, LEAD_AGENCY));
    all.add(total(indicatorId(9), BASELINE_YEAR, 18, LEAD_AGENCY));
    all.add(total(indicatorId(9), LATEST_YEAR, 20, LEAD_AGENCY));
    results(all, 10, 61, 66, 64, 74);
    results(all, 11, 18, 15, 16, 11);
    results(all, 12, 52, 57, 54, 68);
    results(all, 13, 55, 60, 58, 69);
    results(all, 14, 48, 53, 51, 63);
    results(all, 15, 62, 74, 71, 86);
    return all;
  }

  private static void results(
      List<Observation> all,
      int number,
      double baseline,
      double latest,
      double lowIncome,
      double other) {
    String id = indicatorId(number);
    all.add(total(id, BASELINE_YEAR, baseline, LEAD_AGENCY));
    all.add(total(id, LATEST_YEAR, latest, LEAD_AGENCY));
    all.add(group(id, LATEST_YEAR, lowIncome, LEAD_AGENCY, INCOME, "low income"));
    all.add(group(id, LATEST_YEAR, other, LEAD_AGENCY, INCOME, "not low income"));
  }

  /** Illustrative: one working group per goal. */
  private static List<WorkingGroup> workingGroups() {
    return List.of(
        workingGroup(
            "early-childhood",
            "Early childhood",
            GOAL_EARLY,
            List.of(1, 2, 3, 12),
            EARLY_LEARNING,
            HEALTH_CENTRE,
            LIBRARY,
            RESIDENTS),
        workingGroup(
            "school-success",
            "School success",
            GOAL_SCHOOL,
            List.of(4, 5, 6, 13),
            SCHOOLS,
            LIBRARY,
            LEAD_AGENCY),
        workingGroup(
            "college-and-career",
            "College and career",
            GOAL_POSTSECONDARY,
            List.of(7, 14),
            SCHOOLS,
            COLLEGE),
        workingGroup(
            "healthy-safe-connected",
            "Healthy, safe and connected",
            GOAL_HEALTHY,
            List.of(8, 9, 10, 11, 15),
            HEALTH_CENTRE,
            SCHOOLS,
            RESIDENTS,
            LIBRARY,
            LEAD_AGENCY));
  }

  private static WorkingGroup workingGroup(
      String id, String name, String goalId, List<Integer> indicatorNumbers, String... members) {
    WorkingGroup.Builder group =
        WorkingGroup.builder().id(id).name(name).addMemberPartnerIds(members).addGoalIds(goalId);
    for (int n : indicatorNumbers) {
      group.addIndicatorIds(indicatorId(n));
    }
    return group.build();
  }

  /**
   * Illustrative: the member's programs, each in the working group of its goal, which deliver services,
   * and the capacity building it does with the national network.
   */
  private static List<Activity> activities() {
    LocalDate start = LocalDate.of(2023, 9, 1);
    return List.of(
        activity(
            "health-screenings",
            "Health homes and developmental screenings",
            HEALTH_CENTRE,
            "early-childhood",
            start,
            1,
            2),
        activity(
            "early-learning-enrolment",
            "Early learning enrolment and quality",
            EARLY_LEARNING,
            "early-childhood",
            start,
            2,
            3),
        activity(
            "family-reading",
            "Family reading and library outreach",
            LIBRARY,
            "early-childhood",
            start,
            12),
        activity(
            "extended-learning",
            "Extended learning and attendance supports",
            SCHOOLS,
            "school-success",
            start,
            4,
            5,
            6,
            13),
        activity(
            "college-advising",
            "College and career advising with families",
            COLLEGE,
            "college-and-career",
            start,
            7,
            14),
        activity(
            "health-and-nutrition",
            "Physical activity and nutrition programs",
            HEALTH_CENTRE,
            "healthy-safe-connected",
            start,
            8,
            9),
        activity(
            "safe-passage",
            "Safe passage to and from school",
            RESIDENTS,
            "healthy-safe-connected",
            start,
            10),
        activity(
            "housing-stability",
            "Housing stability navigation",
            LEAD_AGENCY,
            "healthy-safe-connected",
            start,
            11),
        activity(
            "digital-access",
            "Home broadband and devices",
            LIBRARY,
            "healthy-safe-connected",
            start,
            15),
        Activity.builder()
            .id("network-capacity-building")
            .name("Leadership and capacity building with the national network")
            .leadPartnerId(LEAD_AGENCY)
            .addContributingPartnerIds(PROMISE_NEIGHBORHOODS_INSTITUTE)
            .addGoalIds(GOAL_EARLY, GOAL_SCHOOL, GOAL_POSTSECONDARY, GOAL_HEALTHY)
            .start(start)
            .kind(ActivityKind.CONVENING_AND_CAPACITY)
            .build());
  }

  private static Activity activity(
      String id,
      String name,
      String lead,
      String workingGroupId,
      LocalDate start,
      int... indicatorNumbers) {
    Activity.Builder activity =
        Activity.builder()
            .id(id)
            .name(name)
            .leadPartnerId(lead)
            .workingGroupId(workingGroupId)
            .start(start)
            .kind(ActivityKind.PROGRAM_DELIVERY);
    for (int n : indicatorNumbers) {
      activity.addIndicatorIds(indicatorId(n));
    }
    return activity.build();
  }

  /**
   * Illustrative: every series, its members and dates. The working groups review the indicators' data:
   * in the network, performance data are used to manage partners' performance against targets and to
   * improve solutions continuously (Promise Neighborhoods Institute, "Building capacity", the stages of
   * a Promise Neighborhood's data work), and the Department gave grantees a results scorecard and
   * training to use data to select, assess and adjust their strategies (Clear Impact, "U.S. Department of
   * Education Chooses RLG and Results Scorecard for Promise Neighborhoods", 2013).
   */
  private static List<MeetingSeries> meetings() {
    List<MeetingSeries> meetings = new ArrayList<>();
    meetings.add(
        MeetingSeries.builder()
            .id("advisory-board")
            .name("Promise Neighborhood advisory board")
            .kind(MeetingKind.STEERING_COMMITTEE)
            .addParticipantPartnerIds(
                LEAD_AGENCY, SCHOOLS, EARLY_LEARNING, HEALTH_CENTRE, RESIDENTS, COLLEGE, LIBRARY)
            .cadence(Cadence.QUARTERLY)
            .addAllMeetingDates(
                MeetingDates.every(
                    Cadence.QUARTERLY, LocalDate.of(2023, 9, 14), LocalDate.of(2026, 6, 30)))
            .build());
    for (WorkingGroup group : workingGroups()) {
      meetings.add(
          MeetingDates.ofWorkingGroup(
              group,
              group.name() + " working group meetings",
              Cadence.MONTHLY,
              LocalDate.of(2025, 9, 4),
              LocalDate.of(2026, 6, 4),
              true));
    }
    meetings.add(
        MeetingSeries.builder()
            .id("resident-meetings")
            .name("Resident meetings")
            .kind(MeetingKind.COMMUNITY)
            .addParticipantPartnerIds(LEAD_AGENCY, RESIDENTS)
            .cadence(Cadence.MONTHLY)
            .addAllMeetingDates(
                MeetingDates.every(
                    Cadence.MONTHLY, LocalDate.of(2025, 9, 20), LocalDate.of(2026, 6, 20)))
            .build());
    return meetings;
  }

  /** Illustrative channels, including the network's peer learning, where the Institute takes part. */
  private static List<Channel> channels() {
    List<String> everyPartner = new ArrayList<>();
    for (Partner p : partners()) {
      everyPartner.add(p.id());
    }
    List<String> localPartners = new ArrayList<>(everyPartner);
    localPartners.remove(PROMISE_NEIGHBORHOODS_INSTITUTE);
    return List.of(
        Channel.builder()
            .id("results-report")
            .name("Annual neighbourhood results report")
            .kind(ChannelKind.REPORT)
            .audience(Audience.COMMUNITY)
            .publishesResults(true)
            .addAllPartnerIds(everyPartner)
            .build(),
        Channel.builder()
            .id("partner-dashboard")
            .name("Partner data dashboard of the 15 indicators")
            .kind(ChannelKind.SHARED_DASHBOARD)
            .audience(Audience.PARTNERS)
            .publishesResults(true)
            .addAllPartnerIds(localPartners)
            .build(),
        Channel.builder()
            .id("network-peer-learning")
            .name("Promise Neighborhoods network convenings and peer learning")
            .kind(ChannelKind.CONVENING)
            .audience(Audience.PARTNERS)
            .publishesResults(false)
            .addPartnerIds(LEAD_AGENCY, PROMISE_NEIGHBORHOODS_INSTITUTE)
            .build());
  }

  private static Backbone backbone() {
    return Backbone.builder()
        .name("Northgate Heights Community Partnership (fictional lead agency)")
        .partnerId(LEAD_AGENCY)
        // Illustrative: an existing nonprofit took on the lead agency's role.
        .type(BackboneType.EXISTING_NONPROFIT)
        // Illustrative: the staff positions and FTE.
        .addStaff(
            StaffPosition.of("Promise Neighborhood director", 1.0),
            StaffPosition.of("Data and evaluation manager", 1.0),
            StaffPosition.of("Family and resident engagement coordinators", 2.0))
        // The program is federally funded, for the five years of the grant (see GRANT_PERIOD); the
        // Department funds it a budget year at a time, subject to continuation. Grantees also raise
        // matching funds (illustrative). Amounts, and how long the match is committed, are not
        // stated.
        .addFundingSources(
            FundingSource.builder()
                .name("U.S. Department of Education, Promise Neighborhoods program")
                .committed(GRANT_PERIOD)
                .build(),
            FundingSource.builder().name("Local matching funders (illustrative)").build())
        // The local backbone.
        .addRoles(
            BackboneRole.of(
                BackboneFunction.GUIDE_VISION_AND_STRATEGY,
                "Leads the neighbourhood's plan with residents"),
            BackboneRole.of(
                BackboneFunction.SUPPORT_ALIGNED_ACTIVITIES, "Staffs the working groups"),
            BackboneRole.of(
                BackboneFunction.ESTABLISH_SHARED_MEASUREMENT_PRACTICES,
                "Collects the 15 indicators and runs the neighbourhood survey"),
            BackboneRole.of(BackboneFunction.BUILD_PUBLIC_WILL, "Reports results to residents"),
            BackboneRole.of(
                BackboneFunction.ADVANCE_POLICY, "Brings residents' priorities to the city"))
        // The network-level backbone: the Promise Neighborhoods Institute builds local leaders'
        // capacity, gathers evidence for strategy and scaling, raises funds, and guides strategy
        // with technical assistance (Promise Neighborhoods Institute, "What we do").
        .addRoles(
            networkRole(
                BackboneFunction.GUIDE_VISION_AND_STRATEGY,
                "Guides strategy and keeps a common framework across the network"),
            networkRole(
                BackboneFunction.SUPPORT_ALIGNED_ACTIVITIES,
                "Builds the capacity of local leaders through technical assistance"),
            networkRole(
                BackboneFunction.ESTABLISH_SHARED_MEASUREMENT_PRACTICES,
                "Gathers evidence for strategy and for scaling"),
            networkRole(
                BackboneFunction.MOBILIZE_FUNDING, "Raises funds to sustain and grow the work"))
        .build();
  }

  private static BackboneRole networkRole(BackboneFunction function, String description) {
    return BackboneRole.builder()
        .function(function)
        .partnerId(PROMISE_NEIGHBORHOODS_INSTITUTE)
        .description(description)
        .build();
  }
}
