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
import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.Channel;
import io.github.collectiveimpact.model.ChannelKind;
import io.github.collectiveimpact.model.CommonAgenda;
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
import io.github.collectiveimpact.model.SystemsChange;
import io.github.collectiveimpact.model.SystemsChangeKind;
import io.github.collectiveimpact.model.Unit;
import io.github.collectiveimpact.model.WorkingGroup;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * StrivePartnership, the cradle-to-career partnership of Cincinnati and Northern Kentucky, founded in 2006:
 * the initiative Kania and Kramer used to introduce collective impact ("Collective Impact", Stanford Social
 * Innovation Review, Winter 2011), and the first "Proof Point" of the StriveTogether Cradle to Career
 * Network (2016).
 *
 * <p>What is modelled, and where it comes from:
 *
 * <ul>
 *   <li>the cross-sector partners, naming only organisations that public sources list as founding members
 *       or early supporters, each in its family of sectors by ownership (the two public universities are
 *       government); the hundreds of other partners appear as illustrative groupings;
 *   <li>the seven community-level outcomes from kindergarten readiness to employment, as population
 *       indicators disaggregated by race and ethnicity and by income (the 2011 article reports 53
 *       indicators; only the seven headline outcomes are modelled);
 *   <li>collaborative action networks as working groups that meet every two weeks and use their data to
 *       learn from each other, a leadership table as the steering committee, and the annual partnership
 *       report as the public report card;
 *   <li>one change in the system it contributed to: the 2016 levy that funds the Cincinnati Preschool
 *       Promise;
 *   <li>the backbone, carrying the six functions of Turner et al. (SSIR 2012).
 * </ul>
 *
 * <p>Every number (baselines, targets, observed values, staff) is illustrative: this example shows the
 * shape of the data, not StrivePartnership's results. What the sources do not state is left unstated,
 * and the validator says so (see {@link #initiative()}): no ERROR, one WARNING and three notes.
 */
public final class StriveTogether {
  /** The initiative's id. */
  public static final String ID = "strivepartnership";

  /** The backbone's partner id. */
  public static final String STRIVE = "strive";

  /** Cincinnati Public Schools. */
  public static final String CINCINNATI_PUBLIC_SCHOOLS = "cincinnati-public-schools";

  /** The University of Cincinnati. */
  public static final String UNIVERSITY_OF_CINCINNATI = "university-of-cincinnati";

  /** Northern Kentucky University. */
  public static final String NORTHERN_KENTUCKY_UNIVERSITY = "northern-kentucky-university";

  /** Xavier University. */
  public static final String XAVIER_UNIVERSITY = "xavier-university";

  /** KnowledgeWorks. */
  public static final String KNOWLEDGEWORKS = "knowledgeworks";

  /** The Greater Cincinnati Foundation. */
  public static final String GREATER_CINCINNATI_FOUNDATION = "greater-cincinnati-foundation";

  /** United Way of Greater Cincinnati. */
  public static final String UNITED_WAY = "united-way-greater-cincinnati";

  /** Procter &amp; Gamble. */
  public static final String PROCTER_AND_GAMBLE = "procter-and-gamble";

  /** Northern Kentucky school districts (an illustrative grouping). */
  public static final String NORTHERN_KENTUCKY_DISTRICTS = "northern-kentucky-districts";

  /** Early childhood education providers (an illustrative grouping). */
  public static final String EARLY_CHILDHOOD_PROVIDERS = "early-childhood-providers";

  /** Tutoring and out-of-school-time nonprofits (an illustrative grouping). */
  public static final String TUTORING_NONPROFITS = "tutoring-nonprofits";

  /** City and county government (an illustrative grouping). */
  public static final String LOCAL_GOVERNMENT = "local-government";

  /** Parent and neighbourhood organisations (an illustrative grouping). */
  public static final String PARENT_ORGANISATIONS = "parent-organisations";

  /** Regional employers and workforce partners (an illustrative grouping). */
  public static final String EMPLOYERS = "regional-employers";

  /** Kindergarten readiness. */
  public static final String KINDERGARTEN_READINESS = "kindergarten-readiness";

  /** Early grade reading. */
  public static final String EARLY_GRADE_READING = "early-grade-reading";

  /** Middle grade math. */
  public static final String MIDDLE_GRADE_MATH = "middle-grade-math";

  /** High school graduation. */
  public static final String HIGH_SCHOOL_GRADUATION = "high-school-graduation";

  /** Postsecondary enrollment. */
  public static final String POSTSECONDARY_ENROLLMENT = "postsecondary-enrollment";

  /** Postsecondary completion. */
  public static final String POSTSECONDARY_COMPLETION = "postsecondary-completion";

  /** Employment. */
  public static final String EMPLOYMENT = "employment";

  // Illustrative: the baseline year, the target date and the latest year of data are not from a
  // public source. Only the founding year, 2006, is public.
  private static final ReportingPeriod BASELINE_YEAR = ReportingPeriod.ofSchoolYear(2006);
  private static final ReportingPeriod LATEST_YEAR = ReportingPeriod.ofSchoolYear(2024);
  private static final LocalDate TARGET_DATE = LocalDate.of(2030, 6, 30);

  private StriveTogether() {}

  /**
   * StrivePartnership as modelled here. The validator reports, as of 2026-06-30:
   *
   * <ul>
   *   <li>BB-005 (INFO): the backbone's structure ({@link Backbone#type()}) is deliberately left unstated:
   *       Strive began with KnowledgeWorks among its founding supporters, its backbone role has since
   *       changed hands, and no single structure of FSG's typology describes that whole history;
   *   <li>BB-008 (INFO): the sources name the backbone's funders, not for how long they committed;
   *   <li>CA-009 (WARNING) and CA-011 (INFO): parent and neighbourhood organisations sit at the leadership
   *       table, but the sources do not document residents or parents deciding there themselves, so the
   *       community is represented through organisations that speak for it.
   * </ul>
   *
   * @return the initiative
   */
  public static Initiative initiative() {
    return Initiative.builder()
        .id(ID)
        .name("StrivePartnership")
        .description(
            "A cradle-to-career partnership of education, business, nonprofit, philanthropic and civic"
                + " leaders working on shared outcomes for every child, from birth to a career.")
        .geography("Cincinnati, Ohio, and Northern Kentucky")
        // Founded in 2006 (Rockefeller Foundation, "StriveTogether: taking a place-based network to
        // national scale"). Only the year is public: the day is a placeholder.
        .launchDate(LocalDate.of(2006, 1, 1))
        .commonAgenda(agenda())
        .addAllPartners(partners())
        .addAllIndicators(indicators())
        .addAllObservations(observations())
        .addAllWorkingGroups(networks())
        .addAllActivities(activities())
        .addAllMeetingSeries(meetings())
        .addAllChannels(channels())
        .addAllSystemsChanges(systemsChanges())
        .backbone(backbone())
        .build();
  }

  private static List<Partner> partners() {
    return List.of(
        partner(STRIVE, "Strive (StrivePartnership backbone staff)", Sector.NONPROFIT),
        // Cincinnati Public Schools, the Greater Cincinnati Foundation, United Way and Procter &
        // Gamble were early supporters; Northern Kentucky University, Xavier University and
        // KnowledgeWorks founding members; the University of Cincinnati's president led the
        // founding (FSG, "Collaboration in Action: Strive", Social Impact Exchange Conference, June
        // 2010).
        partner(
            CINCINNATI_PUBLIC_SCHOOLS,
            "Cincinnati Public Schools",
            Sector.K12_EDUCATION,
            PartnerRole.STEERING_COMMITTEE_MEMBER,
            PartnerRole.DATA_PARTNER,
            PartnerRole.WORKING_GROUP_MEMBER),
        // The University of Cincinnati and Northern Kentucky University are public universities of
        // Ohio and of Kentucky: government by ownership, although higher education is usually
        // nonprofit. Xavier University is a private university: nonprofit, its sector's usual
        // family.
        partner(
            UNIVERSITY_OF_CINCINNATI,
            "University of Cincinnati",
            Sector.HIGHER_EDUCATION,
            SectorFamily.GOVERNMENT,
            PartnerRole.CHAMPION,
            PartnerRole.STEERING_COMMITTEE_MEMBER,
            PartnerRole.DATA_PARTNER),
        partner(
            NORTHERN_KENTUCKY_UNIVERSITY,
            "Northern Kentucky University",
            Sector.HIGHER_EDUCATION,
            SectorFamily.GOVERNMENT,
            PartnerRole.DATA_PARTNER,
            PartnerRole.WORKING_GROUP_MEMBER),
        partner(
            XAVIER_UNIVERSITY,
            "Xavier University",
            Sector.HIGHER_EDUCATION,
            PartnerRole.DATA_PARTNER,
            PartnerRole.WORKING_GROUP_MEMBER),
        // KnowledgeWorks was "one of StrivePartnership's founding supporters" (Rockefeller
        // Foundation).
        partner(KNOWLEDGEWORKS, "KnowledgeWorks", Sector.PHILANTHROPY, PartnerRole.FUNDER),
        partner(
            GREATER_CINCINNATI_FOUNDATION,
            "The Greater Cincinnati Foundation",
            Sector.PHILANTHROPY,
            PartnerRole.FUNDER,
            PartnerRole.STEERING_COMMITTEE_MEMBER),
        partner(
            UNITED_WAY,
            "United Way of Greater Cincinnati",
            Sector.NONPROFIT,
            PartnerRole.FUNDER,
            PartnerRole.WORKING_GROUP_LEAD),
        partner(
            PROCTER_AND_GAMBLE,
            "Procter & Gamble",
            Sector.BUSINESS,
            PartnerRole.STEERING_COMMITTEE_MEMBER),
        // Illustrative groupings, not named organisations. The 2011 article counts more than 300
        // leaders: heads of foundations, city government officials, school district
        // representatives, the presidents of eight universities and community colleges, and the
        // heads of hundreds of education nonprofits.
        partner(
            NORTHERN_KENTUCKY_DISTRICTS,
            "Northern Kentucky urban school districts (illustrative grouping)",
            Sector.K12_EDUCATION,
            PartnerRole.DATA_PARTNER,
            PartnerRole.WORKING_GROUP_MEMBER),
        partner(
            EARLY_CHILDHOOD_PROVIDERS,
            "Early childhood education providers (illustrative grouping)",
            Sector.EARLY_CHILDHOOD,
            PartnerRole.SERVICE_PROVIDER,
            PartnerRole.DATA_PARTNER,
            PartnerRole.WORKING_GROUP_LEAD),
        partner(
            TUTORING_NONPROFITS,
            "Tutoring and out-of-school-time nonprofits (illustrative grouping)",
            Sector.NONPROFIT,
            PartnerRole.SERVICE_PROVIDER,
            PartnerRole.WORKING_GROUP_LEAD),
        partner(
            LOCAL_GOVERNMENT,
            "City and county government (illustrative grouping)",
            Sector.GOVERNMENT,
            PartnerRole.DATA_PARTNER,
            PartnerRole.POLICY_ADVOCATE),
        partner(
            PARENT_ORGANISATIONS,
            "Parent and neighbourhood organisations (illustrative grouping)",
            Sector.COMMUNITY,
            PartnerRole.COMMUNITY_VOICE,
            PartnerRole.WORKING_GROUP_MEMBER),
        // Employers are businesses, although a workforce partner is usually a public workforce
        // board.
        partner(
            EMPLOYERS,
            "Regional employers and workforce partners (illustrative grouping)",
            Sector.WORKFORCE,
            SectorFamily.BUSINESS,
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
    CommonAgenda.Builder agenda =
        CommonAgenda.builder()
            // The problem as StrivePartnership described it: a region "program rich and system
            // poor" (Rockefeller Foundation story sketch), with many piecemeal efforts and no
            // shared outcomes.
            .problemStatement(
                "Many programs serve the region's children, but they are piecemeal: the region is"
                    + " program rich and system poor, and no shared outcomes tie the efforts together.")
            .vision("Every child succeeds, every step of the way, from cradle to career.")
            // Illustrative: one goal per stage of the cradle-to-career pipeline. The wording
            // paraphrases the stages, the target date and the grouping are not from a public
            // source.
            .addGoals(
                goal(
                    "prepared-for-school",
                    "Every child is prepared for school",
                    KINDERGARTEN_READINESS),
                goal(
                    "succeeds-academically",
                    "Every child succeeds academically",
                    EARLY_GRADE_READING,
                    MIDDLE_GRADE_MATH),
                goal(
                    "graduates",
                    "Every student graduates from high school",
                    HIGH_SCHOOL_GRADUATION),
                goal(
                    "postsecondary",
                    "Every student enrols in and completes postsecondary education",
                    POSTSECONDARY_ENROLLMENT,
                    POSTSECONDARY_COMPLETION),
                goal("career", "Every young adult enters a career", EMPLOYMENT));
    // Illustrative: every partner has endorsed the agenda; the dates are not public, so none is
    // given.
    for (Partner p : partners()) {
      agenda.addEndorsements(Endorsement.builder().partnerId(p.id()).build());
    }
    return agenda.build();
  }

  private static Goal goal(String id, String statement, String... indicatorIds) {
    return Goal.builder()
        .id(id)
        .statement(statement)
        .addIndicatorIds(indicatorIds)
        .targetDate(TARGET_DATE)
        .build();
  }

  private static List<Indicator> indicators() {
    // The seven community-level outcomes (StriveTogether; Kania and Kramer, SSIR 2011).
    // Definitions, data sources, baselines and targets are illustrative. The external codes are
    // this library's labels for the outcomes, not codes StriveTogether publishes.
    return List.of(
        indicator(
            KINDERGARTEN_READINESS,
            "Kindergarten readiness",
            "Share of entering kindergartners assessed as ready for kindergarten on the state"
                + " kindergarten readiness assessment (illustrative definition)",
            "State kindergarten readiness assessment, reported by the school districts",
            44,
            70,
            EARLY_CHILDHOOD_PROVIDERS,
            CINCINNATI_PUBLIC_SCHOOLS,
            NORTHERN_KENTUCKY_DISTRICTS),
        indicator(
            EARLY_GRADE_READING,
            "Early grade reading",
            "Share of third graders proficient in reading on the state assessment (illustrative"
                + " definition)",
            "State assessments of Ohio and Kentucky, reported by the school districts",
            55,
            80,
            CINCINNATI_PUBLIC_SCHOOLS,
            NORTHERN_KENTUCKY_DISTRICTS),
        indicator(
            MIDDLE_GRADE_MATH,
            "Middle grade math",
            "Share of eighth graders proficient in mathematics on the state assessment (illustrative"
                + " definition)",
            "State assessments of Ohio and Kentucky, reported by the school districts",
            38,
            65,
            CINCINNATI_PUBLIC_SCHOOLS,
            NORTHERN_KENTUCKY_DISTRICTS),
        indicator(
            HIGH_SCHOOL_GRADUATION,
            "High school graduation",
            "Four-year adjusted cohort graduation rate (illustrative definition)",
            "State graduation rates, reported by the school districts",
            72,
            92,
            CINCINNATI_PUBLIC_SCHOOLS,
            NORTHERN_KENTUCKY_DISTRICTS),
        indicator(
            POSTSECONDARY_ENROLLMENT,
            "Postsecondary enrollment",
            "Share of high school graduates who enrol in a two- or four-year college or a credential"
                + " program in the fall after graduating (illustrative definition)",
            "College enrolment records matched by the partner universities",
            58,
            75,
            UNIVERSITY_OF_CINCINNATI,
            NORTHERN_KENTUCKY_UNIVERSITY,
            XAVIER_UNIVERSITY),
        indicator(
            POSTSECONDARY_COMPLETION,
            "Postsecondary completion",
            "Share of enrolled students who earn a degree or credential within six years (illustrative"
                + " definition)",
            "Completion records of the partner universities and colleges",
            40,
            60,
            UNIVERSITY_OF_CINCINNATI,
            NORTHERN_KENTUCKY_UNIVERSITY,
            XAVIER_UNIVERSITY),
        indicator(
            EMPLOYMENT,
            "Employment",
            "Share of young adults aged 20 to 24 who are employed (illustrative definition)",
            "Regional labour market data compiled with local government and employers",
            64,
            80,
            LOCAL_GOVERNMENT,
            EMPLOYERS));
  }

  private static Indicator indicator(
      String id,
      String name,
      String definition,
      String dataSource,
      double baseline,
      double target,
      String... dataPartnerIds) {
    boolean calendarYear = id.equals(EMPLOYMENT);
    LocalDate baselineDate = calendarYear ? LocalDate.of(2007, 12, 31) : BASELINE_YEAR.end();
    return Indicator.builder()
        .id(id)
        .name(name)
        .definition(definition)
        .unit(Unit.PERCENT)
        .desiredDirection(Direction.INCREASE)
        .level(IndicatorLevel.POPULATION)
        .baseline(DatedValue.of(baseline, baselineDate))
        .target(DatedValue.of(target, TARGET_DATE))
        .reportingFrequency(Cadence.ANNUALLY)
        .dataSource(dataSource)
        .addDataPartnerIds(dataPartnerIds)
        // Strive reports results broken down by race and ethnicity and by income.
        .addDisaggregations(RACE_ETHNICITY, INCOME)
        .addExternalCodes(
            ExternalCode.of(ExternalCode.STRIVETOGETHER_OUTCOME, id.replace('-', '_')))
        .build();
  }

  /**
   * Illustrative values: the baseline year, the latest year for the whole population, and the latest year
   * broken down by income and by race and ethnicity. They show gaps between groups, as cradle-to-career
   * report cards do, but they are not StrivePartnership's figures.
   */
  private static List<Observation> observations() {
    List<Observation> all = new ArrayList<>();
    // indicator, baseline, latest; then latest for: low income, not low income, Black, Hispanic or
    // Latino, White.
    results(all, KINDERGARTEN_READINESS, 44, 52, 43, 66, 45, 41, 63);
    results(all, EARLY_GRADE_READING, 55, 60, 49, 75, 48, 50, 74);
    results(all, MIDDLE_GRADE_MATH, 38, 45, 34, 60, 33, 37, 58);
    results(all, HIGH_SCHOOL_GRADUATION, 72, 84, 79, 91, 80, 78, 89);
    results(all, POSTSECONDARY_ENROLLMENT, 58, 63, 52, 74, 55, 50, 70);
    results(all, POSTSECONDARY_COMPLETION, 40, 46, 33, 57, 31, 35, 55);
    results(all, EMPLOYMENT, 64, 70, 61, 77, 60, 66, 75);
    return all;
  }

  private static void results(
      List<Observation> all,
      String indicatorId,
      double baseline,
      double latest,
      double lowIncome,
      double notLowIncome,
      double black,
      double hispanic,
      double white) {
    boolean calendarYear = indicatorId.equals(EMPLOYMENT);
    ReportingPeriod first = calendarYear ? ReportingPeriod.ofYear(2007) : BASELINE_YEAR;
    ReportingPeriod last = calendarYear ? ReportingPeriod.ofYear(2025) : LATEST_YEAR;
    all.add(total(indicatorId, first, baseline, STRIVE));
    all.add(total(indicatorId, last, latest, STRIVE));
    all.add(group(indicatorId, last, lowIncome, STRIVE, INCOME, "low income"));
    all.add(group(indicatorId, last, notLowIncome, STRIVE, INCOME, "not low income"));
    all.add(group(indicatorId, last, black, STRIVE, RACE_ETHNICITY, "Black"));
    all.add(group(indicatorId, last, hispanic, STRIVE, RACE_ETHNICITY, "Hispanic or Latino"));
    all.add(group(indicatorId, last, white, STRIVE, RACE_ETHNICITY, "White"));
  }

  /**
   * Collaborative action networks. Strive organised its partners into fifteen networks by type of
   * activity, "such as early childhood education or tutoring" (Kania and Kramer, SSIR 2011); the other
   * three names below are illustrative, and only five of the fifteen are modelled.
   */
  private static List<WorkingGroup> networks() {
    return List.of(
        network(
            "early-childhood-network",
            "Early childhood education network",
            List.of("prepared-for-school"),
            List.of(KINDERGARTEN_READINESS),
            EARLY_CHILDHOOD_PROVIDERS,
            CINCINNATI_PUBLIC_SCHOOLS,
            UNITED_WAY,
            PARENT_ORGANISATIONS),
        network(
            "tutoring-network",
            "Tutoring network",
            List.of("succeeds-academically"),
            List.of(EARLY_GRADE_READING),
            TUTORING_NONPROFITS,
            CINCINNATI_PUBLIC_SCHOOLS,
            NORTHERN_KENTUCKY_DISTRICTS,
            UNITED_WAY),
        network(
            "middle-grades-math-network",
            "Middle grades math network (illustrative name)",
            List.of("succeeds-academically"),
            List.of(MIDDLE_GRADE_MATH),
            CINCINNATI_PUBLIC_SCHOOLS,
            NORTHERN_KENTUCKY_DISTRICTS,
            XAVIER_UNIVERSITY,
            TUTORING_NONPROFITS),
        network(
            "college-access-network",
            "College access network (illustrative name)",
            List.of("graduates", "postsecondary"),
            List.of(HIGH_SCHOOL_GRADUATION, POSTSECONDARY_ENROLLMENT),
            CINCINNATI_PUBLIC_SCHOOLS,
            NORTHERN_KENTUCKY_DISTRICTS,
            NORTHERN_KENTUCKY_UNIVERSITY,
            UNIVERSITY_OF_CINCINNATI,
            PARENT_ORGANISATIONS),
        network(
            "completion-and-career-network",
            "Postsecondary completion and career network (illustrative name)",
            List.of("postsecondary", "career"),
            List.of(POSTSECONDARY_COMPLETION, EMPLOYMENT),
            UNIVERSITY_OF_CINCINNATI,
            NORTHERN_KENTUCKY_UNIVERSITY,
            XAVIER_UNIVERSITY,
            EMPLOYERS,
            PROCTER_AND_GAMBLE,
            LOCAL_GOVERNMENT));
  }

  private static WorkingGroup network(
      String id, String name, List<String> goalIds, List<String> indicatorIds, String... members) {
    return WorkingGroup.builder()
        .id(id)
        .name(name)
        .addMemberPartnerIds(members)
        .addAllGoalIds(goalIds)
        .addAllIndicatorIds(indicatorIds)
        .build();
  }

  /**
   * Each partner does what it does best. Illustrative: the activities are typical of cradle-to-career
   * networks, not a list of StrivePartnership's programs. Activities that aim at the same indicator sit in
   * the same network, which is what keeps them coordinated (MR-005). Each activity's kind is the one its
   * description makes plain; preschool quality improvement, which may be delivery or capacity building,
   * is left without one.
   */
  private static List<Activity> activities() {
    LocalDate start = LocalDate.of(2008, 9, 1); // Illustrative.
    return List.of(
        activity(
                "preschool-quality",
                "Preschool quality improvement",
                EARLY_CHILDHOOD_PROVIDERS,
                start)
            .addContributingPartnerIds(UNITED_WAY)
            .addGoalIds("prepared-for-school")
            .addIndicatorIds(KINDERGARTEN_READINESS)
            .workingGroupId("early-childhood-network")
            .build(),
        activity(
                "kindergarten-transition",
                "Kindergarten transition",
                CINCINNATI_PUBLIC_SCHOOLS,
                start)
            .addContributingPartnerIds(PARENT_ORGANISATIONS)
            .addIndicatorIds(KINDERGARTEN_READINESS)
            .workingGroupId("early-childhood-network")
            .kind(ActivityKind.PROGRAM_DELIVERY)
            .build(),
        activity(
                "reading-tutoring",
                "Reading tutoring guided by student data",
                TUTORING_NONPROFITS,
                start)
            .addContributingPartnerIds(CINCINNATI_PUBLIC_SCHOOLS, NORTHERN_KENTUCKY_DISTRICTS)
            .addIndicatorIds(EARLY_GRADE_READING)
            .workingGroupId("tutoring-network")
            .kind(ActivityKind.PROGRAM_DELIVERY)
            .build(),
        activity(
                "middle-grades-math",
                "Middle grades math instruction",
                CINCINNATI_PUBLIC_SCHOOLS,
                start)
            .addContributingPartnerIds(NORTHERN_KENTUCKY_DISTRICTS, XAVIER_UNIVERSITY)
            .addIndicatorIds(MIDDLE_GRADE_MATH)
            .workingGroupId("middle-grades-math-network")
            .kind(ActivityKind.PROGRAM_DELIVERY)
            .build(),
        activity("college-access", "College access advising", NORTHERN_KENTUCKY_UNIVERSITY, start)
            .addContributingPartnerIds(CINCINNATI_PUBLIC_SCHOOLS, PARENT_ORGANISATIONS)
            .addIndicatorIds(HIGH_SCHOOL_GRADUATION, POSTSECONDARY_ENROLLMENT)
            .workingGroupId("college-access-network")
            .kind(ActivityKind.PROGRAM_DELIVERY)
            .build(),
        activity(
                "completion-supports",
                "Postsecondary completion supports",
                UNIVERSITY_OF_CINCINNATI,
                start)
            .addContributingPartnerIds(XAVIER_UNIVERSITY, NORTHERN_KENTUCKY_UNIVERSITY)
            .addIndicatorIds(POSTSECONDARY_COMPLETION)
            .workingGroupId("completion-and-career-network")
            .kind(ActivityKind.PROGRAM_DELIVERY)
            .build(),
        activity("career-pathways", "Career pathways and internships", EMPLOYERS, start)
            .addContributingPartnerIds(PROCTER_AND_GAMBLE, LOCAL_GOVERNMENT)
            .addIndicatorIds(EMPLOYMENT)
            .workingGroupId("completion-and-career-network")
            .kind(ActivityKind.PROGRAM_DELIVERY)
            .build(),
        // Funders aligning their grants with the shared outcomes, so that money follows evidence: a
        // change in where money flows, not a programme.
        activity(
                "aligned-investment",
                "Aligning philanthropic investment with the outcomes",
                GREATER_CINCINNATI_FOUNDATION,
                start)
            .addContributingPartnerIds(KNOWLEDGEWORKS, UNITED_WAY, PROCTER_AND_GAMBLE)
            .addGoalIds(
                "prepared-for-school",
                "succeeds-academically",
                "graduates",
                "postsecondary",
                "career")
            .kind(ActivityKind.SYSTEMS_CHANGE)
            .build(),
        // The backbone's own activity: data support and continuous improvement coaching for the
        // networks.
        activity("network-data-support", "Data and continuous improvement support", STRIVE, start)
            .addGoalIds(
                "prepared-for-school",
                "succeeds-academically",
                "graduates",
                "postsecondary",
                "career")
            .kind(ActivityKind.DATA_AND_MEASUREMENT)
            .build());
  }

  private static Activity.Builder activity(String id, String name, String lead, LocalDate start) {
    return Activity.builder().id(id).name(name).leadPartnerId(lead).start(start);
  }

  private static List<MeetingSeries> meetings() {
    List<MeetingSeries> meetings = new ArrayList<>();
    List<String> everyPartner = new ArrayList<>();
    for (Partner p : partners()) {
      everyPartner.add(p.id());
    }
    // Cross-sector leaders steer the partnership. Illustrative: the table's name, its members,
    // cadence and meeting dates. The parent and neighbourhood organisations sit at it; residents or
    // parents deciding there themselves are not documented, so no member has the lived_experience
    // role (CA-009, CA-011).
    meetings.add(
        MeetingSeries.builder()
            .id("community-leadership-table")
            .name("Leadership Table")
            .kind(MeetingKind.STEERING_COMMITTEE)
            .addParticipantPartnerIds(
                STRIVE,
                CINCINNATI_PUBLIC_SCHOOLS,
                UNIVERSITY_OF_CINCINNATI,
                GREATER_CINCINNATI_FOUNDATION,
                PROCTER_AND_GAMBLE,
                PARENT_ORGANISATIONS)
            .cadence(Cadence.QUARTERLY)
            .addAllMeetingDates(
                MeetingDates.every(
                    Cadence.QUARTERLY, LocalDate.of(2024, 1, 18), LocalDate.of(2026, 4, 30)))
            .build());
    // Illustrative: a yearly convening of all partners.
    meetings.add(
        MeetingSeries.builder()
            .id("annual-convening")
            .name("Annual partnership convening")
            .kind(MeetingKind.ALL_PARTNERS)
            .addAllParticipantPartnerIds(everyPartner)
            .cadence(Cadence.ANNUALLY)
            .addMeetingDates(LocalDate.of(2024, 10, 10), LocalDate.of(2025, 10, 9))
            .build());
    // The networks met "for two hours every two weeks", developing shared performance indicators,
    // discussing their progress and learning from each other (Kania and Kramer, SSIR 2011): they
    // review the shared results. Illustrative dates. Whether the leadership table reviews them too
    // is not stated.
    Cadence everyTwoWeeks = Cadence.of(Period.ofWeeks(2));
    for (WorkingGroup network : networks()) {
      meetings.add(
          MeetingDates.ofWorkingGroup(
              network,
              network.name() + " meetings",
              everyTwoWeeks,
              LocalDate.of(2026, 1, 8),
              LocalDate.of(2026, 6, 25),
              true));
    }
    return meetings;
  }

  /**
   * Changes in the system that the partnership contributed to; only one is modelled. In November 2016
   * Cincinnati voters approved Issue 44, a Cincinnati Public Schools levy of which $15 million a year
   * expands quality preschool through the Cincinnati Preschool Promise. StrivePartnership had launched the
   * Preschool Promise in 2012 as an advocacy and organising effort, the school board put the levy on the
   * ballot, and United Way of Greater Cincinnati became the agency that manages the Preschool Promise
   * (NC Early Childhood Foundation, "Financing tools: Cincinnati, OH"; Children's Funding Project,
   * "Voter-Approved Children's Fund Profile: Cincinnati, OH").
   */
  private static List<SystemsChange> systemsChanges() {
    return List.of(
        SystemsChange.builder()
            .id("preschool-promise-levy")
            // Election day, 8 November 2016.
            .date(LocalDate.of(2016, 11, 8))
            .kind(SystemsChangeKind.FUNDING_FLOW)
            .description(
                "Cincinnati voters approved Issue 44, a school levy of which $15 million a year expands"
                    + " quality preschool through the Cincinnati Preschool Promise, launched by"
                    + " StrivePartnership in 2012")
            .addPartnerIds(STRIVE, CINCINNATI_PUBLIC_SCHOOLS, UNITED_WAY)
            .source(
                "NC Early Childhood Foundation, \"Financing tools: Cincinnati, OH\"; Children's Funding"
                    + " Project, \"Voter-Approved Children's Fund Profile: Cincinnati, OH\"")
            .build());
  }

  private static List<Channel> channels() {
    List<String> everyPartner = new ArrayList<>();
    for (Partner p : partners()) {
      everyPartner.add(p.id());
    }
    return List.of(
        // The partnership publishes an annual report of its outcomes, its report card
        // (strivepartnership.org, "A letter to the community").
        Channel.builder()
            .id("annual-report")
            .name("Annual partnership report (report card)")
            .kind(ChannelKind.REPORT)
            .audience(Audience.PUBLIC)
            .publishesResults(true)
            .addAllPartnerIds(everyPartner)
            .build(),
        Channel.builder()
            .id("website")
            .name("StrivePartnership website")
            .kind(ChannelKind.WEBSITE)
            .audience(Audience.PUBLIC)
            .publishesResults(false)
            .addPartnerIds(STRIVE)
            .build());
  }

  private static Backbone backbone() {
    return Backbone.builder()
        .name("Strive (StrivePartnership backbone staff)")
        .partnerId(STRIVE)
        // Deliberately no type(): see initiative(). Illustrative: the staff positions and FTE.
        .addStaff(
            StaffPosition.of("Executive director", 1.0),
            StaffPosition.of("Data and continuous improvement staff", 3.0),
            StaffPosition.of("Network facilitators", 3.0),
            StaffPosition.of("Communications and policy staff", 1.5))
        // Early supporters (FSG, 2010) and a founding supporter (Rockefeller Foundation); what
        // share each gave, for how long it committed (BB-008), and who funds the backbone today are
        // not stated.
        .addFundingSources(
            FundingSource.builder().name("KnowledgeWorks").partnerId(KNOWLEDGEWORKS).build(),
            FundingSource.builder()
                .name("The Greater Cincinnati Foundation")
                .partnerId(GREATER_CINCINNATI_FOUNDATION)
                .build(),
            FundingSource.builder()
                .name("United Way of Greater Cincinnati")
                .partnerId(UNITED_WAY)
                .build())
        // The six functions of Turner et al. (SSIR 2012), all carried by the backbone itself.
        .addRoles(
            BackboneRole.of(
                BackboneFunction.GUIDE_VISION_AND_STRATEGY,
                "Keeps the cradle-to-career vision and the shared outcomes in front of the partners"),
            BackboneRole.of(
                BackboneFunction.SUPPORT_ALIGNED_ACTIVITIES,
                "Facilitates the collaborative action networks"),
            BackboneRole.of(
                BackboneFunction.ESTABLISH_SHARED_MEASUREMENT_PRACTICES,
                "Collects the outcome data and publishes the annual report card"),
            BackboneRole.of(
                BackboneFunction.BUILD_PUBLIC_WILL, "Communicates the results to the community"),
            BackboneRole.of(
                BackboneFunction.ADVANCE_POLICY,
                "Brings evidence from the networks to local policy makers"),
            BackboneRole.of(
                BackboneFunction.MOBILIZE_FUNDING,
                "Helps funders align their investment with the outcomes"))
        .build();
  }
}
