package io.github.collectiveimpact.results;

import io.github.collectiveimpact.model.Initiative;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an initiative's shared measurement data say as of a date: one {@link IndicatorResult} per
 * indicator, in the initiative's order, and a {@link ResultsSummary}. Immutable.
 *
 * <pre>{@code
 * Results results = Results.of(initiative, LocalDate.of(2026, 6, 30));
 * for (IndicatorResult r : results.indicators()) {
 *   System.out.println(r.indicatorId() + ": " + r.trend() + ", " + r.targetStatus());
 * }
 * }</pre>
 *
 * <p>The validator computes the results once per validation; a rule reads them through {@code
 * RuleContext.results()} and a report carries them ({@code ValidationReport.results()}).
 *
 * @param asOf the date the results are computed as of: observations whose period ends after it are
 *     ignored
 * @param indicators the results per indicator
 * @param summary the counts over the indicators
 */
public record Results(LocalDate asOf, List<IndicatorResult> indicators, ResultsSummary summary) {

  /**
   * Checks the parts and copies the list.
   *
   * @param asOf the date
   * @param indicators the results per indicator
   * @param summary the summary
   */
  public Results {
    Objects.requireNonNull(asOf, "asOf");
    indicators = List.copyOf(indicators);
    Objects.requireNonNull(summary, "summary");
  }

  /**
   * The results of an initiative as of a date. Never throws for an initiative that could be built; its cost
   * is linear in the number of observations, up to sorting each series.
   *
   * @param initiative the initiative
   * @param asOf the date: observations whose period ends after it are ignored
   * @return the results
   */
  public static Results of(Initiative initiative, LocalDate asOf) {
    Objects.requireNonNull(initiative, "initiative");
    Objects.requireNonNull(asOf, "asOf");
    return ResultsCalculator.compute(initiative, asOf);
  }

  /**
   * The result of an indicator.
   *
   * @param indicatorId an indicator id
   * @return the first result with that id, or empty
   */
  public Optional<IndicatorResult> indicator(String indicatorId) {
    for (IndicatorResult r : indicators) {
      if (r.indicatorId().equals(indicatorId)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Counts the summary; {@code currentFlags[i]} says whether indicator {@code i} has current data. */
  static ResultsSummary summarize(List<IndicatorResult> indicators, boolean[] currentFlags) {
    int current = 0;
    int better = 0;
    int improving = 0;
    int onTrack = 0;
    int widening = 0;
    List<IndicatorResult> all = new ArrayList<>(indicators);
    for (int i = 0; i < all.size(); i++) {
      IndicatorResult r = all.get(i);
      if (currentFlags[i]) {
        current++;
      }
      if (r.sinceBaseline().orElse(null) == Movement.BETTER) {
        better++;
      }
      if (r.trend() == Trend.IMPROVING) {
        improving++;
      }
      if (r.targetStatus() == TargetStatus.ON_TRACK || r.targetStatus() == TargetStatus.ACHIEVED) {
        onTrack++;
      }
      if (r.hasWideningGap()) {
        widening++;
      }
    }
    return new ResultsSummary(all.size(), current, better, improving, onTrack, widening);
  }
}
