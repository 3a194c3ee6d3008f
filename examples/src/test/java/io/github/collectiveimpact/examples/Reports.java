package io.github.collectiveimpact.examples;

import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.profiles.Profiles;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Validation of the examples as the runner does it, and a compact view of findings for assertions. */
final class Reports {
  private Reports() {}

  /** A validator as of the runner's date, in English, with no profile. */
  static Validator standard() {
    return Validator.builder().asOf(ExamplesMain.AS_OF).build();
  }

  /** A validator as of the runner's date, in English, with the Promise Neighborhoods profile. */
  static Validator promiseNeighborhoods() {
    return Validator.builder()
        .asOf(ExamplesMain.AS_OF)
        .profile(Profiles.promiseNeighborhoods())
        .build();
  }

  /** The findings of a validation as sorted "RULE-ID path" strings. */
  static List<String> findings(Validator validator, Initiative initiative) {
    return findings(validator.validate(initiative));
  }

  /** The findings of a report as sorted "RULE-ID SEVERITY path" strings. */
  static List<String> withSeverities(ValidationReport report) {
    List<String> result = new ArrayList<>();
    for (Finding f : report.findings()) {
      result.add(f.ruleId() + " " + f.severity() + " " + f.path());
    }
    Collections.sort(result);
    return result;
  }

  /** The findings of a report as sorted "RULE-ID path" strings. */
  static List<String> findings(ValidationReport report) {
    List<String> result = new ArrayList<>();
    for (Finding f : report.findings()) {
      result.add(f.ruleId() + " " + f.path());
    }
    Collections.sort(result);
    return result;
  }
}
