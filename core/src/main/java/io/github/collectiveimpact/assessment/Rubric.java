package io.github.collectiveimpact.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The criteria that rate the conditions of one {@link Lens}, as data beside their logic, with a {@link
 * Calibration} and the criteria marked not applicable. Immutable: the {@code with} methods return copies.
 *
 * <pre>{@code
 * Rubric rural = Rubric.fiveConditions()
 *     .withName("Rural network")
 *     .withCalibration(Calibration.defaults().withMinSectorFamilies(2))
 *     .withNotApplicable("SM.3b");
 * }</pre>
 *
 * <p>A network supplies a rubric of its own with {@link #of(Lens, String, List)}; a {@code Profile} of the
 * validator can carry one. A criterion marked not applicable (Collective Impact Forum, Principles of
 * Practice, 2016, no. 8: customize for local context) is neither required for its level nor counted in the
 * confidence.
 */
public final class Rubric {
  private final Lens lens;
  private final String name;
  private final List<Criterion> criteria;
  private final Set<String> notApplicable;
  private final Calibration calibration;

  private Rubric(
      Lens lens,
      String name,
      List<Criterion> criteria,
      Set<String> notApplicable,
      Calibration calibration) {
    this.lens = lens;
    this.name = name;
    this.criteria = criteria;
    this.notApplicable = notApplicable;
    this.calibration = calibration;
  }

  /**
   * The built-in rubric of the five conditions.
   *
   * @return the rubric
   */
  public static Rubric fiveConditions() {
    return FIVE_CONDITIONS;
  }

  /**
   * The built-in rubric of Collective Impact 3.0.
   *
   * @return the rubric
   */
  public static Rubric collectiveImpact3() {
    return COLLECTIVE_IMPACT_3;
  }

  /**
   * The built-in rubrics, one per lens.
   *
   * @return the rubrics, in lens order
   */
  public static List<Rubric> builtIn() {
    return List.of(FIVE_CONDITIONS, COLLECTIVE_IMPACT_3);
  }

  private static final Rubric FIVE_CONDITIONS =
      of(Lens.FIVE_CONDITIONS, "Five conditions (built-in)", BuiltInRubrics.fiveConditions());
  private static final Rubric COLLECTIVE_IMPACT_3 =
      of(
          Lens.COLLECTIVE_IMPACT_3,
          "Collective Impact 3.0 (built-in)",
          BuiltInRubrics.collectiveImpact3());

  /**
   * A rubric of one's own.
   *
   * @param lens the lens it rates
   * @param name its name
   * @param criteria its criteria, each of a condition of the lens; a condition with no criterion is not
   *     assessed
   * @return the rubric, with the default calibration
   * @throws IllegalArgumentException if a criterion belongs to another lens or two share an id
   */
  public static Rubric of(Lens lens, String name, List<Criterion> criteria) {
    Objects.requireNonNull(lens, "lens");
    Objects.requireNonNull(name, "name");
    Set<String> ids = new HashSet<>();
    for (Criterion c : criteria) {
      if (c.condition().lens() != lens) {
        throw new IllegalArgumentException(
            "criterion " + c.id() + " rates " + c.condition() + ", not a condition of " + lens);
      }
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("two criteria have the id " + c.id());
      }
    }
    return new Rubric(lens, name, List.copyOf(criteria), Set.of(), Calibration.defaults());
  }

  /**
   * The lens the rubric rates.
   *
   * @return the lens
   */
  public Lens lens() {
    return lens;
  }

  /**
   * Its name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Its criteria, in order.
   *
   * @return the criteria
   */
  public List<Criterion> criteria() {
    return criteria;
  }

  /**
   * The criteria of one condition, by level.
   *
   * @param condition a condition of the lens
   * @return its criteria
   */
  public List<Criterion> criteria(AssessedCondition condition) {
    List<Criterion> result = new ArrayList<>();
    for (Criterion c : criteria) {
      if (c.condition() == condition) {
        result.add(c);
      }
    }
    result.sort((a, b) -> Integer.compare(a.level(), b.level()));
    return List.copyOf(result);
  }

  /**
   * The ids of the criteria marked not applicable.
   *
   * @return the ids
   */
  public Set<String> notApplicable() {
    return notApplicable;
  }

  /**
   * The calibration its criteria read.
   *
   * @return the calibration
   */
  public Calibration calibration() {
    return calibration;
  }

  /**
   * A copy with another name.
   *
   * @param name the name
   * @return the copy
   */
  public Rubric withName(String name) {
    return new Rubric(
        lens, Objects.requireNonNull(name, "name"), criteria, notApplicable, calibration);
  }

  /**
   * A copy with another calibration.
   *
   * @param calibration the calibration
   * @return the copy
   */
  public Rubric withCalibration(Calibration calibration) {
    return new Rubric(
        lens, name, criteria, notApplicable, Objects.requireNonNull(calibration, "calibration"));
  }

  /**
   * A copy with more criteria marked not applicable.
   *
   * @param criterionIds ids of the rubric's criteria
   * @return the copy
   * @throws IllegalArgumentException if an id names no criterion of the rubric
   */
  public Rubric withNotApplicable(String... criterionIds) {
    Set<String> known = new HashSet<>();
    criteria.forEach(c -> known.add(c.id()));
    Set<String> ids = new LinkedHashSet<>(notApplicable);
    for (String id : Arrays.asList(criterionIds)) {
      if (!known.contains(id)) {
        throw new IllegalArgumentException("no criterion " + id + " in rubric " + name);
      }
      ids.add(id);
    }
    return new Rubric(lens, name, criteria, Set.copyOf(ids), calibration);
  }

  /**
   * The rubrics as a Markdown document: the levels and their ratings, then per lens and condition the
   * criteria of each level with their sources (the project's {@code ASSESSMENT.md}).
   *
   * @param rubrics the rubrics
   * @return the document, in English
   */
  public static String toMarkdown(List<Rubric> rubrics) {
    return Guide.markdown(rubrics);
  }

  @Override
  public String toString() {
    return "Rubric[" + name + ", " + lens + ", " + criteria.size() + " criteria]";
  }
}
