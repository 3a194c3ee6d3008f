package io.github.collectiveimpact.benchmarks;

import io.github.collectiveimpact.model.Activity;
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
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.ReportingPeriod;
import io.github.collectiveimpact.model.Sector;
import io.github.collectiveimpact.model.StaffPosition;
import io.github.collectiveimpact.model.Unit;
import io.github.collectiveimpact.model.WorkingGroup;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic collective impact initiatives of a given size, the same for the same seed.
 *
 * <p>The shape follows the cradle-to-career initiatives the library models: partners from a dozen sectors
 * with the backbone organisation among them; a common agenda whose goals each own a slice of the shared
 * indicators, half of them with an equity focus; indicators with units, baselines, targets, reporting
 * frequencies and disaggregations; observations split across data partners, indicators, reporting periods
 * and subgroups (the whole population, then each group of each dimension the indicator declares), oldest
 * period first, the most recent periods complete; working groups that each coordinate the activities aimed
 * at their indicators; a steering committee, working-group meetings, an all-partners meeting and a
 * community meeting; a newsletter, a dashboard, a website and mailing lists; a funded, staffed backbone.
 *
 * <p>The data are mostly valid, with the sprinkle of findings a real network sees every year: about 3% of
 * partners have not endorsed the agenda, 1% receive no newsletter, a few percent are in no working group,
 * some indicators lack a definition or a baseline, some working groups do not meet, one goal's date has
 * passed, and about one observation in five thousand has a duplicate, a value outside its unit, an
 * unknown partner, a retired indicator or an undeclared subgroup.
 */
public final class SyntheticInitiatives {
  /** The validation date the data are current for. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** The seed the benchmarks use. */
  public static final long DEFAULT_SEED = 2011L;

  private static final LocalDate LAUNCH = LocalDate.of(2012, 9, 1);

  /** How many years of history the observations of one indicator span, at most, before adding partners. */
  private static final int HISTORY_YEARS = 10;

  private static final String[] PLACES = {
    "Northgate",
    "Riverside",
    "Lakeview",
    "Hillcrest",
    "Eastside",
    "Westfield",
    "Southport",
    "Fairview",
    "Maple Valley",
    "Cedar Falls",
    "Oak Park",
    "Pine Ridge",
    "Brookside",
    "Harbor Point",
    "Mill Creek",
    "Greenwood",
    "Union City",
    "Bayside",
    "Highland",
    "Kent Valley"
  };

  private static final String[] OUTCOMES = {
    "Kindergarten readiness",
    "Third-grade reading proficiency",
    "Fourth-grade math proficiency",
    "Eighth-grade math proficiency",
    "Chronic absenteeism",
    "Ninth graders on track",
    "On-time graduation",
    "Postsecondary enrollment",
    "Postsecondary completion",
    "Youth employment",
    "Early learning enrollment",
    "Well-child visits",
    "Daily physical activity",
    "Feeling safe at school",
    "Family reading at home",
    "Broadband access at home",
    "Student mobility",
    "FAFSA completion",
    "Summer learning participation",
    "Mentoring matches"
  };

  private static final String[] STAFF_ROLES = {
    "Executive director",
    "Data manager",
    "Data analyst",
    "Partnership manager",
    "Communications lead",
    "Policy lead",
    "Community engagement manager",
    "Operations coordinator"
  };

  private static final Dimension[] DIMENSIONS = {
    new Dimension(
        DisaggregationDimension.RACE_ETHNICITY,
        "American Indian or Alaska Native",
        "Asian",
        "Black or African American",
        "Hispanic or Latino",
        "Native Hawaiian or Pacific Islander",
        "White",
        "Two or more races"),
    new Dimension(DisaggregationDimension.INCOME, "low income", "not low income"),
    new Dimension(DisaggregationDimension.GENDER, "female", "male", "nonbinary"),
    new Dimension(DisaggregationDimension.LANGUAGE, "English learner", "not English learner"),
    new Dimension(DisaggregationDimension.DISABILITY, "with disability", "without disability"),
    new Dimension(
        DisaggregationDimension.GEOGRAPHY,
        "District 1",
        "District 2",
        "District 3",
        "District 4",
        "District 5")
  };

