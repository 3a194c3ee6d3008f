package io.github.collectiveimpact.validation;

import java.util.Objects;

/**
 * Thrown by {@link ValidationReport#of} when the parts of a report contradict each other: two summaries
 * of one category, a rule both passed and failed, or a finding whose rule is not among its category's
 * failed rules. It names the offending part by a JSON Pointer into the report's JSON form, so that a
 * reader of a report document can point at the value in the document.
 */
public final class InconsistentReportException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the offending part. */
  private final String path;

  /** What is wrong, without the path. */
  private final String problem;

  /**
   * An exception for one inconsistency.
   *
   * @param path the JSON Pointer of the offending part, e.g. {@code /findings/3/ruleId}, where the indexes
   *     are positions in the lists given to {@link ValidationReport#of}
   * @param problem what is wrong, e.g. {@code rule "CA-001" is both passed and failed}
   */
  public InconsistentReportException(String path, String problem) {
    super(
        Objects.requireNonNull(problem, "problem") + " at " + Objects.requireNonNull(path, "path"));
    this.path = path;
    this.problem = problem;
  }

  /**
   * Where the inconsistency is: a JSON Pointer into the report's JSON form ({@code /summary/categories/1/
   * category}, {@code /summary/categories/0/failedRuleIds/2}, {@code /findings/3/ruleId}), with the
   * positions of the summaries and findings as given to {@link ValidationReport#of}.
   *
   * @return the pointer
   */
  public String path() {
    return path;
  }

  /**
   * What is wrong, without the path.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
