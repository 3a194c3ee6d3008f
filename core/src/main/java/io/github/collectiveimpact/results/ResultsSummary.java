package io.github.collectiveimpact.results;

/**
 * How many indicators have current data, moved the desired way since their baseline, trend the desired
 * way, are on track or achieved, and have a widening gap: the counts behind a scorecard (Clear Impact's
 * scores combine the share of measures up to date with the share trending the right way; Kania and Kramer
 * 2011 report StrivePartnership's 34 of 53 indicators trending in the right direction).
 *
 * @param indicators the indicators
 * @param current those whose latest observation is no older than one reporting interval (a year without a
 *     reporting frequency) plus the publication lag
 * @param betterSinceBaseline those {@link Movement#BETTER} than their baseline
 * @param improving those whose trend is {@link Trend#IMPROVING}
 * @param onTrackOrAchieved those {@link TargetStatus#ON_TRACK} or {@link TargetStatus#ACHIEVED}
 * @param wideningGaps those with at least one {@link GapChange#WIDENING} gap
 */
public record ResultsSummary(
    int indicators,
    int current,
    int betterSinceBaseline,
    int improving,
    int onTrackOrAchieved,
    int wideningGaps) {

  /**
   * Checks that no count is negative or above the number of indicators.
   *
   * @param indicators the indicators
   * @param current the current ones
   * @param betterSinceBaseline the better ones
   * @param improving the improving ones
   * @param onTrackOrAchieved the ones on track or achieved
   * @param wideningGaps the ones with a widening gap
   */
  public ResultsSummary {
    for (int n :
        new int[] {current, betterSinceBaseline, improving, onTrackOrAchieved, wideningGaps}) {
      if (n < 0 || n > indicators) {
        throw new IllegalArgumentException(
            "ResultsSummary counts must lie within 0.." + indicators + ", was " + n);
      }
    }
  }

  /**
   * A count as a share of the indicators.
   *
   * @param count one of the counts
   * @return the share from 0 to 1; 0 when there are no indicators
   */
  public double share(int count) {
    return indicators == 0 ? 0 : (double) count / indicators;
  }
}