  private static final Sector[] SECTOR_MIX = {
    Sector.NONPROFIT, Sector.NONPROFIT, Sector.NONPROFIT, Sector.NONPROFIT, Sector.K12_EDUCATION,
    Sector.K12_EDUCATION, Sector.EARLY_CHILDHOOD, Sector.EARLY_CHILDHOOD, Sector.GOVERNMENT,
        Sector.HEALTH,
    Sector.HIGHER_EDUCATION, Sector.BUSINESS, Sector.PHILANTHROPY, Sector.COMMUNITY,
        Sector.COMMUNITY,
    Sector.FAITH_BASED, Sector.WORKFORCE, Sector.LIBRARY_AND_CULTURE, Sector.RESEARCH, Sector.MEDIA
  };

  private SyntheticInitiatives() {}

  /**
   * An initiative of one of the benchmark sizes.
   *
   * @param size the size
   * @param seed the seed; the same seed gives an equal initiative
   * @return the initiative
   */
  public static Initiative generate(Size size, long seed) {
    return generate(size.partners(), size.indicators(), size.observations(), seed);
  }

  /**
   * An initiative with exactly the given numbers of partners, indicators and observations.
   *
   * @param partners the number of partners, at least 3 (the backbone and two others)
   * @param indicators the number of indicators, at least 1
   * @param observations the number of observations, not negative
   * @param seed the seed; the same arguments give an equal initiative
   * @return the initiative
   * @throws IllegalArgumentException if a count is out of range
   */
  public static Initiative generate(int partners, int indicators, int observations, long seed) {
    if (partners < 3 || indicators < 1 || observations < 0) {
      throw new IllegalArgumentException(
          "need at least 3 partners, 1 indicator and 0 observations, got "
              + partners
              + ", "
              + indicators
              + ", "
              + observations);
    }
    return new Generator(partners, indicators, observations, new Random(seed)).initiative();
  }

  /** A disaggregation dimension with the groups the data sources report. */
  private static final class Dimension {
    final DisaggregationDimension key;
    final List<Disaggregation> groups = new ArrayList<>();

    Dimension(DisaggregationDimension key, String... groups) {
      this.key = key;
      for (String group : groups) {
        this.groups.add(Disaggregation.of(key, group));
      }
    }
  }

  private static final class Generator {
    private final int partnerCount;
    private final int indicatorCount;
    private final int observationCount;
    private final Random random;
    private final int goalCount;
    private final int groupCount;
    private final int activityCount;

    private final List<Partner> partners = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<List<Dimension>> indicatorDimensions = new ArrayList<>();
    private final List<Goal> goals = new ArrayList<>();
    private final List<WorkingGroup> groups = new ArrayList<>();

    Generator(int partnerCount, int indicatorCount, int observationCount, Random random) {
      this.partnerCount = partnerCount;
      this.indicatorCount = indicatorCount;
      this.observationCount = observationCount;
      this.random = random;
      this.goalCount = Math.max(1, Math.min(50, (int) Math.round(Math.sqrt(indicatorCount))));
      this.groupCount = Math.max(1, partnerCount / 25);
      this.activityCount = Math.max(1, partnerCount / 2);
    }

    Initiative initiative() {
      makePartners();
      makeIndicators();
      makeGoals();
      makeWorkingGroups();
      List<Observation> observations = observations();
      return Initiative.builder()
          .id("synthetic-" + partnerCount + "-" + indicatorCount + "-" + observationCount)
          .name("Synthetic Cradle to Career Network")
          .description(
              "A synthetic network of "
                  + partnerCount
                  + " partners tracking "
                  + indicatorCount
                  + " shared indicators, for benchmarks.")
          .geography(PLACES[0] + " and " + (PLACES.length - 1) + " neighbouring communities")
          .launchDate(LAUNCH)
          .commonAgenda(commonAgenda())
          .partners(partners)
          .backbone(backbone())
          .indicators(indicators)
          .observations(observations)
          .activities(activities())
          .workingGroups(groups)
          .meetingSeries(meetingSeries())
          .channels(channels())
          .build();
    }

