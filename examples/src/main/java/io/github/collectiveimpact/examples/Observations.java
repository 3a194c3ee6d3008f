package io.github.collectiveimpact.examples;

import io.github.collectiveimpact.model.Disaggregation;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.ReportingPeriod;

/** Short factories for the observations the examples report, so that each data table reads as one line. */
final class Observations {
  private Observations() {}

  /** A value for the whole population. */
  static Observation total(
      String indicatorId, ReportingPeriod period, double value, String partnerId) {
    return Observation.builder()
        .indicatorId(indicatorId)
        .period(period)
        .value(value)
        .partnerId(partnerId)
        .build();
  }

  /** A value for one group of a disaggregation dimension. */
  static Observation group(
      String indicatorId,
      ReportingPeriod period,
      double value,
      String partnerId,
      DisaggregationDimension dimension,
      String group) {
    return Observation.builder()
        .indicatorId(indicatorId)
        .period(period)
        .value(value)
        .partnerId(partnerId)
        .disaggregation(Disaggregation.of(dimension, group))
        .build();
  }
}
