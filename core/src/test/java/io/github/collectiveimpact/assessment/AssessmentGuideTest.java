package io.github.collectiveimpact.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code ASSESSMENT.md} at the repository root is generated from the built-in rubrics and must not drift
 * from them. Regenerate it with {@value #REGENERATE} (from the repository root).
 */
class AssessmentGuideTest {
  static final String REGENERATE =
      "mvn -B -pl core test -Dtest=AssessmentGuideTest -Dassessment.write=true";

  private static Path repositoryRoot() {
    String start = System.getProperty("basedir", System.getProperty("user.dir"));
    for (Path dir = Path.of(start).toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml"))
          && Files.isRegularFile(dir.resolve("core/pom.xml"))) {
        return dir;
      }
    }
    throw new AssertionError("no repository root above " + start);
  }

  @Test
  void assessmentMdIsUpToDate() throws IOException {
    Path file = repositoryRoot().resolve("ASSESSMENT.md");
    String expected = Rubric.toMarkdown(Rubric.builtIn());
    if (Boolean.getBoolean("assessment.write")) {
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertTrue(Files.isRegularFile(file), file + " is missing; generate it with " + REGENERATE);
    assertEquals(
        expected,
        Files.readString(file, StandardCharsets.UTF_8),
        "ASSESSMENT.md is out of date; regenerate with " + REGENERATE);
  }

  @Test
  void theGuideShowsEveryConditionCriterionAndLevel() {
    String guide = Rubric.toMarkdown(Rubric.builtIn());
    for (AssessedCondition c : AssessedCondition.values()) {
      assertTrue(guide.contains("\n### " + c.title() + " (`"), c.title());
    }
    for (Rubric r : Rubric.builtIn()) {
      for (Criterion c : r.criteria()) {
        assertTrue(guide.contains("| " + c.level() + " | " + c.id() + " | "), c.id());
      }
    }
    assertTrue(guide.contains("| 1 | just begun | `absent` |"), guide);
    assertTrue(guide.contains("| 4 | completely achieved | `mature` |"), guide);
  }

  @Test
  void everyBuiltInCriterionHasItsTextInEnglishAndJapanese() {
    for (Rubric r : Rubric.builtIn()) {
      for (Criterion c : r.criteria()) {
        String ja = c.statement(Locale.JAPANESE);
        assertTrue(!ja.equals(c.statement()) && !ja.isBlank(), c.id());
        assertTrue(!c.action(Locale.JAPANESE).equals(c.action()), c.id());
        assertEquals(c.statement(), c.statement(Locale.ENGLISH), c.id());
      }
      for (AssessedCondition condition : r.lens().conditions()) {
        assertTrue(r.criteria(condition).stream().anyMatch(c -> c.level() == 1), condition.name());
        assertTrue(r.criteria(condition).stream().anyMatch(c -> c.level() == 4), condition.name());
      }
    }
  }

  @Test
  void aCriterionOfOnesOwnKeepsItsText() {
    Criterion own =
        new Criterion(
            "CA.1",
            AssessedCondition.COMMON_AGENDA,
            1,
            "A charter is signed",
            "Sign a charter",
            "Network handbook",
            f -> Check.notStated());
    assertEquals("A charter is signed", own.statement(Locale.JAPANESE));
  }
}
