package io.github.collectiveimpact.results;

import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.DisaggregationDimension;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an indicator's observations say, as of the validation date: its latest value, the change since its
 * baseline, its trend, where it stands against its next target, and its equity gaps.
 *
 * @param indicatorId the indicator
 * @param latest the latest value of the population series (the initiative's value)
 * @param sinceBaseline how the latest value compares with the declared baseline; empty without a baseline
 *     or a latest value
 * @param changeSinceBaseline the change from the declared baseline
 * @param trend the trend of the comparable points since the latest series break
 * @param slopePerYear the Theil-Sen slope per year of those points, when there are at least three
 * @param trendPoints how many points the trend used (a trend from fewer than five is provisional)
 * @param consecutivePeriodsImproving how many of the latest consecutive steps of the series moved the
 *     desired way
 * @param comparable {@code false} when partners' sums of different partners make up the series, so that
 *     only its latest points with the same partners are compared
 * @param targetStatus where the indicator stands against its next target
 * @param nextTarget the next target (interim or final; the final one once all have passed)
 * @param projectedAtTarget the value the trend line gives at the next target's date, only when that date is
 *     no further from the latest point than the points the trend used reach back
 * @param gaps the equity gaps, per disaggregation dimension with data, in dimension order
 * @param dataGaps the declared disaggregation dimensions without a single observation
 * @param partnerSeries each partner's own series, for an indicator whose partners' values are not summed
 */
public record IndicatorResult(
    String indicatorId,
    Optional<Point> latest,
    Optional<Movement> sinceBaseline,
    Optional<BaselineChange> changeSinceBaseline,
    Trend trend,
    Optional<Double> slopePerYear,
    int trendPoints,
    int consecutivePeriodsImproving,
    boolean comparable,
    TargetStatus targetStatus,
    Optional<DatedValue> nextTarget,
    Optional<Double> projectedAtTarget,
    List<EquityGap> gaps,
    List<DisaggregationDimension> dataGaps,
    List<PartnerSeries> partnerSeries) {

  /** The fewest points of a trend that is not provisional: {@value}. */
  public static final int FIRM_TREND_POINTS = 5;

  /**
   * Checks the parts and copies the lists.
   *
   * @param indicatorId the indicator
   * @param latest the latest value
   * @param sinceBaseline the comparison with the baseline
   * @param changeSinceBaseline the change from the baseline
   * @param trend the trend
   * @param slopePerYear the slope per year
   * @param trendPoints the points of the trend
   * @param consecutivePeriodsImproving the latest steps in the desired direction
   * @param comparable whether the whole series is comparable
   * @param targetStatus the target status
   * @param nextTarget the next target
   * @param projectedAtTarget the projected value
   * @param gaps the equity gaps
   * @param dataGaps the dimensions without data
   * @param partnerSeries the partners' own series
   */
  public IndicatorResult {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(sinceBaseline, "sinceBaseline");
    Objects.requireNonNull(changeSinceBaseline, "changeSinceBaseline");
    Objects.requireNonNull(trend, "trend");
    Objects.requireNonNull(slopePerYear, "slopePerYear");
    Objects.requireNonNull(targetStatus, "targetStatus");
    Objects.requireNonNull(nextTarget, "nextTarget");
    Objects.requireNonNull(projectedAtTarget, "projectedAtTarget");
    gaps = List.copyOf(gaps);
    dataGaps = List.copyOf(dataGaps);
    partnerSeries = List.copyOf(partnerSeries);
    if (trendPoints < 0 || consecutivePeriodsImproving < 0) {
      throw new IllegalArgumentException("IndicatorResult counts must not be negative");
    }
  }

  /**
   * Whether the trend rests on fewer than {@value #FIRM_TREND_POINTS} points.
   *
   * @return {@code true} for a trend from three or four points
   */
  public boolean provisional() {
    return trend != Trend.INSUFFICIENT_DATA && trendPoints < FIRM_TREND_POINTS;
  }

  /**
   * Whether any of the indicator's equity gaps is widening.
   *
   * @return {@code true} if a gap widens
   */
  public boolean hasWideningGap() {
    for (EquityGap gap : gaps) {
      if (gap.change() == GapChange.WIDENING) {
        return true;
      }
    }
    return false;
  }
}