    private boolean chance(double probability) {
      return random.nextDouble() < probability;
    }

    private String partnerId(int index) {
      return String.format("org-%05d", index);
    }

    private static String indicatorId(int index) {
      return String.format("ind-%04d", index);
    }

    private static String goalId(int index) {
      return String.format("goal-%02d", index);
    }

    private static String groupId(int index) {
      return String.format("wg-%03d", index);
    }

    private void makePartners() {
      // Partner 0 is the backbone organisation, a nonprofit created for the purpose.
      partners.add(
          Partner.builder()
              .id(partnerId(0))
              .name("Center for Community Results")
              .sector(Sector.NONPROFIT)
              .roles(EnumSet.of(PartnerRole.STEERING_COMMITTEE_MEMBER, PartnerRole.DATA_PARTNER))
              .joined(LAUNCH)
              .build());
      for (int i = 1; i < partnerCount; i++) {
        // Round-robin over the mix for the first partners keeps even a small initiative
        // cross-sector.
        Sector sector =
            i < SECTOR_MIX.length ? SECTOR_MIX[i] : SECTOR_MIX[random.nextInt(SECTOR_MIX.length)];
        Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);
        if (i <= 12) {
          roles.add(PartnerRole.STEERING_COMMITTEE_MEMBER);
        }
        if (sector == Sector.PHILANTHROPY) {
          roles.add(PartnerRole.FUNDER);
        }
        if (sector == Sector.COMMUNITY && chance(0.5)) {
          roles.add(PartnerRole.COMMUNITY_VOICE);
        }
        if (chance(0.4)) {
          roles.add(PartnerRole.SERVICE_PROVIDER);
        }
        if (chance(0.2)) {
          roles.add(PartnerRole.DATA_PARTNER);
        }
        Partner.Builder partner =
            Partner.builder()
                .id(partnerId(i))
                .name(PLACES[random.nextInt(PLACES.length)] + " " + organisationKind(sector))
                .sector(sector)
                .roles(roles);
        if (chance(0.9)) {
          partner.joined(LAUNCH.plusDays(random.nextInt(365 * 13)));
        }
        partners.add(partner.build());
      }
    }

    private static String organisationKind(Sector sector) {
      switch (sector) {
        case K12_EDUCATION:
          return "School District";
        case EARLY_CHILDHOOD:
          return "Early Learning Center";
        case GOVERNMENT:
          return "County Department of Human Services";
        case HEALTH:
          return "Community Health Clinic";
        case HIGHER_EDUCATION:
          return "Community College";
        case BUSINESS:
          return "Chamber of Commerce";
        case PHILANTHROPY:
          return "Community Foundation";
        case COMMUNITY:
          return "Neighbors Association";
        case FAITH_BASED:
          return "Interfaith Council";
        case WORKFORCE:
          return "Workforce Development Council";
        case LIBRARY_AND_CULTURE:
          return "Public Library";
        case RESEARCH:
          return "Education Research Institute";
        case MEDIA:
          return "Community Radio";
        default:
          return "Youth Services";
      }
    }

