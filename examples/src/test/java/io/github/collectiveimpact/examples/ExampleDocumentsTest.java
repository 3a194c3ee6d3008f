package io.github.collectiveimpact.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.model.Initiative;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each showcase initiative ships as a JSON document beside its Java form, under
 * {@code src/main/resources/io/github/collectiveimpact/examples/}: the two must be the same initiative.
 * Regenerate the documents after changing an example with
 * {@code mvn -B -pl examples -am test -Dtest=ExampleDocumentsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dexamples.write=true}.
 */
class ExampleDocumentsTest {
  private static final CollectiveImpactJson JSON =
      CollectiveImpactJson.builder().prettyPrint(true).build();

  @Test
  void theDocumentsAreReadOnTheClassPath() {
    // The json module's tests run the binding between named modules; these run it on the class
    // path.
    assertFalse(CollectiveImpactJson.class.getModule().isNamed());
    assertFalse(Initiative.class.getModule().isNamed());
  }

  @Test
  void eachDocumentReadsAsItsJavaInitiativeAndIsWrittenCanonically() throws IOException {
    List<Initiative> initiatives = ExamplesMain.showcase();
    assertEquals(initiatives.size(), ExampleDocuments.NAMES.size());
    if (Boolean.getBoolean("examples.write")) {
      for (int i = 0; i < initiatives.size(); i++) {
        Path file =
            Path.of("src/main/resources", ExampleDocuments.FOLDER, ExampleDocuments.NAMES.get(i));
        Files.writeString(
            file, JSON.writeInitiative(initiatives.get(i)) + "\n", StandardCharsets.UTF_8);
      }
    }
    for (int i = 0; i < initiatives.size(); i++) {
      Initiative initiative = initiatives.get(i);
      String name = ExampleDocuments.NAMES.get(i);
      try (InputStream in = ExampleDocuments.open(name)) {
        assertNotNull(in, name);
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(
            initiative,
            JSON.readInitiative(text),
            name + " is not the same initiative as its Java form");
        assertEquals(
            JSON.writeInitiative(initiative) + "\n",
            text,
            name + " is out of date; regenerate it (see this test's class comment)");
      }
    }
  }
}
