package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of one run over several documents: how many were named, read and not read, the findings by
 * severity, and how many reports fail at {@code --fail-on}.
 *
 * @param documents the documents named, those that could not be read included
 * @param read the documents read and validated
 * @param unreadable the files that could not be read, in input order
 * @param findings the findings of every report, by severity, every severity present
 * @param failOn the level the run fails at
 * @param failing the reports with a finding at or above that level
 */
record Summary(
    int documents,
    int read,
    List<String> unreadable,
    Map<Severity, Integer> findings,
    FailOn failOn,
    int failing) {

  /** Counts outcomes as they come. */
  static final class Counter {
    private final FailOn failOn;
    private final Map<Severity, Integer> findings = new EnumMap<>(Severity.class);
    private final List<String> unreadable = new ArrayList<>();
    private int documents;
    private int read;
    private int failing;

    Counter(FailOn failOn) {
      this.failOn = failOn;
      for (Severity severity : Severity.values()) {
        findings.put(severity, 0);
      }
    }

    void add(Outcome outcome) {
      documents++;
      if (outcome.report().isEmpty()) {
        unreadable.add(outcome.file());
        return;
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

    Summary summary() {
      return new Summary(
          documents, read, List.copyOf(unreadable), Map.copyOf(findings), failOn, failing);
    }
  }
}
