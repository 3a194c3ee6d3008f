package io.github.collectiveimpact.json.jackson3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.json.shared.Binding;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example documents of the examples module, read with the Jackson 2 binding, and their validation
 * reports are written to the same bytes by both bindings, compact and pretty, and the Jackson 3 binding
 * reads them back equal.
 */
class SameBytesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
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

  @ParameterizedTest
  @MethodSource("examples")
  void bothBindingsWriteTheReportOfAnExampleToTheSameBytes(Path file) throws IOException {
    ValidationReport report;
    try (InputStream in = Files.newInputStream(file)) {
      report = Validator.builder().asOf(AS_OF).build().validate(JACKSON2.readInitiative(in));
    }
    assertEquals(JACKSON2.writeReport(report), JACKSON3.writeReport(report));
    assertEquals(JACKSON2_PRETTY.writeReport(report), JACKSON3_PRETTY.writeReport(report));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JACKSON3.writeReport(report, out);
    assertEquals(JACKSON2.writeReport(report), out.toString(StandardCharsets.UTF_8));
    StringWriter text = new StringWriter();
    JACKSON3_PRETTY.writeReport(report, text);
    assertEquals(JACKSON2_PRETTY.writeReport(report), text.toString());

    assertEquals(report, JACKSON3.readReport(JACKSON2_PRETTY.writeReport(report)));
    Path written = Files.createTempFile("report", ".json");
    try {
      Files.writeString(written, JACKSON2.writeReport(report));
      assertEquals(report, JACKSON3.readReport(written));
      assertEquals(report, JACKSON3.readReportResult(written).value());
    } finally {
      Files.delete(written);
    }
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
