package io.github.collectiveimpact.json.jackson3;

import io.github.collectiveimpact.json.shared.Csv;
import io.github.collectiveimpact.json.shared.MalformedCsvTest;

/** The Jackson 2 binding's catalogue of bad CSV files, run against this one. */
class Jackson3MalformedCsvTest extends MalformedCsvTest {
  @Override
  protected Csv csv(Csv.Options options) {
    return new Jackson3Csv(options);
  }
}
