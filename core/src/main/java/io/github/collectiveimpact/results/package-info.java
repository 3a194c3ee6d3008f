/**
 * What an initiative's shared measurement data say: per indicator, the latest value, the change since the
 * baseline, the trend, the status against the next target and the equity gaps, with a summary; computed
 * from the model alone ({@link io.github.collectiveimpact.results.Results#of}), and by the validator once
 * per validation.
 *
 * <p>Shared measurement exists to show whether the curve is turning (Kania and Kramer, SSIR 2011;
 * Results-Based Accountability's "turn the curve", Friedman 2005). The rules, each documented where it
 * applies:
 *
 * <ul>
 *   <li><b>Date.</b> Observations whose period ends after the date of the results are ignored.
 *   <li><b>Series.</b> Per indicator, the population series (observations without a disaggregation) and one
 *       series per group, ordered by the end of their periods. A value given without a partner is the
 *       initiative's value. Where only partners report a period and group, their values are summed for an
 *       additive unit ({@link io.github.collectiveimpact.model.Unit#additive()}) unless the indicator
 *       declares {@link io.github.collectiveimpact.model.Aggregation#NONE}; otherwise each partner's series
 *       is reported on its own ({@link io.github.collectiveimpact.results.PartnerSeries}). Values repeated
 *       for one period, group and partner are averaged.
 *   <li><b>Comparability and breaks.</b> Sums are compared only between periods in which the same partners
 *       report: the trend uses the latest run of points with the latest point's partners, and a result whose
 *       series mixes partners says it is not comparable. An observation marked {@code seriesBreak} starts a
 *       new series: trends and gap changes use only the points from the latest break on.
 *   <li><b>Tolerance.</b> The indicator's own tolerance, in its unit, when declared; else one per cent of
 *       the magnitude of a reference value: the baseline for the change since baseline and for the trend
 *       (the trend's first point without a baseline), the start of the line to the target for the target
 *       status, the reference at the earliest compared period for a gap.
 *   <li><b>Trend.</b> The Theil-Sen slope per year (the median of the slopes between every pair of points)
 *       of at most the ten latest comparable points since the latest break: improving or worsening when
 *       the slope exceeds the tolerance per year, else flat; insufficient data with fewer than three points;
 *       provisional with fewer than five.
 *   <li><b>Target status.</b> Against the next target: the earliest interim or final target whose date is
 *       after the latest observation's period, else the final one. Achieved when the latest value meets it;
 *       on track when the latest value is within the tolerance of the straight line from the baseline (or
 *       the first observation) to the target, evaluated at the latest observation's period; off track
 *       otherwise; missed when data reach the final target's date and fall short; awaiting data when the
 *       next target's date has passed within the indicator's publication lag; insufficient data when it has
 *       passed beyond that lag with no data reaching it. The projection at the target date is given only when
 *       the horizon is no longer than the history the trend used.
 *   <li><b>Equity gaps.</b> Per dimension, at the latest period with group values: each group's shortfall,
 *       in the desired direction, from one fixed reference (the indicator's reference group for the
 *       dimension, else the population value). For an additive unit, gaps compare each group's share of the
 *       total (the population value, else the sum of the groups), and need a reference group. A gap's change
 *       runs from the earliest period, since the latest break, that the reference and the groups share:
 *       widening when any group's gap widens, narrowing when none widens and one narrows, flagged when it
 *       narrows only because the reference got worse. An indicator that measures one group has its gap to its
 *       parity value. A declared dimension without observations is a data gap.
 * </ul>
 *
 * <p>The results are immutable records; the enums' JSON names are their constants in lower case.
 */
package io.github.collectiveimpact.results;
