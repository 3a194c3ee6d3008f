package io.github.collectiveimpact.results;

import java.util.Objects;
import java.util.Optional;

/**
 * One partner's own series of an indicator whose partners' values are not summed (a unit that is not
 * additive, or {@link io.github.collectiveimpact.model.Aggregation#NONE}).
 *
 * @param partnerId the partner
 * @param latest its latest value
 * @param trend the trend of its points since the latest break
 */
public record PartnerSeries(String partnerId, Optional<Point> latest, Trend trend) {
  /**
   * Checks the parts.
   *
   * @param partnerId the partner
   * @param latest the latest value
   * @param trend the trend
   */
  public PartnerSeries {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(trend, "trend");
  }
}