    private void makeIndicators() {
      for (int i = 0; i < indicatorCount; i++) {
        // The first indicator of each goal is a population indicator disaggregated by race and
        // income.
        boolean headline = i < goalCount;
        IndicatorLevel level =
            headline || chance(0.25) ? IndicatorLevel.POPULATION : IndicatorLevel.PERFORMANCE;
        List<Dimension> dimensions = new ArrayList<>();
        if (headline) {
          dimensions.add(DIMENSIONS[0]);
          dimensions.add(DIMENSIONS[1]);
        } else {
          int wanted =
              level == IndicatorLevel.POPULATION
                  ? 1 + random.nextInt(2)
                  : random.nextInt(3) == 0 ? 1 : 0;
          while (dimensions.size() < wanted) {
            Dimension d = DIMENSIONS[random.nextInt(DIMENSIONS.length)];
            if (!dimensions.contains(d)) {
              dimensions.add(d);
            }
          }
        }
        indicatorDimensions.add(dimensions);
        Unit unit = unit();
        Direction direction = chance(0.8) ? Direction.INCREASE : Direction.DECREASE;
        double base = typical(unit);
        double goal = improved(unit, direction, base, 0.15);
        if (chance(0.01)) {
          // A target on the wrong side of the baseline.
          Direction wrong =
              direction == Direction.INCREASE ? Direction.DECREASE : Direction.INCREASE;
          goal = improved(unit, wrong, base, 0.05);
        }
        Indicator.Builder indicator =
            Indicator.builder()
                .id(indicatorId(i))
                .name(numbered(OUTCOMES, i))
                .desiredDirection(direction)
                .level(level)
                .target(DatedValue.of(goal, LocalDate.of(2030, 6, 30)))
                .addInterimTargets(
                    DatedValue.of(round(unit, (base + goal) / 2), LocalDate.of(2027, 6, 30)));
        if (!chance(0.02)) {
          indicator.definition(
              "Share or number of the population in scope meeting the standard, as defined in the data"
                  + " dictionary, section "
                  + (i + 1)
                  + ".");
        }
        if (!chance(0.01)) {
          indicator.unit(unit);
        }
        if (!chance(0.02)) {
          indicator.baseline(DatedValue.of(base, LocalDate.of(2013, 6, 30)));
        }
        if (!chance(0.02)) {
          indicator.dataSource(
              chance(0.5) ? "State assessment results" : "Partner program records");
        }
        if (!chance(0.01)) {
          indicator.reportingFrequency(frequency(i));
        }
        for (Dimension d : dimensions) {
          indicator.addDisaggregations(d.key);
        }
        indicator.dataPartnerIds(dataPartners(i, level, dimensions));
        if (chance(0.1)) {
          indicator.addExternalCodes(
              ExternalCode.of(
                  ExternalCode.PROMISE_NEIGHBORHOODS_GPRA, "GPRA " + (1 + random.nextInt(15))));
        }
        indicators.add(indicator.build());
      }
    }

    private int quota(int indicator) {
      return observationCount / indicatorCount
          + (indicator < observationCount % indicatorCount ? 1 : 0);
    }

    private static int subgroupCount(List<Dimension> dimensions) {
      int count = 1; // the whole population
      for (Dimension d : dimensions) {
        count += d.groups.size();
      }
      return count;
    }

    /**
     * The partners who report an indicator: enough that its history stays within {@link #HISTORY_YEARS}
     * when there are partners enough, at least two for a population indicator.
     */
    private List<String> dataPartners(int index, IndicatorLevel level, List<Dimension> dimensions) {
      int perPeriod = subgroupCount(dimensions) * HISTORY_YEARS * periodsPerYear(frequency(index));
      int needed = (quota(index) + perPeriod - 1) / perPeriod;
      int minimum = level == IndicatorLevel.POPULATION ? 2 : 1;
      int count = Math.min(partnerCount - 1, Math.max(minimum + random.nextInt(3), needed));
      Set<String> ids = new LinkedHashSet<>();
      int first = random.nextInt(partnerCount - 1);
      for (int k = 0; k < count; k++) {
        ids.add(partnerId(1 + (first + k * 7919) % (partnerCount - 1)));
      }
      return new ArrayList<>(ids);
    }

    private static Cadence frequency(int indicator) {
      // Deterministic from the index (not the random stream), so that observations can recompute
      // it.
      switch (indicator % 10) {
        case 0:
        case 1:
        case 2:
          return Cadence.QUARTERLY;
        case 3:
          return Cadence.MONTHLY;
        case 4:
          return Cadence.SEMIANNUALLY;
        default:
          return Cadence.ANNUALLY;
      }
    }

    private Unit unit() {
      int r = random.nextInt(20);
      if (r < 11) {
        return Unit.PERCENT;
      } else if (r < 15) {
        return Unit.COUNT;
      } else if (r < 17) {
        return Unit.RATE;
      } else if (r < 19) {
        return Unit.SCORE;
      }
      return Unit.INDEX;
    }

