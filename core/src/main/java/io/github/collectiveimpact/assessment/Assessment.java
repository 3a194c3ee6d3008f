package io.github.collectiveimpact.assessment;

import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.results.Results;
import io.github.collectiveimpact.results.Trend;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How far along an initiative is, condition by condition, under two lenses, and the stage it appears to
 * have reached: levels that rate the conditions from the evidence the document states, never the outcomes.
 * Whether data are collected, shared and used raises shared measurement; whether the results are good does
 * not lower it. Conservative: a level is only as high as its evidence, and a condition the document is
 * silent on is {@link Rating#NOT_ASSESSED}, not level 1. Immutable.
 *
 * <pre>{@code
 * Assessment assessment = Assessment.of(initiative, LocalDate.of(2026, 6, 30));
 * for (LensAssessment lens : assessment.lenses()) {
 *   for (ConditionAssessment c : lens.conditions()) {
 *     System.out.println(c.condition() + ": " + c.label() + " (" + c.rating() + ")");
 *   }
 * }
 * }</pre>
 *
 * <p>A validator computes the assessment once per validation and its report carries it ({@code
 * ValidationReport.assessment()}).
 *
 * @param asOf the date assessed as of
 * @param lenses one per rubric applied, in lens order
 * @param stage the stage estimate
 */
public record Assessment(LocalDate asOf, List<LensAssessment> lenses, Stage stage) {

  /**
   * Checks the parts and copies the list.
   *
   * @param asOf the date
   * @param lenses the lenses
   * @param stage the stage
   */
  public Assessment {
    Objects.requireNonNull(asOf, "asOf");
    lenses = List.copyOf(lenses);
    Objects.requireNonNull(stage, "stage");
  }

  /**
   * The assessment of an initiative under the built-in rubrics, in English.
   *
   * @param initiative the initiative
   * @param asOf the date: observations, endorsements, meetings and changes after it are ignored
   * @return the assessment
   */
  public static Assessment of(Initiative initiative, LocalDate asOf) {
    return of(initiative, asOf, Locale.ENGLISH);
  }

  /**
   * The assessment of an initiative under the built-in rubrics.
   *
   * @param initiative the initiative
   * @param asOf the date
   * @param locale the language of the labels, evidence and next steps (English or Japanese)
   * @return the assessment
   */
  public static Assessment of(Initiative initiative, LocalDate asOf, Locale locale) {
    return of(
        Facts.of(initiative, Results.of(initiative, asOf), Set.of()), Rubric.builtIn(), locale);
  }

  /**
   * The assessment of an initiative's facts under the given rubrics: for each lens, the last rubric given
   * for it. Never throws for the facts of a buildable initiative and the built-in rubrics.
   *
   * @param facts the facts
   * @param rubrics the rubrics
   * @param locale the language
   * @return the assessment
   */
  public static Assessment of(Facts facts, List<Rubric> rubrics, Locale locale) {
    Objects.requireNonNull(facts, "facts");
    Texts texts = Texts.of(Objects.requireNonNull(locale, "locale"));
    Map<Lens, Rubric> byLens = new EnumMap<>(Lens.class);
    for (Rubric rubric : rubrics) {
      byLens.put(rubric.lens(), rubric);
    }
    List<LensAssessment> lenses = new ArrayList<>();
    for (Rubric rubric : byLens.values()) {
      Facts calibrated = facts.with(rubric.calibration());
      List<ConditionAssessment> conditions = new ArrayList<>();
      for (AssessedCondition condition : rubric.lens().conditions()) {
        conditions.add(assess(rubric, condition, calibrated, texts));
      }
      lenses.add(new LensAssessment(rubric.lens(), conditions));
    }
    Rubric five = byLens.getOrDefault(Lens.FIVE_CONDITIONS, Rubric.fiveConditions());
    return new Assessment(
        facts.results().asOf(), lenses, stage(facts.with(five.calibration()), texts));
  }

  /**
   * The assessment of one lens.
   *
   * @param lens a lens
   * @return its assessment, or empty if no rubric of that lens was applied
   */
  public Optional<LensAssessment> lens(Lens lens) {
    return lenses.stream().filter(l -> l.lens() == lens).findFirst();
  }

  /**
   * The assessment of one condition.
   *
   * @param condition a condition
   * @return its assessment, or empty if its lens was not applied
   */
  public Optional<ConditionAssessment> condition(AssessedCondition condition) {
    return lens(condition.lens()).flatMap(l -> l.condition(condition));
  }

  /**
   * The levels as plain text, one line per condition of each lens, then the stage.
   *
   * @param locale the language (English or Japanese)
   * @return the text, ending with a line break
   */
  public String toText(Locale locale) {
    Texts t = Texts.of(locale);
    StringBuilder out = new StringBuilder();
    for (LensAssessment lens : lenses) {
      out.append(t.get("text.lens", t.lens(lens.lens()))).append('\n');
      for (ConditionAssessment c : lens.conditions()) {
        String confidence = t.confidence(c.confidence());
        out.append("  ")
            .append(
                c.level().isPresent()
                    ? t.get(
                        "text.level",
                        t.condition(c.condition()),
                        c.level().get().number(),
                        t.level(c.level().get()),
                        t.rating(c.rating()),
                        confidence)
                    : t.get("text.notAssessed", t.condition(c.condition()), confidence))
            .append('\n');
      }
    }
    out.append(
            stage.gateway().isPresent()
                ? t.get(
                    "text.stageGateway", t.phase(stage.phase()), t.gateway(stage.gateway().get()))
                : t.get("text.stage", t.phase(stage.phase())))
        .append('\n');
    return out.toString();
  }

  /**
   * Whether the labels are in Japanese, so that a report renders the assessment in the language it was
   * computed in.
   *
   * @return {@code true} if a condition's label is a Japanese one
   */
  public boolean isJapanese() {
    Texts ja = Texts.of(Locale.JAPANESE);
    for (LensAssessment lens : lenses) {
      for (ConditionAssessment c : lens.conditions()) {
        String japanese = c.level().map(ja::level).orElseGet(ja::notAssessed);
        if (c.label().equals(japanese)) {
          return true;
        }
      }
    }
    return false;
  }

  private static ConditionAssessment assess(
      Rubric rubric, AssessedCondition condition, Facts facts, Texts t) {
    List<Criterion> criteria = new ArrayList<>();
    for (Criterion c : rubric.criteria(condition)) {
      if (!rubric.notApplicable().contains(c.id())) {
        criteria.add(c);
      }
    }
    List<Check> checks = new ArrayList<>();
    int stated = 0;
    for (Criterion c : criteria) {
      Check check = c.test().apply(facts);
      checks.add(check);
      if (check.status() != Check.Status.NOT_STATED) {
        stated++;
      }
    }
    int level = 0;
    for (int k = 1; k <= 4; k++) {
      boolean all = true;
      boolean any = false;
      for (int i = 0; i < criteria.size(); i++) {
        if (criteria.get(i).level() == k) {
          any = true;
          all &= checks.get(i).status() == Check.Status.MET;
        }
      }
      if (!all || (k == 1 && !any)) {
        break;
      }
      level = k;
    }
    List<Evidence> evidence = new ArrayList<>();
    List<NextStep> steps = new ArrayList<>();
    for (int i = 0; i < criteria.size(); i++) {
      Criterion c = criteria.get(i);
      Check check = checks.get(i);
      if (check.status() == Check.Status.MET) {
        evidence.add(new Evidence(check.path(), c.statement(t.locale())));
      } else if (c.level() == level + 1) {
        Level next = Level.of(c.level());
        steps.add(
            new NextStep(
                c.action(t.locale()),
                t.get(
                    check.status() == Check.Status.NOT_STATED
                        ? "reason.notStated"
                        : "reason.notMet",
                    next.number(),
                    t.level(next),
                    c.statement(t.locale())),
                c.source()));
      }
    }
    Confidence confidence =
        level == 0 || criteria.isEmpty()
            ? Confidence.LOW
            : Confidence.of((double) stated / criteria.size());
    Optional<Level> reached = level == 0 ? Optional.empty() : Optional.of(Level.of(level));
    return new ConditionAssessment(
        condition,
        reached,
        reached.map(Level::rating).orElse(Rating.NOT_ASSESSED),
        reached.map(t::level).orElseGet(t::notAssessed),
        confidence,
        evidence,
        steps);
  }

  private static boolean met(Check check) {
    return check.status() == Check.Status.MET;
  }

  /**
   * The stage: the phase from what the initiative does, bounded by its age; the gateway from the public
   * criteria, cumulatively.
   */
  private static Stage stage(Facts f, Texts t) {
    boolean populationData = met(BuiltInRubrics.dataOverPeriods(f, true));
    boolean change = met(BuiltInRubrics.systemsChanges(f, 1));
    boolean reviewed = met(BuiltInRubrics.resultsReviewed(f));
    boolean collected = met(BuiltInRubrics.dataCollected(f));
    Phase phase;
    if (populationData && change && reviewed) {
      phase = Phase.LATER_YEARS;
    } else if (met(BuiltInRubrics.systemsWork(f)) || (collected && reviewed)) {
      phase = Phase.MIDDLE_YEARS;
    } else {
      phase = Phase.EARLY_YEARS;
    }
    StringBuilder basis = new StringBuilder(t.get("basis.phase"));
    Optional<LocalDate> launch = f.initiative().launchDate();
    if (phase == Phase.LATER_YEARS
        && launch.isPresent()
        && f.asOf().isBefore(Facts.after(launch.get(), f.calibration().earlyYears()))) {
      phase = Phase.MIDDLE_YEARS;
      basis.append(' ').append(t.get("basis.bound", launch.get().toString()));
    }
    Optional<Gateway> gateway = gateway(f);
    basis.append(' ').append(t.get("basis.gateway"));
    return new Stage(phase, gateway, basis.toString());
  }

  private static Optional<Gateway> gateway(Facts f) {
    Initiative initiative = f.initiative();
    Set<io.github.collectiveimpact.model.SectorFamily> families =
        EnumSet.noneOf(io.github.collectiveimpact.model.SectorFamily.class);
    initiative.partners().forEach(p -> families.add(p.sectorFamily()));
    boolean vision =
        initiative.commonAgenda().vision().isPresent()
            || !initiative.commonAgenda().goals().isEmpty();
    if (!vision || families.size() < 2) {
      return Optional.empty();
    }
    boolean baseline =
        initiative.indicators().stream()
            .anyMatch(
                i ->
                    i.level() == io.github.collectiveimpact.model.IndicatorLevel.POPULATION
                        && i.baseline().isPresent());
    boolean steeringMet =
        initiative.meetingSeries().stream()
            .anyMatch(
                s ->
                    s.kind() == io.github.collectiveimpact.model.MeetingKind.STEERING_COMMITTEE
                        && f.lastHeld(s) != null);
    if (!(met(BuiltInRubrics.backboneNamed(f)) && steeringMet && baseline)) {
      return Optional.of(Gateway.EXPLORING);
    }
    if (!(met(BuiltInRubrics.resultsReviewed(f))
        && met(BuiltInRubrics.dedicatedStaff(f))
        && met(BuiltInRubrics.backboneFunded(f))
        && met(BuiltInRubrics.dataOverPeriods(f, true)))) {
      return Optional.of(Gateway.EMERGING);
    }
    Set<io.github.collectiveimpact.model.SystemsChangeKind> kinds =
        EnumSet.noneOf(io.github.collectiveimpact.model.SystemsChangeKind.class);
    initiative.systemsChanges().stream()
        .filter(c -> !c.date().isAfter(f.asOf()))
        .forEach(c -> kinds.add(c.kind()));
    boolean improving =
        f.results().indicators().stream()
            .anyMatch(
                r ->
                    r.trend() == Trend.IMPROVING
                        && initiative
                            .indicator(r.indicatorId())
                            .map(
                                i ->
                                    i.level()
                                        == io.github.collectiveimpact.model.IndicatorLevel
                                            .POPULATION)
                            .orElse(false));
    return Optional.of(
        kinds.size() >= 2 && improving ? Gateway.SYSTEMS_CHANGE : Gateway.SUSTAINING);
  }
}
