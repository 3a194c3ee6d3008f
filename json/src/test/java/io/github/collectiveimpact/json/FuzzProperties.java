package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.collectiveimpact.json.format.FormatProblem;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.model.Initiative;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Documents damaged at random, character by character and byte by byte, read to a value or to an {@link
 * InitiativeFormatException} whose every problem is located and worded; never to another exception. The
 * same through a caller's {@link ObjectMapper} with {@link CollectiveImpactModule}: a value, a {@link
 * FormatMappingException}, or Jackson's own exception for text that is not JSON, none of which shows the
 * reader's internals.
 */
class FuzzProperties {
  private static final CollectiveImpactJson JSON = CollectiveImpactJson.create();
  private static final CollectiveImpactJson LENIENT =
      CollectiveImpactJson.builder().lenient(true).build();
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new CollectiveImpactModule());

  private static final List<String> EXAMPLES =
      List.of(
          Documents.ROAD_MAP,
          Documents.MINIMAL,
          resource("v1_0/road-map-project.json"),
          resource("v1_0/strivepartnership.json"),
          resource("v1_0/emerging-coalition.json"),
          resource("v1_0/promise-neighborhood-member.json"));

  private static final String[] INSERTS = {
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    "null",
    "-",
    "1e999",
    "\u0000",
    "\ud800",
    "\uffff",
    "\u3000",
    "\u00e9",
    "\ud83d\ude00",
    "/*",
    "\n",
    "true",
    "\"schemaVersion\": \"1.1\",",
  };

  private static String resource(String name) {
    try (InputStream in = FuzzProperties.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<String> damaged() {
    return Combinators.combine(
            Arbitraries.of(EXAMPLES), Arbitraries.longs(), Arbitraries.integers().between(1, 4))
        .as(FuzzProperties::damage);
  }

  /** A document with a few random changes: deletions, insertions, replacements, cuts, copies, depth. */
  static String damage(String document, long seed, int changes) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(document);
    for (int c = 0; c < changes; c++) {
      int at = text.length() == 0 ? 0 : random.nextInt(text.length());
      int length = Math.min(text.length() - at, 1 + random.nextInt(20));
      switch (random.nextInt(8)) {
        case 0:
          text.delete(at, at + length);
          break;
        case 1:
          text.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
          break;
        case 2:
          if (at < text.length()) {
            text.setCharAt(at, (char) random.nextInt(0x10000));
          }
          break;
        case 3:
          text.setLength(at);
          break;
        case 4:
          text.insert(at, text.substring(at, at + length));
          break;
        case 5:
          {
            int depth = 1 + random.nextInt(300);
            text.insert(at, "[".repeat(depth) + "]".repeat(random.nextInt(depth + 1)));
            break;
          }
        case 6:
          text.insert(at, Character.toChars(random.nextInt(Character.MAX_CODE_POINT + 1)));
          break;
        default:
          if (at < text.length()) {
            text.setCharAt(at, INSERTS[random.nextInt(INSERTS.length)].charAt(0));
          }
      }
    }
    return text.toString();
  }

  @Property(tries = 1000)
  void aDamagedDocumentReadsToAValueOrToLocatedProblems(@ForAll("damaged") String document) {
    for (CollectiveImpactJson json : List.of(JSON, LENIENT)) {
      try {
        assertNotNull(json.readInitiative(document));
      } catch (InitiativeFormatException e) {
        assertWellFormed(e);
      }
    }
    // Bytes: the same text in UTF-8, and with one byte changed so that it may no longer be UTF-8.
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0) {
      Random random = new Random(document.hashCode());
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    try {
      assertNotNull(JSON.readInitiative(new ByteArrayInputStream(bytes)));
    } catch (InitiativeFormatException e) {
      assertWellFormed(e);
    } catch (IOException e) {
      throw new AssertionError("a byte array fails only as a document: " + e, e);
    }
  }

  @Property(tries = 1000)
  void aCallersMapperReadsADamagedDocumentToAValueOrToAJacksonException(
      @ForAll("damaged") String document) {
    try {
      Initiative read = MAPPER.readValue(document, Initiative.class);
      if (read == null) {
        // A JSON null is the mapper's own to read, and it reads it as null without asking the
        // module;
        // what follows it is the mapper's to allow (FAIL_ON_TRAILING_TOKENS is off by default).
        assertTrue(document.strip().startsWith("null"), document);
      }
    } catch (FormatMappingException e) {
      assertFalse(e.getMessage().contains("format.internal"), e::getMessage);
      assertFalse(e.problems().isEmpty());
      for (FormatProblem problem : e.problems()) {
        assertLocated(problem);
      }
    } catch (JacksonException e) {
      String message = String.valueOf(e.getMessage());
      assertFalse(
          message.contains("io.github.collectiveimpact.json.format.internal"), () -> message);
    }
  }

  private static void assertWellFormed(InitiativeFormatException e) {
    assertFalse(e.problems().isEmpty());
    assertNotNull(e.getMessage());
    for (FormatProblem problem : e.problems()) {
      assertLocated(problem);
    }
  }

  private static void assertLocated(FormatProblem problem) {
    assertNotNull(problem.message(), problem::toString);
    assertFalse(problem.message().isBlank(), problem::toString);
    assertNotNull(problem.code(), problem::toString);
    assertTrue(
        problem.path().isEmpty() || problem.path().startsWith("/"), () -> "path: " + problem);
    assertTrue(problem.line() >= 1 || problem.line() == -1, problem::toString);
    assertTrue(problem.column() >= 1 || problem.column() == -1, problem::toString);
  }
}