    private double typical(Unit unit) {
      switch (unit) {
        case PERCENT:
          return round(unit, 20 + random.nextDouble() * 60);
        case COUNT:
          return 100 + random.nextInt(4900);
        case RATE:
          return round(unit, 5 + random.nextDouble() * 45);
        case SCORE:
          return round(unit, 200 + random.nextDouble() * 100);
        default:
          return round(unit, 0.2 + random.nextDouble() * 0.6);
      }
    }

    private static double improved(Unit unit, Direction direction, double from, double share) {
      double step = Math.max(unit == Unit.INDEX ? 0.01 : 1, Math.abs(from) * share);
      double to = direction == Direction.INCREASE ? from + step : from - step;
      if (unit == Unit.PERCENT) {
        to = Math.min(100, Math.max(0, to));
      } else if (unit == Unit.COUNT || unit == Unit.RATE) {
        to = Math.max(0, to);
      }
      return round(unit, to);
    }

    private static double round(Unit unit, double value) {
      if (unit == Unit.COUNT) {
        return Math.rint(value);
      }
      if (unit == Unit.INDEX) {
        return Math.rint(value * 1000) / 1000;
      }
      return Math.rint(value * 10) / 10;
    }

    /** The i-th name of a list, with a number once the list has been used up: "Name (2)". */
    private static String numbered(String[] names, int i) {
      return names[i % names.length]
          + (i < names.length ? "" : " (" + (i / names.length + 1) + ")");
    }

    private void makeGoals() {
      String[] statements = {
        "Every child enters kindergarten ready to learn",
        "Every student reads and computes at grade level",
        "Every student graduates from high school ready for college and career",
        "Every young adult earns a degree or credential",
        "Every young adult finds a family-wage job",
        "Every family is healthy and stably housed"
      };
      for (int g = 0; g < goalCount; g++) {
        Goal.Builder goal =
            Goal.builder()
                .id(goalId(g))
                .statement(
                    statements[g % statements.length]
                        + (g < statements.length ? "" : " (" + g + ")"))
                .targetDate(
                    g == goalCount - 1 && goalCount > 1 // one goal whose date has passed
                        ? LocalDate.of(2025, 12, 31)
                        : LocalDate.of(2030, 6, 30));
        for (int i = g; i < indicatorCount; i += goalCount) {
          goal.addIndicatorIds(indicatorId(i));
        }
        if (g % 2 == 0) {
          goal.equityFocus(
              EquityFocus.builder()
                  .addDimensions(
                      DisaggregationDimension.RACE_ETHNICITY, DisaggregationDimension.INCOME)
                  .addPopulations("students of color", "low-income students")
                  .build());
        }
        goals.add(goal.build());
      }
    }

    /** The working group that coordinates an indicator's activities. */
    private int groupOf(int indicator) {
      return indicator % groupCount;
    }

    private void makeWorkingGroups() {
      List<List<String>> members = new ArrayList<>();
      for (int w = 0; w < groupCount; w++) {
        members.add(new ArrayList<>());
      }
      for (int p = 1; p < partnerCount; p++) {
        if (p % 50 == 49) {
          continue; // a partner in no working group
        }
        members.get(p % groupCount).add(partnerId(p));
        if (chance(0.2) && groupCount > 1) {
          int other = random.nextInt(groupCount);
          if (other != p % groupCount) {
            members.get(other).add(partnerId(p));
          }
        }
      }
      for (int w = 0; w < groupCount; w++) {
        Set<String> goalIds = new LinkedHashSet<>();
        List<String> indicatorIds = new ArrayList<>();
        for (int i = w; i < indicatorCount; i += groupCount) {
          goalIds.add(goalId(i % goalCount));
          indicatorIds.add(indicatorId(i));
        }
        if (goalIds.isEmpty()) {
          goalIds.add(goalId(w % goalCount));
        }
        groups.add(
            WorkingGroup.builder()
                .id(groupId(w))
                .name(OUTCOMES[w % OUTCOMES.length] + " action network " + (w + 1))
                .memberPartnerIds(members.get(w))
                .goalIds(goalIds)
                .indicatorIds(indicatorIds)
                .build());
      }
    }

