package io.github.collectiveimpact.json.jackson3;

import io.github.collectiveimpact.json.shared.Binding;
import io.github.collectiveimpact.json.shared.ReportFormatTest;

/** The report format's cases of the Jackson 2 binding, run against this one. */
class Jackson3ReportFormatTest extends ReportFormatTest {
  @Override
  protected Binding binding(Binding.Options options) {
    return new Jackson3Binding(options);
  }
}
