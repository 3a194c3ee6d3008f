package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of one run over several documents: how many were named, read and not read, the findings by
 * severity, and how many reports fail at {@code --fail-on}.
 *
 * @param documents the documents named, those that could not be read included
 * @param read the documents read and validated
 * @param unreadable the documents that could not be read
 * @param findings the findings of every report, by severity, every severity present
 * @param failOn the level the run fails at
 * @param failing the reports with a finding at or above that level
 */
record Summary(
    int documents,
    int read,
    int unreadable,
    Map<Severity, Integer> findings,
    FailOn failOn,
    int failing) {

  static Summary of(List<Outcome> outcomes, FailOn failOn) {
    Map<Severity, Integer> findings = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      findings.put(severity, 0);
    }
    int read = 0;
    int failing = 0;
    for (Outcome outcome : outcomes) {
      if (outcome.report().isEmpty()) {
        continue;
      }
      ValidationReport report = outcome.report().get();
      read++;
      for (Severity severity : Severity.values()) {
        findings.merge(severity, report.count(severity), Integer::sum);
      }
      if (failOn.fails(report)) {
        failing++;
      }
    }
    return new Summary(
        outcomes.size(), read, outcomes.size() - read, Map.copyOf(findings), failOn, failing);
  }
}