    private CommonAgenda commonAgenda() {
      CommonAgenda.Builder agenda =
          CommonAgenda.builder()
              .problemStatement(
                  "Too few of the region's children finish school ready for college or a career, and the"
                      + " gaps by race and income are wide.")
              .vision("Every child succeeds, from cradle to career.")
              .goals(goals);
      for (int p = 0; p < partnerCount; p++) {
        if (p > 0 && chance(0.03)) {
          continue; // has not endorsed the agenda yet
        }
        agenda.addEndorsements(
            Endorsement.of(partnerId(p), LAUNCH.plusDays(random.nextInt(365 * 13))));
      }
      return agenda.build();
    }

    private Backbone backbone() {
      Backbone.Builder backbone =
          Backbone.builder()
              .name(partners.get(0).name())
              .partnerId(partnerId(0))
              .type(BackboneType.NEW_NONPROFIT);
      int staff = 3 + partnerCount / 1000;
      for (int s = 0; s < staff; s++) {
        backbone.addStaff(StaffPosition.of(STAFF_ROLES[s % STAFF_ROLES.length], s < 3 ? 1.0 : 0.5));
      }
      int funders = 0;
      for (Partner p : partners) {
        if (p.roles().contains(PartnerRole.FUNDER) && funders < 10) {
          backbone.addFundingSources(
              FundingSource.builder().name(p.name()).partnerId(p.id()).build());
          funders++;
        }
      }
      backbone.addFundingSources(
          FundingSource.builder().name("State Department of Education").build());
      for (BackboneFunction function : BackboneFunction.values()) {
        BackboneRole.Builder role =
            BackboneRole.builder()
                .function(function)
                .description("Carried by the backbone staff, reported to the steering committee.");
        if (function == BackboneFunction.ADVANCE_POLICY) {
          role.partnerId(partnerId(Math.min(8, partnerCount - 1)))
              .description("Led by a policy partner.");
        }
        backbone.addRoles(role.build());
      }
      return backbone.build();
    }

