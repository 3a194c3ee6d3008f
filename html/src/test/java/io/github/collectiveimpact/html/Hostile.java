package io.github.collectiveimpact.html;

import io.github.collectiveimpact.validation.Category;
import io.github.collectiveimpact.validation.CategorySummary;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The showcase with hostile text wherever a user's text reaches the page: the initiative's and a
 * partner's names, the description, a data source, and a finding of a rule of one's own whose message
 * and source are markup and a {@code javascript:} URL.
 */
final class Hostile {
  static final String RULE = "XX-001";

  private Hostile() {}

  static ValidationReport report() {
    ValidationReport validated = Showcase.report(Showcase.hostile(), Locale.ENGLISH);
    List<CategorySummary> summaries = new ArrayList<>();
    for (CategorySummary s : validated.summaries()) {
      if (s.category() == Category.STRUCTURE) {
        List<String> failed = new ArrayList<>(s.failedRuleIds());
        failed.add(RULE);
        summaries.add(new CategorySummary(s.category(), s.passedRuleIds(), failed));
      } else {
        summaries.add(s);
      }
    }
    List<Finding> findings = new ArrayList<>(validated.findings());
    findings.add(
        new Finding(
            RULE,
            Category.STRUCTURE,
            Severity.WARNING,
            "/partners/0/name",
            List.of("/partners/0/name", "/\"><script>alert(1)</script>"),
            "Partner " + Showcase.SCRIPT + " says " + Showcase.IMG,
            List.of(Showcase.SCRIPT),
            Showcase.JAVASCRIPT));
    return ValidationReport.of(
        validated.initiativeId(),
        validated.initiativeName(),
        validated.asOf(),
        summaries,
        findings,
        validated.results().orElseThrow(),
        validated.assessment().orElseThrow());
  }
}
