package io.github.collectiveimpact.examples;

import static io.github.collectiveimpact.examples.Observations.group;
import static io.github.collectiveimpact.examples.Observations.total;
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
import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.Endorsement;
import io.github.collectiveimpact.model.EquityFocus;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Road Map Project, launched in 2010 in South King County and South Seattle, Washington: a
 * cradle-to-college-and-career initiative whose backbone, the Community Center for Education Results (CCER),
 * is a nonprofit created for the purpose (FSG, "Searching for the right backbone structure").
 *
 * <p>What is modelled, and where it comes from:
 *
 * <ul>
 *   <li>the seven school districts of the region (Auburn, Federal Way, Highline, Kent, Renton, Seattle for
 *       South Seattle, Tukwila), CCER, the two foundations the project lists among its sponsors, and
 *       illustrative groupings for early learning, colleges, youth development and community organisations;
 *   <li>the 2020 goal, to double the number of students on track to earn a college degree or career
 *       credential and to close the gaps for low-income students and students of color, with an equity focus
 *       by race and ethnicity and by income;
 *   <li>the on-track indicators of the four indicator groups (healthy and ready for kindergarten; supported
 *       and successful in school; graduate from high school college- and career-ready; earn a college degree
 *       or career credential), each with interim targets for 2014 and 2017 and a final target for 2020, the
 *       same for every group of students, so results are disaggregated by race and ethnicity and by income
 *       (roadmapproject.org, "Measuring success");
 *   <li>the four approaches (alignment and collaboration, parent and community engagement, the power of
 *       data, stronger systems) as activities that advance both goals, stronger systems being work on the
 *       system itself and the power of data the backbone's data work;
 *   <li>the Project Sponsors as the steering committee, which reviewed the results with the partners when
 *       progress fell short of the 2020 goal;
 *   <li>the 2017 revision, as a second goal (see {@link #initiative()}).
 * </ul>
 *
 * <p>Every number except the 70% of the 2030 goal is illustrative: baselines, interim and final targets,
 * observed values, staff.
 */
public final class RoadMapProject {
  /** The initiative's id. */
  public static final String ID = "road-map-project";

  /** The backbone's partner id: the Community Center for Education Results. */
  public static final String CCER = "ccer";

  /** Auburn School District. */
  public static final String AUBURN = "auburn-school-district";

  /** Federal Way Public Schools. */
  public static final String FEDERAL_WAY = "federal-way-public-schools";

  /** Highline Public Schools. */
  public static final String HIGHLINE = "highline-public-schools";

  /** Kent School District. */
  public static final String KENT = "kent-school-district";

  /** Renton School District. */
  public static final String RENTON = "renton-school-district";

  /** Seattle Public Schools, for South Seattle. */
  public static final String SEATTLE = "seattle-public-schools";

  /** Tukwila School District. */
  public static final String TUKWILA = "tukwila-school-district";

  /** The Seattle Foundation. */
  public static final String SEATTLE_FOUNDATION = "seattle-foundation";

  /** The Bill &amp; Melinda Gates Foundation. */
  public static final String GATES_FOUNDATION = "gates-foundation";

  /** Early learning providers (an illustrative grouping). */
  public static final String EARLY_LEARNING = "early-learning-providers";

  /** Colleges and universities (an illustrative grouping). */
  public static final String COLLEGES = "colleges-and-universities";

  /** Youth development organisations (an illustrative grouping). */
  public static final String YOUTH_DEVELOPMENT = "youth-development-organisations";

  /** Parent and community organisations (an illustrative grouping). */
  public static final String COMMUNITY = "parent-and-community-organisations";

  /** The 2020 goal: double the number of students on track, and close the gaps. */
  public static final String GOAL_2020 = "goal-2020";

  /** The 2030 goal, from the 2017 revision: 70% earn a degree or credential, and no opportunity gaps. */
  public static final String GOAL_2030 = "goal-2030";

  /** Healthy and ready for kindergarten. */
  public static final String KINDERGARTEN_READY = "kindergarten-ready";

  /** Supported and successful in school: grade 3 reading. */
  public static final String GRADE_3_READING = "grade-3-reading";

  /** Supported and successful in school: grade 4 math. */
  public static final String GRADE_4_MATH = "grade-4-math";

  /** Graduate from high school college- and career-ready. */
  public static final String HIGH_SCHOOL_GRADUATION = "high-school-graduation";

  /** Earn a college degree or career credential: the on-track measure of the 2020 goal. */
  public static final String POSTSECONDARY_COMPLETION = "postsecondary-completion";

  /** Earn a college degree or career credential: the measure of the 2030 goal. */
  public static final String CREDENTIAL_ATTAINMENT = "credential-attainment";

  private static final List<String> DISTRICTS =
      List.of(AUBURN, FEDERAL_WAY, HIGHLINE, KENT, RENTON, SEATTLE, TUKWILA);

  // Illustrative: the baseline year and the latest year of data. The dates of the interim and final
  // targets are read as the end of the school year named (2014, 2017, 2020).
  private static final ReportingPeriod BASELINE_YEAR = ReportingPeriod.ofSchoolYear(2010);
  private static final ReportingPeriod LATEST_YEAR = ReportingPeriod.ofSchoolYear(2024);
  private static final LocalDate BY_2014 = LocalDate.of(2014, 6, 30);
  private static final LocalDate BY_2017 = LocalDate.of(2017, 6, 30);
  private static final LocalDate BY_2020 = LocalDate.of(2020, 6, 30);
  private static final LocalDate BY_2030 = LocalDate.of(2030, 6, 30);

  private RoadMapProject() {}

  /**
   * The Road Map Project as modelled here.
   *
   * <p>How the 2017 revision is modelled: the agenda keeps the 2020 goal, with its passed target date, as
   * the record of what partners committed to and what the on-track indicators' interim and final targets
   * were set for; and it adds the 2030 goal (70% of youth earn a college degree or career credential,
   * opportunity gaps eliminated), measured by a credential attainment indicator with a 2030 target. A
   * passed goal beside a current one is the agenda evolving, so CA-007 does not report it.
   *
   * <p>The validator reports, as of 2026-06-30:
   *
   * <ul>
   *   <li>CA-009 (WARNING) and CA-011 (INFO): parent and community organisations sit with the Project
   *       Sponsors, but no resident or parent is documented deciding there themselves; in 2016 the
   *       partners made "increase parent and youth voice throughout the Road Map Project" one of the four
   *       focus areas of their strategic refresh (CCER, "Exploring the roads to success",
   *       roadmapproject.org, 2016);
   *   <li>CA-014 (INFO): the sources consulted name no influential champion;
   *   <li>BB-008 (INFO): the sources name the backbone's funders, not for how long they committed.
   * </ul>
   *
   * @return the initiative
   */
  public static Initiative initiative() {
    return Initiative.builder()
        .id(ID)
        .name("The Road Map Project")
        .description(
            "A collective impact initiative to improve education results from cradle to college and"
                + " career in South King County and South Seattle.")
        .geography(
            "South King County and South Seattle, Washington: Auburn, Federal Way, Highline, Kent, Renton,"
                + " South Seattle and Tukwila")
        // Launched in 2010; only the year is public: the day is a placeholder.
        .launchDate(LocalDate.of(2010, 1, 1))
        .commonAgenda(agenda())
        .addAllPartners(partners())
        .addAllIndicators(indicators())
        .addAllObservations(observations())
        .addAllWorkingGroups(workGroups())
        .addAllActivities(activities())
        .addAllMeetingSeries(meetings())
        .addAllChannels(channels())
        .backbone(backbone())
        .build();
  }

  private static List<Partner> partners() {
    List<Partner> partners = new ArrayList<>();
    partners.add(
        partner(
            CCER,
            "Community Center for Education Results (CCER)",
            Sector.NONPROFIT,
            PartnerRole.DATA_PARTNER));
    // The public school districts of the Road Map region (government, the usual family of a school
    // district). Seattle Public Schools takes part for the schools of South Seattle.
    partners.add(district(AUBURN, "Auburn School District"));
    partners.add(district(FEDERAL_WAY, "Federal Way Public Schools"));
    partners.add(district(HIGHLINE, "Highline Public Schools"));
    partners.add(district(KENT, "Kent School District"));
    partners.add(district(RENTON, "Renton School District"));
    partners.add(district(SEATTLE, "Seattle Public Schools"));
    partners.add(district(TUKWILA, "Tukwila School District"));
    // The Seattle Foundation and the Bill & Melinda Gates Foundation are listed among the Project
    // Sponsors, beside community representatives (CCER, "Road Map for Education Results: From
    // Cradle to College and Career", presentation).
    partners.add(
        partner(
            SEATTLE_FOUNDATION,
            "The Seattle Foundation",
            Sector.PHILANTHROPY,
            PartnerRole.FUNDER,
            PartnerRole.STEERING_COMMITTEE_MEMBER));
    partners.add(
        partner(
            GATES_FOUNDATION,
            "Bill & Melinda Gates Foundation",
            Sector.PHILANTHROPY,
            PartnerRole.FUNDER,
            PartnerRole.STEERING_COMMITTEE_MEMBER));
    // Illustrative groupings, not named organisations. The parent and community organisations speak
    // for the community; no grouping of residents or parents taking part themselves (the
    // lived_experience role) is documented.
    partners.add(
        partner(
            EARLY_LEARNING,
            "Early learning providers of the region (illustrative grouping)",
            Sector.EARLY_CHILDHOOD,
            PartnerRole.SERVICE_PROVIDER,
            PartnerRole.DATA_PARTNER,
            PartnerRole.WORKING_GROUP_LEAD));
    // Washington's community and technical colleges are public, state institutions, as are its
    // public universities: government by ownership, although higher education is usually nonprofit.
    partners.add(
        partner(
            COLLEGES,
            "Community and technical colleges and universities of the region (illustrative grouping)",
            Sector.HIGHER_EDUCATION,
            SectorFamily.GOVERNMENT,
            PartnerRole.SERVICE_PROVIDER,
            PartnerRole.DATA_PARTNER,
            PartnerRole.WORKING_GROUP_LEAD));
    partners.add(
        partner(
            YOUTH_DEVELOPMENT,
            "Youth development and expanded learning organisations (illustrative grouping)",
            Sector.NONPROFIT,
            PartnerRole.SERVICE_PROVIDER,
            PartnerRole.WORKING_GROUP_MEMBER));
    partners.add(
        partner(
            COMMUNITY,
            "Parent and community organisations (illustrative grouping)",
            Sector.COMMUNITY,
            PartnerRole.COMMUNITY_VOICE,
            PartnerRole.STEERING_COMMITTEE_MEMBER,
            PartnerRole.WORKING_GROUP_LEAD));
    return partners;
  }

  private static Partner district(String id, String name) {
    return partner(
        id, name, Sector.K12_EDUCATION, PartnerRole.DATA_PARTNER, PartnerRole.WORKING_GROUP_MEMBER);
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
    EquityFocus closeTheGaps =
        EquityFocus.builder()
            .addDimensions(RACE_ETHNICITY, INCOME)
            .addPopulations("low-income students", "students of color")
            .build();
    CommonAgenda.Builder agenda =
        CommonAgenda.builder()
            .problemStatement(
                "Too few young people in South King County and South Seattle earn a college degree or"
                    + " career credential, and the gaps for low-income students and students of color open"
                    + " early and persist.")
            .vision(
                "Every child in the region is supported from cradle to college and career, and results no"
                    + " longer differ by race, ethnicity or family income.")
            // The original goal, its target date now passed (see initiative()).
            .addGoals(
                Goal.builder()
                    .id(GOAL_2020)
                    .statement(
                        "Double the number of students in South King County and South Seattle who are on"
                            + " track to earn a college degree or career credential by 2020, and close the"
                            + " gaps for low-income students and students of color")
                    .addIndicatorIds(
                        KINDERGARTEN_READY,
                        GRADE_3_READING,
                        GRADE_4_MATH,
                        HIGH_SCHOOL_GRADUATION,
                        POSTSECONDARY_COMPLETION)
                    .targetDate(BY_2020)
                    .equityFocus(closeTheGaps)
                    .build())
            // The 2017 revision: by 2030, 70% of youth earn a degree or credential, and opportunity
            // gaps are eliminated. The same two dimensions of the gaps are kept.
            .addGoals(
                Goal.builder()
                    .id(GOAL_2030)
                    .statement(
                        "By 2030, 70% of the region's youth earn a college degree or career credential,"
                            + " and opportunity gaps are eliminated")
                    .addIndicatorIds(CREDENTIAL_ATTAINMENT)
                    .targetDate(BY_2030)
                    .equityFocus(closeTheGaps)
                    .build());
    // Illustrative: every partner has endorsed the agenda; the dates are not public, so none is
    // given.
    for (Partner p : partners()) {
      agenda.addEndorsements(Endorsement.builder().partnerId(p.id()).build());
    }
    return agenda.build();
  }

  private static List<Indicator> indicators() {
    List<String> districtData = new ArrayList<>(DISTRICTS);
    districtData.add(CCER);
    List<String> earlyData = new ArrayList<>(districtData);
    earlyData.add(EARLY_LEARNING);
    List<String> collegeData = List.of(CCER, COLLEGES);
    // Illustrative: definitions, data sources and every value. The targets are the same for every
    // group of students, so results are disaggregated by group (roadmapproject.org, "Measuring
    // success").
    return List.of(
        onTrack(
            KINDERGARTEN_READY,
            "Healthy and ready for kindergarten",
            "Share of entering kindergartners who demonstrate the expected skills in every area of the"
                + " state kindergarten entry assessment (illustrative definition)",
            "State kindergarten entry assessment, compiled by CCER from the districts",
            earlyData,
            40,
            47,
            55,
            70),
        onTrack(
            GRADE_3_READING,
            "Supported and successful in school: grade 3 reading",
            "Share of third graders meeting the state standard in reading (illustrative definition)",
            "State assessment results (OSPI), compiled by CCER",
            districtData,
            62,
            66,
            72,
            80),
        onTrack(
            GRADE_4_MATH,
            "Supported and successful in school: grade 4 math",
            "Share of fourth graders meeting the state standard in mathematics (illustrative definition)",
            "State assessment results (OSPI), compiled by CCER",
            districtData,
            52,
            57,
            64,
            75),
        onTrack(
            HIGH_SCHOOL_GRADUATION,
            "Graduate from high school college- and career-ready",
            "On-time (four-year) high school graduation rate (illustrative definition)",
            "State graduation data (OSPI), compiled by CCER",
            districtData,
            70,
            75,
            80,
            88),
        onTrack(
            POSTSECONDARY_COMPLETION,
            "Earn a college degree or career credential",
            "Share of a high school class that earns a college degree or career credential within six"
                + " years of graduating (illustrative definition)",
            "College completion records matched by CCER",
            collegeData,
            26,
            30,
            36,
            52),
        Indicator.builder()
            .id(CREDENTIAL_ATTAINMENT)
            .name("Youth who earn a college degree or career credential (2030 goal)")
            .definition(
                "Share of the region's young adults who have earned a college degree or career"
                    + " credential by their mid-twenties (illustrative definition)")
            .unit(Unit.PERCENT)
            .desiredDirection(Direction.INCREASE)
            .level(IndicatorLevel.POPULATION)
            // Illustrative baseline, in the year of the revision; the 70% target by 2030 is the
            // goal's.
            .baseline(DatedValue.of(40, BY_2017))
            .target(DatedValue.of(70, BY_2030))
            .reportingFrequency(Cadence.ANNUALLY)
            .dataSource("Postsecondary records matched by CCER")
            .addAllDataPartnerIds(collegeData)
            .addDisaggregations(RACE_ETHNICITY, INCOME)
            .build());
  }

  private static Indicator onTrack(
      String id,
      String name,
      String definition,
      String dataSource,
      List<String> dataPartnerIds,
      double baseline,
      double interim2014,
      double interim2017,
      double target2020) {
    return Indicator.builder()
        .id(id)
        .name(name)
        .definition(definition)
        .unit(Unit.PERCENT)
        .desiredDirection(Direction.INCREASE)
        .level(IndicatorLevel.POPULATION)
        .baseline(DatedValue.of(baseline, BASELINE_YEAR.end()))
        .addInterimTargets(DatedValue.of(interim2014, BY_2014), DatedValue.of(interim2017, BY_2017))
        .target(DatedValue.of(target2020, BY_2020))
        .reportingFrequency(Cadence.ANNUALLY)
        .dataSource(dataSource)
        .addAllDataPartnerIds(dataPartnerIds)
        .addDisaggregations(RACE_ETHNICITY, INCOME)
        .build();
  }

  /**
   * Illustrative values: the baseline year, the latest year for every student, and the latest year by
   * income and by race and ethnicity. They show the kind of gaps the goals are about, not the project's
   * published results (its annual Results Reports have those).
   */
  private static List<Observation> observations() {
    List<Observation> all = new ArrayList<>();
    // indicator, first year, value then, latest; then latest for: low income, not low income,
    // Black, Hispanic or Latino, White.
    results(all, KINDERGARTEN_READY, BASELINE_YEAR, 40, 49, 41, 62, 44, 36, 60);
    results(all, GRADE_3_READING, BASELINE_YEAR, 62, 58, 47, 72, 45, 44, 71);
    results(all, GRADE_4_MATH, BASELINE_YEAR, 52, 51, 40, 67, 36, 38, 66);
    results(all, HIGH_SCHOOL_GRADUATION, BASELINE_YEAR, 70, 82, 78, 88, 77, 75, 87);
    results(all, POSTSECONDARY_COMPLETION, BASELINE_YEAR, 26, 33, 25, 44, 27, 22, 41);
    results(
        all, CREDENTIAL_ATTAINMENT, ReportingPeriod.ofSchoolYear(2016), 40, 45, 36, 57, 35, 31, 55);
    return all;
  }

  private static void results(
      List<Observation> all,
      String indicatorId,
      ReportingPeriod firstYear,
      double first,
      double latest,
      double lowIncome,
      double notLowIncome,
      double black,
      double hispanic,
      double white) {
    all.add(total(indicatorId, firstYear, first, CCER));
    all.add(total(indicatorId, LATEST_YEAR, latest, CCER));
    all.add(group(indicatorId, LATEST_YEAR, lowIncome, CCER, INCOME, "low income"));
    all.add(group(indicatorId, LATEST_YEAR, notLowIncome, CCER, INCOME, "not low income"));
    all.add(group(indicatorId, LATEST_YEAR, black, CCER, RACE_ETHNICITY, "Black"));
    all.add(group(indicatorId, LATEST_YEAR, hispanic, CCER, RACE_ETHNICITY, "Hispanic or Latino"));
    all.add(group(indicatorId, LATEST_YEAR, white, CCER, RACE_ETHNICITY, "White"));
  }

  /**
   * Work groups. In 2010 several work groups nominated the indicators and a Data Advisors Group helped
   * select the on-track indicators and their targets (roadmapproject.org, "Measuring success"). Illustrative:
   * the names and members of the four work groups, one per indicator group.
   */
  private static List<WorkingGroup> workGroups() {
    List<String> districtsAndCcer = new ArrayList<>(DISTRICTS);
    districtsAndCcer.add(CCER);
    List<String> dataAdvisors = new ArrayList<>(districtsAndCcer);
    dataAdvisors.add(COLLEGES);
    List<String> inSchool = new ArrayList<>(DISTRICTS);
    inSchool.add(YOUTH_DEVELOPMENT);
    List<String> graduation = new ArrayList<>(DISTRICTS);
    graduation.add(YOUTH_DEVELOPMENT);
    graduation.add(COLLEGES);
    return List.of(
        WorkingGroup.builder()
            .id("data-advisors")
            .name("Data Advisors Group")
            .addAllMemberPartnerIds(dataAdvisors)
            .addGoalIds(GOAL_2020, GOAL_2030)
            .build(),
        WorkingGroup.builder()
            .id("early-learning")
            .name("Early learning work group (illustrative name)")
            .addMemberPartnerIds(EARLY_LEARNING, COMMUNITY, HIGHLINE, KENT)
            .addGoalIds(GOAL_2020)
            .addIndicatorIds(KINDERGARTEN_READY)
            .build(),
        WorkingGroup.builder()
            .id("success-in-school")
            .name("Supported and successful in school work group (illustrative name)")
            .addAllMemberPartnerIds(inSchool)
            .addGoalIds(GOAL_2020)
            .addIndicatorIds(GRADE_3_READING, GRADE_4_MATH)
            .build(),
        WorkingGroup.builder()
            .id("college-and-career-ready")
            .name("College and career readiness work group (illustrative name)")
            .addAllMemberPartnerIds(graduation)
            .addGoalIds(GOAL_2020)
            .addIndicatorIds(HIGH_SCHOOL_GRADUATION)
            .build(),
        WorkingGroup.builder()
            .id("postsecondary")
            .name("Postsecondary success work group (illustrative name)")
            .addMemberPartnerIds(COLLEGES, YOUTH_DEVELOPMENT, CCER)
            .addGoalIds(GOAL_2020, GOAL_2030)
            .addIndicatorIds(POSTSECONDARY_COMPLETION, CREDENTIAL_ATTAINMENT)
            .build());
  }

  /**
   * The four approaches advance both goals; the programs aim at indicators, within the work group of their
   * indicator group. Illustrative: the leads and contributors of the approaches, the programs, the dates.
   * The kinds are those the names make plain: alignment convenes the partners, the power of data is data
   * work, stronger systems is work on the system, and the programs deliver services; parent and community
   * engagement, which may be organising or services, is left without a kind.
   */
  private static List<Activity> activities() {
    LocalDate start = LocalDate.of(2011, 1, 1);
    List<String> fundersAndDistricts = new ArrayList<>(DISTRICTS);
    fundersAndDistricts.add(SEATTLE_FOUNDATION);
    fundersAndDistricts.add(GATES_FOUNDATION);
    List<String> dataContributors = new ArrayList<>(DISTRICTS);
    dataContributors.add(COLLEGES);
    return List.of(
        Activity.builder()
            .id("alignment")
            .name("Alignment and collaboration")
            .leadPartnerId(CCER)
            .addAllContributingPartnerIds(fundersAndDistricts)
            .addGoalIds(GOAL_2020, GOAL_2030)
            .start(start)
            .kind(ActivityKind.CONVENING_AND_CAPACITY)
            .build(),
        Activity.builder()
            .id("parent-and-community-engagement")
            .name("Parent and community engagement")
            .leadPartnerId(COMMUNITY)
            .addContributingPartnerIds(YOUTH_DEVELOPMENT, EARLY_LEARNING)
            .addGoalIds(GOAL_2020, GOAL_2030)
            .start(start)
            .build(),
        Activity.builder()
            .id("power-of-data")
            .name("The power of data")
            .leadPartnerId(CCER)
            .addAllContributingPartnerIds(dataContributors)
            .addGoalIds(GOAL_2020, GOAL_2030)
            .workingGroupId("data-advisors")
            .start(start)
            .kind(ActivityKind.DATA_AND_MEASUREMENT)
            .build(),
        Activity.builder()
            .id("stronger-systems")
            .name("Stronger systems")
            .leadPartnerId(CCER)
            .addAllContributingPartnerIds(DISTRICTS)
            .addContributingPartnerIds(COLLEGES, EARLY_LEARNING)
            .addGoalIds(GOAL_2020, GOAL_2030)
            .start(start)
            .kind(ActivityKind.SYSTEMS_CHANGE)
            .build(),
        Activity.builder()
            .id("early-learning-access")
            .name("Access to quality early learning (illustrative)")
            .leadPartnerId(EARLY_LEARNING)
            .addContributingPartnerIds(COMMUNITY)
            .addIndicatorIds(KINDERGARTEN_READY)
            .workingGroupId("early-learning")
            .start(start)
            .kind(ActivityKind.PROGRAM_DELIVERY)
            .build(),
        Activity.builder()
            .id("expanded-learning")
            .name("Expanded learning and tutoring in the elementary grades (illustrative)")
            .leadPartnerId(YOUTH_DEVELOPMENT)
            .addAllContributingPartnerIds(DISTRICTS)
            .addIndicatorIds(GRADE_3_READING, GRADE_4_MATH)
            .workingGroupId("success-in-school")
            .start(start)
            .kind(ActivityKind.PROGRAM_DELIVERY)
            .build(),
        Activity.builder()
            .id("graduation-supports")
            .name("High school completion and college readiness supports (illustrative)")
            .leadPartnerId(YOUTH_DEVELOPMENT)
            .addAllContributingPartnerIds(DISTRICTS)
            .addIndicatorIds(HIGH_SCHOOL_GRADUATION)
            .workingGroupId("college-and-career-ready")
            .start(start)
            .kind(ActivityKind.PROGRAM_DELIVERY)
            .build(),
        Activity.builder()
            .id("completion-supports")
            .name("College completion and credential supports (illustrative)")
            .leadPartnerId(COLLEGES)
            .addContributingPartnerIds(YOUTH_DEVELOPMENT)
            .addIndicatorIds(POSTSECONDARY_COMPLETION, CREDENTIAL_ATTAINMENT)
            .workingGroupId("postsecondary")
            .start(start)
            .kind(ActivityKind.PROGRAM_DELIVERY)
            .build());
  }

  private static List<MeetingSeries> meetings() {
    List<MeetingSeries> meetings = new ArrayList<>();
    // The Project Sponsors approved the indicators (roadmapproject.org, "Measuring success"); they
    // are modelled as the steering committee. Illustrative: the cadence, the dates and which
    // districts sit on it. They review the shared results: the project puts "a heavy emphasis on
    // collecting data and using it to inform action" (FSG, "The Road Map Project" case study), and
    // when the pace of progress fell short of the 2020 goal, the Sponsors Group's feedback, with
    // the formative evaluation's, shaped the 2016 strategic refresh (CCER, "Exploring the roads to
    // success", roadmapproject.org, 2016).
    meetings.add(
        MeetingSeries.builder()
            .id("project-sponsors")
            .name("Project Sponsors")
            .kind(MeetingKind.STEERING_COMMITTEE)
            .addParticipantPartnerIds(CCER, SEATTLE_FOUNDATION, GATES_FOUNDATION, COMMUNITY)
            .addAllParticipantPartnerIds(DISTRICTS)
            .cadence(Cadence.QUARTERLY)
            .addAllMeetingDates(
                MeetingDates.every(
                    Cadence.QUARTERLY, LocalDate.of(2024, 2, 15), LocalDate.of(2026, 5, 31)))
            .reviewsResults(true)
            .build());
    // Illustrative: the work groups meet monthly.
    for (WorkingGroup group : workGroups()) {
      meetings.add(
          MeetingDates.ofWorkingGroup(
              group,
              group.name() + " meetings",
              Cadence.MONTHLY,
              LocalDate.of(2025, 9, 10),
              LocalDate.of(2026, 6, 10)));
    }
    // Illustrative: community meetings, the visible side of the parent and community engagement
    // approach.
    meetings.add(
        MeetingSeries.builder()
            .id("community-meetings")
            .name("Community and parent meetings")
            .kind(MeetingKind.COMMUNITY)
            .addParticipantPartnerIds(COMMUNITY, CCER, YOUTH_DEVELOPMENT)
            .cadence(Cadence.QUARTERLY)
            .addAllMeetingDates(
                MeetingDates.every(
                    Cadence.QUARTERLY, LocalDate.of(2025, 3, 20), LocalDate.of(2026, 6, 20)))
            .build());
    return meetings;
  }

  private static List<Channel> channels() {
    List<String> everyPartner = new ArrayList<>();
    for (Partner p : partners()) {
      everyPartner.add(p.id());
    }
    return List.of(
        // CCER's Results Report "serves as a regional report card" across the indicators; the first
        // came out in December 2012, after the 2011 Baseline Report (roadmapproject.org, "Results
        // Report 2012").
        Channel.builder()
            .id("results-report")
            .name("Road Map Project Results Report")
            .kind(ChannelKind.REPORT)
            .audience(Audience.PUBLIC)
            .publishesResults(true)
            .addAllPartnerIds(everyPartner)
            .build(),
        // The project's data center publishes the indicators (roadmapproject.org, "Data center").
        Channel.builder()
            .id("data-center")
            .name("Road Map Project data center")
            .kind(ChannelKind.SHARED_DASHBOARD)
            .audience(Audience.PUBLIC)
            .publishesResults(true)
            .addPartnerIds(CCER)
            .build());
  }

  private static Backbone backbone() {
    return Backbone.builder()
        .name("Community Center for Education Results (CCER)")
        .partnerId(CCER)
        // A new nonprofit created for the purpose; its strength is neutrality (FSG).
        .type(BackboneType.NEW_NONPROFIT)
        // Illustrative: the staff positions and FTE.
        .addStaff(
            StaffPosition.of("Executive director", 1.0),
            StaffPosition.of("Data and research team", 4.0),
            StaffPosition.of("Partnership and community engagement team", 3.0),
            StaffPosition.of("Policy and communications", 1.5))
        // Illustrative: the two sponsoring foundations as funders of the backbone; the amounts and
        // for how long they are committed are not stated (BB-008).
        .addFundingSources(
            FundingSource.builder()
                .name("Bill & Melinda Gates Foundation")
                .partnerId(GATES_FOUNDATION)
                .build(),
            FundingSource.builder()
                .name("The Seattle Foundation")
                .partnerId(SEATTLE_FOUNDATION)
                .build())
        .addRoles(
            BackboneRole.of(
                BackboneFunction.GUIDE_VISION_AND_STRATEGY,
                "Keeps the partners working toward the shared goal, and renewed it with them in 2017"),
            BackboneRole.of(
                BackboneFunction.SUPPORT_ALIGNED_ACTIVITIES, "Convenes and staffs the work groups"),
            BackboneRole.of(
                BackboneFunction.ESTABLISH_SHARED_MEASUREMENT_PRACTICES,
                "Compiles the indicators and publishes the Results Report"),
            BackboneRole.of(BackboneFunction.BUILD_PUBLIC_WILL, "Parent and community engagement"),
            BackboneRole.of(
                BackboneFunction.ADVANCE_POLICY, "Stronger systems: a shared policy agenda"),
            BackboneRole.of(BackboneFunction.MOBILIZE_FUNDING, "Aligns funders behind the goal"))
        .build();
  }
}
