package io.github.collectiveimpact.html.view;

import io.github.collectiveimpact.html.chart.BarChart;
import io.github.collectiveimpact.html.chart.LineChart;
import java.util.List;
import java.util.Optional;

/**
 * Everything the report's template shows, already in words: the template decides only where.
 *
 * @param w the words of the page's language
 * @param name the initiative's name
 * @param id the initiative's id
 * @param asOf the report's date, in words
 * @param valid whether the initiative has no error
 * @param verdict the verdict with the counts per severity
 * @param description the initiative's description, when it is known
 * @param stage the stage estimate, empty without an assessment
 * @param lenses the levels per condition, one per lens
 * @param results the results, when the report carries them
 * @param categories the findings, by category
 * @param toc the table of contents
 */
public record ReportView(
    Words w,
    String name,
    String id,
    String asOf,
    boolean valid,
    String verdict,
    Optional<String> description,
    Optional<String> stage,
    List<LensView> lenses,
    Optional<ResultsView> results,
    List<CategoryView> categories,
    List<TocEntry> toc) {

  /**
   * One entry of the table of contents.
   *
   * @param anchor the id of the section it links to
   * @param label its words
   * @param children the entries below it
   */
  public record TocEntry(String anchor, String label, List<TocEntry> children) {}

  /**
   * The levels of one lens.
   *
   * @param headingId the id of its heading
   * @param title the lens's name
   * @param chart the bar chart of the levels
   * @param rows the table behind the chart
   */
  public record LensView(String headingId, String title, BarChart chart, List<LevelRow> rows) {}

  /**
   * One condition's level.
   *
   * @param condition the condition's name
   * @param level the level's number, or a dash when not assessed
   * @param label the level's name
   * @param rating the rating the level maps to
   * @param confidence how much of the evidence the document states
   * @param nextSteps what would raise the level
   */
  public record LevelRow(
      String condition,
      String level,
      String label,
      String rating,
      String confidence,
      List<String> nextSteps) {}

  /**
   * The results section.
   *
   * @param summary the counts in a sentence
   * @param indicators one per indicator
   * @param currency the data currency of every indicator
   */
  public record ResultsView(
      String summary, List<IndicatorView> indicators, List<CurrencyRow> currency) {}

  /**
   * One indicator's results.
   *
   * @param anchor the id of its section
   * @param name its name (its id when the initiative is not known)
   * @param id its id
   * @param facts its status, label and value
   * @param chart the line chart, when there is anything to draw
   * @param noChart why there is no chart, when there is none
   * @param data the table behind the chart
   * @param gaps the equity gaps, per dimension
   * @param dataGaps the declared dimensions without data, in words
   */
  public record IndicatorView(
      String anchor,
      String name,
      String id,
      List<Fact> facts,
      Optional<LineChart> chart,
      Optional<String> noChart,
      List<DataRow> data,
      List<GapView> gaps,
      Optional<String> dataGaps) {}

  /**
   * A label and its value.
   *
   * @param label the label
   * @param value the value
   */
  public record Fact(String label, String value) {}

  /**
   * One row of a chart's data table.
   *
   * @param kind what it is (observation, baseline, target)
   * @param date its date
   * @param value its value
   */
  public record DataRow(String kind, String date, String value) {}

  /**
   * The gaps of one dimension.
   *
   * @param dimension the dimension
   * @param reference what the gaps are measured against
   * @param change how they changed
   * @param rows one per group
   */
  public record GapView(String dimension, String reference, String change, List<GapRow> rows) {}

  /**
   * One group's gap.
   *
   * @param group the group
   * @param value its value
   * @param gap its shortfall from the reference
   * @param change how the gap changed
   * @param largest whether it is the largest gap of its dimension
   */
  public record GapRow(String group, String value, String gap, String change, boolean largest) {}

  /**
   * How current one indicator's data are.
   *
   * @param indicator the indicator's name
   * @param latest the end of the latest period with data
   * @param status whether the data are current, in words
   * @param current whether they are current
   */
  public record CurrencyRow(String indicator, String latest, String status, boolean current) {}

  /**
   * The findings of one category.
   *
   * @param anchor the id of its section
   * @param title the category's name
   * @param summary how many of its rules passed
   * @param findings its findings
   */
  public record CategoryView(
      String anchor, String title, String summary, List<FindingView> findings) {}

  /**
   * One finding.
   *
   * @param severityClass the CSS class of its severity
   * @param icon the severity's shape, a character
   * @param severity the severity in words
   * @param ruleId the rule's id
   * @param message the message
   * @param paths the JSON Pointers of the elements it is about
   * @param source the rule's source
   */
  public record FindingView(
      String severityClass,
      String icon,
      String severity,
      String ruleId,
      String message,
      List<String> paths,
      String source) {}
}
