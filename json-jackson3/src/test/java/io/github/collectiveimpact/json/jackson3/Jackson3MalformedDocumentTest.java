package io.github.collectiveimpact.json.jackson3;

import io.github.collectiveimpact.json.shared.Binding;
import io.github.collectiveimpact.json.shared.MalformedDocumentTest;

/** The Jackson 2 binding's catalogue of bad documents, read with the Jackson 3 binding. */
class Jackson3MalformedDocumentTest extends MalformedDocumentTest {
  @Override
  protected Binding binding(Binding.Options options) {
    return new Jackson3Binding(options);
  }
}
