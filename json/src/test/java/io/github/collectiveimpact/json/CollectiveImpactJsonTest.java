package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.json.format.FormatProblem;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.json.shared.ReportFormatTest;
import io.github.collectiveimpact.model.Initiative;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectiveImpactJsonTest {
  private static final CollectiveImpactJson JSON = CollectiveImpactJson.create();

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    assertFalse(JSON.isLenient());
    assertFalse(JSON.isPrettyPrint());
    assertEquals(64, JSON.maxNestingDepth());
    assertEquals(1_000_000, JSON.maxStringLength());
    assertEquals(100, JSON.maxNumberLength());
    assertEquals(256L * 1024 * 1024, JSON.maxDocumentSize());
    assertEquals(CollectiveImpactJson.DEFAULT_MAX_NESTING_DEPTH, JSON.maxNestingDepth());
    assertEquals(CollectiveImpactJson.DEFAULT_MAX_STRING_LENGTH, JSON.maxStringLength());
    assertEquals(CollectiveImpactJson.DEFAULT_MAX_NUMBER_LENGTH, JSON.maxNumberLength());
    assertEquals(CollectiveImpactJson.DEFAULT_MAX_DOCUMENT_SIZE, JSON.maxDocumentSize());
  }

  @Test
  void theBuilderSetsEveryOption() {
    CollectiveImpactJson json =
        CollectiveImpactJson.builder()
            .lenient(true)
            .prettyPrint(true)
            .maxNestingDepth(10)
            .maxStringLength(20)
            .maxNumberLength(30)
            .maxDocumentSize(40)
            .build();
    assertTrue(json.isLenient());
    assertTrue(json.isPrettyPrint());
    assertEquals(10, json.maxNestingDepth());
    assertEquals(20, json.maxStringLength());
    assertEquals(30, json.maxNumberLength());
    assertEquals(40, json.maxDocumentSize());
  }

  @Test
  void theBuilderRefusesLimitsBelowOne() {
    CollectiveImpactJson.Builder b = CollectiveImpactJson.builder();
    assertThrows(IllegalArgumentException.class, () -> b.maxNestingDepth(0));
    assertThrows(IllegalArgumentException.class, () -> b.maxStringLength(0));
    assertThrows(IllegalArgumentException.class, () -> b.maxNumberLength(-1));
    assertThrows(IllegalArgumentException.class, () -> b.maxDocumentSize(0));
  }

  @Test
  void readsAFileAndReportsAMissingOneAsTheJdkDoes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("initiative.json");
    Files.writeString(file, Documents.ROAD_MAP);
    assertEquals(Documents.roadMap(), JSON.readInitiative(file));
    assertEquals(List.of(), JSON.readInitiativeResult(file).ignoredProperties());
    Path missing = dir.resolve("missing.json");
    IOException e = assertThrows(IOException.class, () -> JSON.readInitiative(missing));
    assertTrue(e instanceof NoSuchFileException, e.toString());
  }

  @Test
  void aBadFileGivesTheTypedError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file, "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"x\",\n  \"name\": null\n}");
    InitiativeFormatException e =
        assertThrows(InitiativeFormatException.class, () -> JSON.readInitiative(file));
    assertEquals("/name", e.path());
    assertEquals(4, e.line());
    assertEquals(11, e.column());
  }

  @Test
  void aRuleOfTheModelPointsAtTheValueThatBreaksIt() {
    String document =
        String.join(
            "\n",
            "{",
            "  \"schemaVersion\": \"1.0\",",
            "  \"id\": \"x\",",
            "  \"name\": \"n\",",
            "  \"activities\": [",
            "    {",
            "      \"id\": \"a\",",
            "      \"name\": \"A\",",
            "      \"start\": \"2021-01-01\",",
            "      \"end\": \"2020-01-01\"",
            "    },",
            "    {",
            "      \"name\": \"B\"",
            "    }",
            "  ]",
            "}");
    // Both activities are wrong; one read reports both, each where it is.
    InitiativeFormatException broken =
        assertThrows(InitiativeFormatException.class, () -> JSON.readInitiative(document));
    List<FormatProblem> problems = broken.problems();
    assertEquals(3, problems.size(), broken.getMessage());
    assertEquals("/activities/0/start", problems.get(0).path());
    assertEquals(9, problems.get(0).line());
    assertEquals(16, problems.get(0).column());
    assertEquals("2021-01-01 must not be after end (2020-01-01)", problems.get(0).message());
    // The second activity lacks two required properties: each is named where its object starts.
    assertEquals("/activities/1/id", problems.get(1).path());
    assertEquals(12, problems.get(1).line());
    assertEquals(5, problems.get(1).column());
    assertEquals("missing required property \"id\"", problems.get(1).message());
    assertEquals("/activities/1/start", problems.get(2).path());
    assertEquals("problem.missing", problems.get(2).code());
  }

  @Test
  void readingAndWritingLeaveTheCallersStreamsOpen() throws IOException {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in =
        new FilterInputStream(
            new ByteArrayInputStream(Documents.ROAD_MAP.getBytes(StandardCharsets.UTF_8))) {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    assertEquals(Documents.roadMap(), JSON.readInitiative(in));
    assertFalse(closed.get());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FilterOutputStream out =
        new FilterOutputStream(bytes) {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    JSON.writeInitiative(Documents.roadMap(), out);
    JSON.writeReport(ReportFormatTest.report(), out);
    assertFalse(closed.get());
    String written = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(
        JSON.writeInitiative(Documents.roadMap()) + JSON.writeReport(ReportFormatTest.report()),
        written);

    StringWriter text = new StringWriter();
    JSON.writeReport(ReportFormatTest.report(), text);
    assertEquals(JSON.writeReport(ReportFormatTest.report()), text.toString());
  }

  @Test
  void aFailingStreamGivesItsOwnIoExceptionNotAFormatError() {
    byte[] start = Documents.ROAD_MAP.substring(0, 20).getBytes(StandardCharsets.UTF_8);
    InputStream failing =
        new InputStream() {
          private boolean served;

          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            if (served) {
              throw new IOException("disk gone");
            }
            served = true;
            System.arraycopy(start, 0, buffer, offset, start.length);
            return start.length;
          }
        };
    IOException e = assertThrows(IOException.class, () -> JSON.readInitiative(failing));
    assertFalse(e instanceof InitiativeFormatException, e.toString());
    assertEquals("disk gone", e.getMessage());
  }

  @Test
  void aLoneSurrogateSurvivesTheRoundTripAndTheBytesStayValidUtf8() throws IOException {
    Initiative initiative = Initiative.builder().id("x").name("broken \uD800 text").build();
    assertEquals(initiative, JSON.readInitiative(JSON.writeInitiative(initiative)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeInitiative(initiative, out);
    StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(out.toByteArray()));
    assertEquals(initiative, JSON.readInitiative(new ByteArrayInputStream(out.toByteArray())));
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Initiative>> reads = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        Callable<Initiative> read =
            () ->
                JSON.readInitiative(JSON.writeInitiative(JSON.readInitiative(Documents.ROAD_MAP)));
        reads.add(pool.submit(read));
      }
      for (Future<Initiative> read : reads) {
        assertEquals(Documents.roadMap(), read.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void nullArgumentsAreRefusedAsInTheJdk() {
    assertThrows(NullPointerException.class, () -> JSON.readInitiative((String) null));
    assertThrows(NullPointerException.class, () -> JSON.writeInitiative(null));
    assertThrows(NullPointerException.class, () -> JSON.writeReport(null, new StringWriter()));
  }

  @Test
  void theExceptionCarriesItsPartsAndHidesUnknownPositions() {
    InitiativeFormatException e =
        new InitiativeFormatException("/partners/3/sector", 0, -5, "expected a string", null);
    assertEquals("/partners/3/sector", e.path());
    assertEquals(-1, e.line());
    assertEquals(-1, e.column());
    assertEquals("Invalid document at /partners/3/sector: expected a string", e.getMessage());
    assertEquals(
        "Invalid document at the root (line 2, column 7): empty",
        new InitiativeFormatException("", 2, 7, "empty", null).getMessage());
  }
}
