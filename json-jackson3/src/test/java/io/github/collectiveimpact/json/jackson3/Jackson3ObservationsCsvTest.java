package io.github.collectiveimpact.json.jackson3;

import io.github.collectiveimpact.json.shared.Csv;
import io.github.collectiveimpact.json.shared.ObservationsCsvTest;

/** The CSV cases of the Jackson 2 binding, run against this one. */
class Jackson3ObservationsCsvTest extends ObservationsCsvTest {
  @Override
  protected Csv csv(Csv.Options options) {
    return new Jackson3Csv(options);
  }
}
