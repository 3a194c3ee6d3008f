package io.github.collectiveimpact.validation;

/** How serious a finding is. An initiative with no {@link #ERROR} is valid. */
public enum Severity {
  /** A condition of collective impact is not met, or the model is inconsistent. */
  ERROR,
  /** A condition is weakly met; practice recommends a change. */
  WARNING,
  /** Worth knowing; not a shortcoming by itself. */
  INFO
}