    /** The reporting period {@code back} periods before the latest one of a cadence, as of {@link #AS_OF}. */
    private static ReportingPeriod period(Cadence cadence, int back) {
      if (cadence.equals(Cadence.QUARTERLY)) {
        int quarter = 2026 * 4 + 0 - back; // the latest is Q1 2026
        return ReportingPeriod.ofQuarter(Math.floorDiv(quarter, 4), Math.floorMod(quarter, 4) + 1);
      } else if (cadence.equals(Cadence.MONTHLY)) {
        return ReportingPeriod.ofMonth(YearMonth.of(2026, 5).minusMonths(back));
      } else if (cadence.equals(Cadence.SEMIANNUALLY)) {
        int half = 2025 * 2 + 1 - back; // the latest is July to December 2025
        int year = Math.floorDiv(half, 2);
        return Math.floorMod(half, 2) == 0
            ? ReportingPeriod.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
            : ReportingPeriod.of(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
      }
      return ReportingPeriod.ofSchoolYear(2024 - back);
    }

    private static int periodsPerYear(Cadence cadence) {
      if (cadence.equals(Cadence.QUARTERLY)) {
        return 4;
      } else if (cadence.equals(Cadence.MONTHLY)) {
        return 12;
      } else if (cadence.equals(Cadence.SEMIANNUALLY)) {
        return 2;
      }
      return 1;
    }

    private List<Observation> observations() {
      List<Observation> all = new ArrayList<>(observationCount);
      for (int i = 0; i < indicatorCount; i++) {
        observationsOf(i, quota(i), all);
      }
      return all;
    }

    private void observationsOf(int index, int quota, List<Observation> sink) {
      if (quota == 0) {
        return;
      }
      Indicator indicator = indicators.get(index);
      Unit unit = indicator.unit().orElse(Unit.SCORE);
      Cadence cadence = frequency(index);
      List<Disaggregation> subgroups = new ArrayList<>();
      subgroups.add(null); // the whole population
      for (Dimension d : indicatorDimensions.get(index)) {
        subgroups.addAll(d.groups);
      }
      List<String> dataPartnerIds = indicator.dataPartnerIds();
      int cellsPerPeriod = dataPartnerIds.size() * subgroups.size();
      int periods = (quota + cellsPerPeriod - 1) / cellsPerPeriod;
      // A stale indicator: its data stopped three years ago.
      int offset = chance(0.02) ? 3 * periodsPerYear(cadence) : 0;
      String retired = "ind-retired-" + index;
      double level = indicator.baseline().map(DatedValue::value).orElse(typical(unit));
      int emitted = 0;
      Observation previous = null;
      // Oldest period first; the oldest one is filled only in part when the quota runs out.
      int skip = periods * cellsPerPeriod - quota;
      for (int t = periods - 1; t >= 0; t--) {
        ReportingPeriod period = period(cadence, t + offset);
        for (String partner : dataPartnerIds) {
          for (Disaggregation subgroup : subgroups) {
            if (skip > 0) {
              skip--;
              continue;
            }
            Observation.Builder o;
            if (previous != null && chance(0.0001)) {
              o = Observation.builder().from(previous); // a duplicate of the cell before
            } else {
              o =
                  Observation.builder()
                      .indicatorId(indicator.id())
                      .period(period)
                      .partnerId(partner);
              if (subgroup != null) {
                o.disaggregation(subgroup);
              }
              if (chance(0.00005)) {
                o.partnerId("org-unknown-" + random.nextInt(100));
              }
              if (chance(0.00002)) {
                o.indicatorId(retired);
              }
              if (subgroup == null && chance(0.00005)) {
                o.disaggregation(Disaggregation.of(DisaggregationDimension.AGE, "under 5"));
              }
            }
            double value = round(unit, jitter(unit, level));
            if (chance(0.00005)) {
              value =
                  unit == Unit.PERCENT
                      ? 104.2
                      : unit == Unit.COUNT || unit == Unit.RATE ? -1 : value;
            }
            previous = o.value(value).build();
            sink.add(previous);
            emitted++;
          }
        }
      }
      if (emitted != quota) {
        throw new IllegalStateException("emitted " + emitted + " observations, wanted " + quota);
      }
    }

    private double jitter(Unit unit, double level) {
      double v = level * (0.9 + random.nextDouble() * 0.2);
      if (unit == Unit.PERCENT) {
        return Math.min(100, Math.max(0, v));
      }
      return Math.max(0, v);
    }

    private List<Activity> activities() {
      String[] verbs = {
        "Tutoring", "Mentoring", "Family engagement", "Attendance outreach", "Summer learning",
        "College advising", "Home visiting", "Career pathways", "Data coaching", "Teacher coaching"
      };
      List<Activity> activities = new ArrayList<>();
      for (int a = 0; a < activityCount; a++) {
        int indicator = random.nextInt(indicatorCount);
        int group = groupOf(indicator);
        LocalDate start = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(365 * 12));
        Activity.Builder activity =
            Activity.builder()
                .id(String.format("act-%04d", a))
                .name(verbs[a % verbs.length] + " in " + PLACES[random.nextInt(PLACES.length)])
                .addGoalIds(goalId(indicator % goalCount))
                .addIndicatorIds(indicatorId(indicator))
                .workingGroupId(groupId(group))
                .start(start);
        // A second indicator coordinated by the same working group, when it has one.
        int second = indicator + groupCount;
        if (second < indicatorCount && chance(0.5)) {
          activity.addIndicatorIds(indicatorId(second));
        }
        if (!chance(0.01)) {
          // The backbone leads about one activity in ten; other partners lead the rest.
          int lead = chance(0.1) ? 0 : 1 + random.nextInt(partnerCount - 1);
          activity.leadPartnerId(chance(0.001) ? "org-unknown" : partnerId(lead));
        }
        int contributors = random.nextInt(4);
        for (int c = 0; c < contributors; c++) {
          activity.addContributingPartnerIds(partnerId(1 + random.nextInt(partnerCount - 1)));
        }
        if (chance(0.3)) {
          LocalDate end = LocalDate.of(2026, 12, 31).minusDays(random.nextInt(365 * 3));
          activity.end(end.isBefore(start) ? start.plusYears(1) : end);
        }
        activities.add(activity.build());
      }
      return activities;
    }

