package io.github.collectiveimpact.validation;

import io.github.collectiveimpact.assessment.Assessment;
import io.github.collectiveimpact.model.Condition;
import io.github.collectiveimpact.results.IndicatorResult;
import io.github.collectiveimpact.results.Results;
import io.github.collectiveimpact.results.ResultsSummary;
import io.github.collectiveimpact.results.TargetStatus;
import io.github.collectiveimpact.results.Trend;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The result of validating an initiative: its findings in a fixed order, and for each category the rules
 * that passed and failed. Immutable.
 *
 * <p>Findings are ordered by category (structure first, then the five conditions in the order of the
 * literature), then rule id, then path (array indexes compared as numbers), then arguments, so that the same
 * initiative validated twice gives the same report.
 */
public final class ValidationReport {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::category)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::path, ValidationReport::comparePaths)
          .thenComparing(f -> String.join("\u0000", f.arguments()))
          .thenComparing(Finding::severity)
          .thenComparing(Finding::message);

  private final String initiativeId;
  private final String initiativeName;
  private final LocalDate asOf;
  private final List<Finding> findings;
  private final Map<Category, CategorySummary> summaries;
  private final Optional<Results> results;
  private final Locale textLocale;
  private final Optional<Assessment> assessment;

  private ValidationReport(
      String initiativeId,
      String initiativeName,
      LocalDate asOf,
      List<Finding> findings,
      Map<Category, CategorySummary> summaries,
      Optional<Results> results,
      Optional<Assessment> assessment,
      Locale textLocale) {
    this.textLocale = textLocale;
    this.initiativeId = initiativeId;
    this.initiativeName = initiativeName;
    this.asOf = asOf;
    this.findings = findings;
    this.summaries = summaries;
    this.results = results;
    this.assessment = assessment;
  }

  /**
   * A report from its parts with the results it carries, as the validator makes it.
   *
   * @param initiativeId the id of the initiative validated
   * @param initiativeName its name
   * @param asOf the validation date
   * @param summaries the per-category summaries
   * @param findings the findings
   * @param results the results of the initiative's shared measurement data as of {@code asOf}
   * @return the report
   * @throws InconsistentReportException as {@link #of(String, String, LocalDate, List, List)} does
   * @throws IllegalArgumentException if the results are not as of {@code asOf}
   */
  public static ValidationReport of(
      String initiativeId,
      String initiativeName,
      LocalDate asOf,
      List<CategorySummary> summaries,
      List<Finding> findings,
      Results results) {
    Objects.requireNonNull(results, "results");
    ValidationReport report = of(initiativeId, initiativeName, asOf, summaries, findings);
    if (!results.asOf().equals(asOf)) {
      throw new IllegalArgumentException(
          "the results are as of " + results.asOf() + ", the report as of " + asOf);
    }
    return new ValidationReport(
        report.initiativeId,
        report.initiativeName,
        report.asOf,
        report.findings,
        report.summaries,
        Optional.of(results),
        Optional.empty(),
        Locale.ROOT);
  }

  /**
   * A report from its parts with the results and the assessment it carries, as the validator makes it.
   *
   * @param initiativeId the id of the initiative validated
   * @param initiativeName its name
   * @param asOf the validation date
   * @param summaries the per-category summaries
   * @param findings the findings
   * @param results the results as of {@code asOf}
   * @param assessment the assessment as of {@code asOf}
   * @return the report
   * @throws InconsistentReportException as {@link #of(String, String, LocalDate, List, List)} does
   * @throws IllegalArgumentException if the results or the assessment are not as of {@code asOf}
   */
  public static ValidationReport of(
      String initiativeId,
      String initiativeName,
      LocalDate asOf,
      List<CategorySummary> summaries,
      List<Finding> findings,
      Results results,
      Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    ValidationReport report = of(initiativeId, initiativeName, asOf, summaries, findings, results);
    if (!assessment.asOf().equals(asOf)) {
      throw new IllegalArgumentException(
          "the assessment is as of " + assessment.asOf() + ", the report as of " + asOf);
    }
    return new ValidationReport(
        report.initiativeId,
        report.initiativeName,
        report.asOf,
        report.findings,
        report.summaries,
        report.results,
        Optional.of(assessment),
        Locale.ROOT);
  }

  /** The same report, whose {@link #toText()} is in the given language (the validator's). */
  ValidationReport inLanguage(Locale locale) {
    return new ValidationReport(
        initiativeId, initiativeName, asOf, findings, summaries, results, assessment, locale);
  }

  /**
   * A report from its parts, as when reading one back from JSON. The findings are put in the report's
   * order; a summary is made, with no rules, for each category not given.
   *
   * @param initiativeId the id of the initiative validated
   * @param initiativeName its name
   * @param asOf the validation date
   * @param summaries the per-category summaries
   * @param findings the findings
   * @return the report
   * @throws InconsistentReportException if a category has two summaries, a rule is both passed and
   *     failed, or a finding's rule is not among its category's failed rules; it names the offending part
   *     by its JSON Pointer in the report's JSON form
   */
  public static ValidationReport of(
      String initiativeId,
      String initiativeName,
      LocalDate asOf,
      List<CategorySummary> summaries,
      List<Finding> findings) {
    Objects.requireNonNull(initiativeId, "initiativeId");
    Objects.requireNonNull(initiativeName, "initiativeName");
    Objects.requireNonNull(asOf, "asOf");
    Map<Category, CategorySummary> byCategory = new EnumMap<>(Category.class);
    for (int i = 0; i < summaries.size(); i++) {
      CategorySummary summary = summaries.get(i);
      if (byCategory.put(summary.category(), summary) != null) {
        throw new InconsistentReportException(
            "/summary/categories/" + i + "/category",
            "a second summary of category \"" + jsonName(summary.category()) + "\"");
      }
      Set<String> passed = new HashSet<>(summary.passedRuleIds());
      List<String> failedIds = summary.failedRuleIds();
      for (int j = 0; j < failedIds.size(); j++) {
        if (passed.contains(failedIds.get(j))) {
          throw new InconsistentReportException(
              "/summary/categories/" + i + "/failedRuleIds/" + j,
              "rule \"" + failedIds.get(j) + "\" is both passed and failed");
        }
      }
    }
    for (Category category : Category.values()) {
      byCategory.putIfAbsent(category, new CategorySummary(category, List.of(), List.of()));
    }
    Map<Category, Set<String>> failed = new EnumMap<>(Category.class);
    for (CategorySummary summary : byCategory.values()) {
      failed.put(summary.category(), new HashSet<>(summary.failedRuleIds()));
    }
    List<Finding> sorted = new ArrayList<>(findings);
    for (int i = 0; i < sorted.size(); i++) {
      Finding finding = Objects.requireNonNull(sorted.get(i), "finding");
      if (!failed.get(finding.category()).contains(finding.ruleId())) {
        throw new InconsistentReportException(
            "/findings/" + i + "/ruleId",
            "rule \""
                + finding.ruleId()
                + "\" is not among the failed rules of category \""
                + jsonName(finding.category())
                + "\" in the summary");
      }
    }
    sorted.sort(ORDER);
    return new ValidationReport(
        initiativeId,
        initiativeName,
        asOf,
        Collections.unmodifiableList(sorted),
        Collections.unmodifiableMap(byCategory),
        Optional.empty(),
        Optional.empty(),
        Locale.ROOT);
  }

  /**
   * What the initiative's shared measurement data say as of the validation date: present in every report
   * a {@link Validator} makes, empty in a report made without them (as one read from a document written
   * before reports carried results).
   *
   * @return the results
   */
  public Optional<Results> results() {
    return results;
  }

  /**
   * How far along the initiative is, condition by condition, under both lenses, and its stage: present in
   * every report a {@link Validator} makes (computed once, in the validator's language), empty in a report
   * made without it (as one read from a document written before reports carried it).
   *
   * @return the assessment
   */
  public Optional<Assessment> assessment() {
    return assessment;
  }

  /**
   * The id of the initiative validated.
   *
   * @return the id
   */
  public String initiativeId() {
    return initiativeId;
  }

  /**
   * The name of the initiative validated.
   *
   * @return the name
   */
  public String initiativeName() {
    return initiativeName;
  }

  /**
   * The validation date every time-based rule measured from.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * All findings, in the report's order.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Whether the initiative has no finding of severity {@link Severity#ERROR}.
   *
   * @return {@code true} if there is no error
   */
  public boolean isValid() {
    return count(Severity.ERROR) == 0;
  }

  /**
   * How many findings have the given severity.
   *
   * @param severity a severity
   * @return the count
   */
  public int count(Severity severity) {
    int n = 0;
    for (Finding f : findings) {
      if (f.severity() == severity) {
        n++;
      }
    }
    return n;
  }

  /**
   * The number of findings of each severity, every severity present (zero where there are none).
   *
   * @return the counts, in severity order
   */
  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    for (Finding f : findings) {
      counts.merge(f.severity(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * The number of findings in each category, every category present (zero where there are none).
   *
   * @return the counts, in category order
   */
  public Map<Category, Integer> countsByCategory() {
    Map<Category, Integer> counts = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      counts.put(c, 0);
    }
    for (Finding f : findings) {
      counts.merge(f.category(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * The findings of one category.
   *
   * @param category a category
   * @return its findings, in the report's order
   */
  public List<Finding> findings(Category category) {
    List<Finding> result = new ArrayList<>();
    for (Finding f : findings) {
      if (f.category() == category) {
        result.add(f);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * The findings about one condition.
   *
   * @param condition a condition
   * @return its findings, in the report's order
   */
  public List<Finding> findings(Condition condition) {
    return findings(Category.of(condition));
  }

  /**
   * The summary of one category.
   *
   * @param category a category
   * @return which of its rules passed and failed
   */
  public CategorySummary summary(Category category) {
    return summaries.get(category);
  }

  /**
   * The summaries of all categories, in category order.
   *
   * @return the summaries
   */
  public List<CategorySummary> summaries() {
    return List.copyOf(summaries.values());
  }

  /**
   * A plain-text rendering for logs and consoles, in the language of the validator that made the report
   * (English for a report made otherwise, such as one read from JSON): {@link #toText(Locale)}.
   *
   * @return the text, ending with a line break
   */
  public String toText() {
    return toText(textLocale);
  }

  /**
   * A plain-text rendering for logs and consoles, in a language: a headline; then, when the report carries
   * an assessment, the levels of each condition under each lens and the stage; then, when the report
   * carries results, what a practitioner reads first (how many indicators have current data, are better
   * than their baseline and on track, then the ids of those improving, off track or short of their
   * target, and with a widening gap); then for each category a summary line and its findings, one per
   * line, as {@code SEVERITY RULE-ID path: message} (the severity and the rule id are identifiers, the same
   * in every language). The headline, the results and the summaries are in the given language (Japanese for a Japanese locale, else English); the findings' messages stay in the
   * language they were made in.
   *
   * @param locale the language
   * @return the text, ending with a line break
   */
  public String toText(Locale locale) {
    Messages messages = Messages.forLocale(locale);
    StringBuilder out = new StringBuilder();
    out.append(
            messages.text(
                "text.headline",
                initiativeName,
                initiativeId,
                asOf.toString(),
                messages.text(isValid() ? "text.valid" : "text.notValid"),
                counts(messages, findings)))
        .append('\n');
    assessment.ifPresent(a -> out.append(a.toText(locale)));
    results.ifPresent(r -> appendResults(out, messages, r));
    for (Category category : Category.values()) {
      CategorySummary summary = summaries.get(category);
      List<Finding> own = findings(category);
      String title = messages.text("text.category." + category.name());
      int passed = summary.passedRuleIds().size();
      out.append("  ")
          .append(
              own.isEmpty()
                  ? messages.text("text.category", title, passed, summary.rulesRun())
                  : messages.text(
                      "text.category.findings",
                      title,
                      passed,
                      summary.rulesRun(),
                      counts(messages, own)))
          .append('\n');
      for (Finding f : own) {
        out.append("    ")
            .append(String.format("%-7s", f.severity()))
            .append(' ')
            .append(f.ruleId())
            .append(' ')
            .append(f.path().isEmpty() ? "/" : f.path())
            .append(": ")
            .append(f.message())
            .append('\n');
      }
    }
    return out.toString();
  }

  private static void appendResults(StringBuilder out, Messages messages, Results results) {
    if (results.indicators().isEmpty()) {
      return;
    }
    ResultsSummary summary = results.summary();
    List<String> improving = new ArrayList<>();
    List<String> behind = new ArrayList<>();
    List<String> widening = new ArrayList<>();
    for (IndicatorResult r : results.indicators()) {
      if (r.trend() == Trend.IMPROVING) {
        improving.add(r.indicatorId());
      }
      if (r.targetStatus() == TargetStatus.OFF_TRACK || r.targetStatus() == TargetStatus.MISSED) {
        behind.add(r.indicatorId());
      }
      if (r.hasWideningGap()) {
        widening.add(r.indicatorId());
      }
    }
    out.append("  ")
        .append(
            messages.text(
                "text.results",
                summary.indicators(),
                summary.current(),
                summary.betterSinceBaseline(),
                summary.onTrackOrAchieved()))
        .append('\n');
    String[] keys = {"text.results.improving", "text.results.offTrack", "text.results.widening"};
    List<List<String>> groups = List.of(improving, behind, widening);
    for (int i = 0; i < keys.length; i++) {
      List<String> ids = groups.get(i);
      out.append("    ")
          .append(messages.text(keys[i], ids.size(), messages.display("indicatorIds", ids, "")))
          .append('\n');
    }
  }

  private static String counts(Messages messages, List<Finding> findings) {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (Finding f : findings) {
      switch (f.severity()) {
        case ERROR:
          errors++;
          break;
        case WARNING:
          warnings++;
          break;
        default:
          infos++;
      }
    }
    return messages.text("text.counts", errors, warnings, infos);
  }

  /** A category's name in the report's JSON form, e.g. {@code shared_measurement}. */
  private static String jsonName(Category category) {
    return category.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Compares JSON Pointers segment by segment, numeric segments as numbers. */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ei = a.indexOf('/', i + 1);
      int ej = b.indexOf('/', j + 1);
      if (ei < 0) {
        ei = a.length();
      }
      if (ej < 0) {
        ej = b.length();
      }
      String sa = a.substring(i, ei);
      String sb = b.substring(j, ej);
      int c = compareSegments(sa, sb);
      if (c != 0) {
        return c;
      }
      i = ei;
      j = ej;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int compareSegments(String a, String b) {
    boolean na = isIndex(a);
    boolean nb = isIndex(b);
    if (na && nb) {
      int c = Integer.compare(a.length(), b.length());
      return c != 0 ? c : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String segment) {
    if (segment.length() < 2 || segment.length() > 11) {
      return false;
    }
    for (int k = 1; k < segment.length(); k++) {
      if (!Character.isDigit(segment.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ValidationReport)) {
      return false;
    }
    ValidationReport o = (ValidationReport) other;
    return initiativeId.equals(o.initiativeId)
        && initiativeName.equals(o.initiativeName)
        && asOf.equals(o.asOf)
        && findings.equals(o.findings)
        && summaries.equals(o.summaries)
        && results.equals(o.results)
        && assessment.equals(o.assessment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        initiativeId, initiativeName, asOf, findings, summaries, results, assessment);
  }

  @Override
  public String toString() {
    return "ValidationReport["
        + initiativeId
        + ", asOf="
        + asOf
        + ", valid="
        + isValid()
        + ", findings="
        + findings.size()
        + "]";
  }
}
