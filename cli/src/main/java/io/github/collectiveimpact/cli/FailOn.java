package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import java.util.Locale;
import java.util.Optional;

/** From which severity on a finding makes the run fail (exit status 1), {@code --fail-on}. */
enum FailOn {
  /** Any error fails. */
  ERROR(Severity.ERROR),
  /** Any error or warning fails. */
  WARNING(Severity.WARNING),
  /** Findings never fail. */
  NEVER(null);

  private final Severity lowest;

  FailOn(Severity lowest) {
    this.lowest = lowest;
  }

  /** Whether a report has a finding at or above this level. */
  boolean fails(ValidationReport report) {
    if (lowest == null) {
      return false;
    }
    for (Severity severity : Severity.values()) {
      if (severity.compareTo(lowest) <= 0 && report.count(severity) > 0) {
        return true;
      }
    }
    return false;
  }

  /** The option's value: {@code error}, {@code warning} or {@code never}. */
  String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<FailOn> parse(String value) {
    for (FailOn f : values()) {
      if (f.value().equals(value)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