    private List<MeetingSeries> meetingSeries() {
      List<MeetingSeries> series = new ArrayList<>();
      List<String> steering = new ArrayList<>();
      for (int p = 0; p <= Math.min(12, partnerCount - 1); p++) {
        steering.add(partnerId(p));
      }
      series.add(
          MeetingSeries.builder()
              .id("ms-steering")
              .name("Steering committee")
              .kind(MeetingKind.STEERING_COMMITTEE)
              .participantPartnerIds(steering)
              .cadence(Cadence.MONTHLY)
              .meetingDates(monthly(LocalDate.of(2024, 7, 10), 24))
              .build());
      List<String> everyone = new ArrayList<>();
      for (Partner p : partners) {
        everyone.add(p.id());
      }
      series.add(
          MeetingSeries.builder()
              .id("ms-all-partners")
              .name("All-partner convening")
              .kind(MeetingKind.ALL_PARTNERS)
              .participantPartnerIds(everyone.subList(0, Math.max(1, everyone.size() * 3 / 5)))
              .cadence(Cadence.SEMIANNUALLY)
              .meetingDates(
                  List.of(
                      LocalDate.of(2025, 5, 14),
                      LocalDate.of(2025, 11, 12),
                      LocalDate.of(2026, 5, 13)))
              .build());
      series.add(
          MeetingSeries.builder()
              .id("ms-community")
              .name("Community conversations")
              .kind(MeetingKind.COMMUNITY)
              .cadence(Cadence.QUARTERLY)
              .meetingDates(
                  List.of(
                      LocalDate.of(2025, 9, 20),
                      LocalDate.of(2026, 1, 17),
                      LocalDate.of(2026, 4, 18)))
              .build());
      for (WorkingGroup group : groups) {
        if (chance(0.05)) {
          continue; // a working group that does not meet
        }
        boolean monthly = chance(0.6);
        series.add(
            MeetingSeries.builder()
                .id("ms-" + group.id())
                .name(group.name() + " meeting")
                .kind(MeetingKind.WORKING_GROUP)
                .workingGroupId(group.id())
                .participantPartnerIds(group.memberPartnerIds())
                .cadence(monthly ? Cadence.MONTHLY : Cadence.QUARTERLY)
                .meetingDates(
                    monthly
                        ? monthly(LocalDate.of(2025, 7, 15), 12)
                        : List.of(
                            LocalDate.of(2025, 9, 3),
                            LocalDate.of(2025, 12, 3),
                            LocalDate.of(2026, 3, 4)))
                .build());
      }
      return series;
    }

    private static List<LocalDate> monthly(LocalDate first, int count) {
      List<LocalDate> dates = new ArrayList<>();
      for (int m = 0; m < count; m++) {
        dates.add(first.plusMonths(m));
      }
      return dates;
    }

    private List<Channel> channels() {
      List<Channel> channels = new ArrayList<>();
      List<String> readers = new ArrayList<>();
      for (Partner p : partners) {
        if (!chance(0.01)) {
          readers.add(p.id());
        }
      }
      channels.add(
          Channel.builder()
              .id("ch-newsletter")
              .name("Monthly partner newsletter")
              .kind(ChannelKind.NEWSLETTER)
              .audience(Audience.PARTNERS)
              .publishesResults(false)
              .partnerIds(readers)
              .build());
      channels.add(
          Channel.builder()
              .id("ch-dashboard")
              .name("Shared results dashboard")
              .kind(ChannelKind.SHARED_DASHBOARD)
              .audience(Audience.PARTNERS)
              .publishesResults(true)
              .addPartnerIds(partnerId(0))
              .build());
      channels.add(
          Channel.builder()
              .id("ch-report")
              .name("Annual report to the community")
              .kind(ChannelKind.REPORT)
              .audience(Audience.PUBLIC)
              .publishesResults(true)
              .build());
      for (WorkingGroup group : groups) {
        channels.add(
            Channel.builder()
                .id("ch-" + group.id())
                .name(group.name() + " mailing list")
                .kind(ChannelKind.MAILING_LIST)
                .audience(Audience.PARTNERS)
                .publishesResults(false)
                .partnerIds(group.memberPartnerIds())
                .build());
      }
      return channels;
    }
  }
}
