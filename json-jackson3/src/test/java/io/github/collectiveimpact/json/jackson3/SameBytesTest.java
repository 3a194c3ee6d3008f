package io.github.collectiveimpact.json.jackson3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.json.shared.Binding;
import io.github.collectiveimpact.model.Initiative;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example documents of the examples module, read with the Jackson 2 binding, are written to the same
 * bytes by both bindings, compact and pretty, and the Jackson 3 binding reads them back equal.
 */
class SameBytesTest {
  private static final Binding JACKSON2 = Binding.jackson2(Binding.Options.DEFAULTS);
  private static final Binding JACKSON2_PRETTY =
      Binding.jackson2(Binding.Options.DEFAULTS.indented());
  private static final CollectiveImpactJson JACKSON3 = CollectiveImpactJson.create();
  private static final CollectiveImpactJson JACKSON3_PRETTY =
      CollectiveImpactJson.builder().prettyPrint(true).build();

  /** The example documents, in the examples module's sources. */
  static List<Path> examples() throws IOException {
    Path dir =
        Path.of(System.getProperty("basedir", "."))
            .resolve("../examples/src/main/resources/io/github/collectiveimpact/examples")
            .normalize();
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void thereAreExamples() throws IOException {
    assertTrue(examples().size() >= 4, examples().toString());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void bothBindingsWriteAnExampleToTheSameBytes(Path file) throws IOException {
    Initiative initiative;
    try (InputStream in = Files.newInputStream(file)) {
      initiative = JACKSON2.readInitiative(in);
    }
    assertEquals(JACKSON2.writeInitiative(initiative), JACKSON3.writeInitiative(initiative));
    assertEquals(
        JACKSON2_PRETTY.writeInitiative(initiative), JACKSON3_PRETTY.writeInitiative(initiative));
    assertArrayEquals(bytes2(JACKSON2, initiative), bytes3(JACKSON3, initiative));
    assertArrayEquals(bytes2(JACKSON2_PRETTY, initiative), bytes3(JACKSON3_PRETTY, initiative));
    StringWriter text = new StringWriter();
    JACKSON3_PRETTY.writeInitiative(initiative, text);
    assertEquals(JACKSON2_PRETTY.writeInitiative(initiative), text.toString());

    assertEquals(initiative, JACKSON3.readInitiative(file));
    assertEquals(initiative, JACKSON3.readInitiative(JACKSON2_PRETTY.writeInitiative(initiative)));
  }

  private static byte[] bytes2(Binding json, Initiative initiative) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeInitiative(initiative, out);
    return out.toByteArray();
  }

  private static byte[] bytes3(CollectiveImpactJson json, Initiative initiative)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeInitiative(initiative, out);
    return out.toByteArray();
  }
}
