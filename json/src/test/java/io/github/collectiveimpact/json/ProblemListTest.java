package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.json.format.FormatProblem;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One read of a document with several mistakes lists every one of them, each at the pointer, line and
 * column of the offending text, worded in the document's terms in English and in Japanese.
 */
class ProblemListTest {
  private static final CollectiveImpactJson ENGLISH = CollectiveImpactJson.create();
  private static final CollectiveImpactJson JAPANESE =
      CollectiveImpactJson.builder().locale(Locale.JAPANESE).build();

  /** Words and forms that belong to the Java model, not to the document. */
  private static final Pattern JAVA_TERMS =
      Pattern.compile(
          "io\\.github|java\\.|Exception|Indicator\\.|Partner\\.|Builder|PERCENT|GOVERNMENT|FUNDER"
              + "|LocalDate|Optional|\\bnull\\b(?! is not allowed)");

  /**
   * A realistic document, pretty-printed, with four mistakes: an unknown property {@code website} on
   * the second partner, a duplicate role on the first, an impossible launch date, and an indicator
   * without its required {@code level}.
   */
  private static final String FOUR_MISTAKES =
      """
      {
        "schemaVersion": "1.1",
        "id": "road-map",
        "name": "The Road Map Project",
        "launchDate": "2021-02-30",
        "partners": [
          {
            "id": "p1",
            "name": "City of Seattle",
            "sector": "government",
            "roles": ["funder", "champion", "funder"]
          },
          {
            "id": "p2",
            "name": "Seattle Schools",
            "website": "https://example.org",
            "sector": "k12_education"
          }
        ],
        "indicators": [
          {
            "id": "i1",
            "name": "College completion",
            "unit": "percent",
            "desiredDirection": "increase"
          }
        ]
      }
      """;

  /** Where a text first occurs after another one: its 1-based line and column. */
  private static int[] at(String document, String after, String text) {
    int from = document.indexOf(after);
    assertTrue(from >= 0, after);
    int index = document.indexOf(text, from);
    assertTrue(index >= 0, text);
    return lineAndColumn(document, index);
  }

  private static int[] lineAndColumn(String document, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (document.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, index - lineStart + 1};
  }

  private static void assertAt(FormatProblem problem, String path, int[] where) {
    assertEquals(path, problem.path(), problem::toString);
    assertEquals(where[0], problem.line(), problem::toString);
    assertEquals(where[1], problem.column(), problem::toString);
  }

  private static List<FormatProblem> problems(CollectiveImpactJson json, String document) {
    return assertThrows(InitiativeFormatException.class, () -> json.readInitiative(document))
        .problems();
  }

  @Test
  void oneReadListsFourMistakesInDocumentOrderWithTheirPlaces() {
    List<FormatProblem> problems = problems(ENGLISH, FOUR_MISTAKES);
    assertEquals(4, problems.size(), problems::toString);

    // The launch date: at its string.
    assertAt(problems.get(0), "/launchDate", at(FOUR_MISTAKES, "\"launchDate\"", "\"2021-02-30\""));
    assertEquals("problem.date", problems.get(0).code());
    assertTrue(problems.get(0).message().contains("\"2021-02-30\""), problems.get(0).message());

    // The third role repeats the first: at the repeated element.
    int[] roles = at(FOUR_MISTAKES, "\"roles\"", "\"funder\"]");
    assertAt(problems.get(1), "/partners/0/roles/2", roles);
    assertEquals("problem.duplicateElement", problems.get(1).code());
    assertTrue(problems.get(1).message().contains("element 0"), problems.get(1).message());

    // The unknown property: at its name, listing the names a partner may have.
    assertAt(problems.get(2), "/partners/1/website", at(FOUR_MISTAKES, "\"p2\"", "\"website\""));
    assertEquals("problem.unknown", problems.get(2).code());
    String unknown = problems.get(2).message();
    assertTrue(unknown.contains("\"website\""), unknown);
    assertTrue(unknown.contains("sector") && unknown.contains("joined"), unknown);

    // The missing level: the pointer it would have, at the indicator's opening brace.
    assertAt(problems.get(3), "/indicators/0/level", at(FOUR_MISTAKES, "\"indicators\"", "{"));
    assertEquals("problem.missing", problems.get(3).code());
    assertTrue(problems.get(3).message().contains("\"level\""), problems.get(3).message());

    for (FormatProblem problem : problems) {
      assertFalse(JAVA_TERMS.matcher(problem.message()).find(), problem::toString);
    }
  }

  @Test
  void japaneseReadersGetTheSamePlacesWithJapaneseMessages() {
    List<FormatProblem> english = problems(ENGLISH, FOUR_MISTAKES);
    List<FormatProblem> japanese = problems(JAPANESE, FOUR_MISTAKES);
    assertEquals(english.size(), japanese.size(), japanese::toString);
    for (int i = 0; i < english.size(); i++) {
      FormatProblem e = english.get(i);
      FormatProblem j = japanese.get(i);
      assertEquals(e.code(), j.code());
      assertEquals(e.path(), j.path());
      assertEquals(e.line(), j.line());
      assertEquals(e.column(), j.column());
      assertTrue(hasJapanese(j.message()), j::toString);
      assertFalse(hasJapanese(e.message()), e::toString);
      assertFalse(JAVA_TERMS.matcher(j.message()).find(), j::toString);
    }
    assertTrue(japanese.get(0).message().contains("2021-02-30"), japanese.get(0)::toString);
    assertTrue(japanese.get(2).message().contains("website"), japanese.get(2)::toString);
    assertTrue(japanese.get(3).message().contains("level"), japanese.get(3)::toString);
    InitiativeFormatException thrown =
        assertThrows(InitiativeFormatException.class, () -> JAPANESE.readInitiative(FOUR_MISTAKES));
    assertTrue(hasJapanese(thrown.getMessage()), thrown.getMessage());
  }

  /** Whether a text has hiragana, katakana or kanji. */
  private static boolean hasJapanese(String text) {
    return text.codePoints()
        .anyMatch(
            c -> {
              Character.UnicodeScript script = Character.UnicodeScript.of(c);
              return script == Character.UnicodeScript.HIRAGANA
                  || script == Character.UnicodeScript.KATAKANA
                  || script == Character.UnicodeScript.HAN;
            });
  }

  @Test
  void aValueOutsideItsUnitAndABlankIdAreListedWithTheOthers() {
    String document =
        FOUR_MISTAKES
            .replace(
                "\"desiredDirection\": \"increase\"",
                "\"desiredDirection\": \"increase\",\n"
                    + "      \"level\": \"population\",\n"
                    + "      \"target\": {\"value\": 150.0, \"date\": \"2030-06-30\"}")
            .replace("\"id\": \"p2\"", "\"id\": \" \"");
    List<FormatProblem> problems = problems(ENGLISH, document);
    assertEquals(5, problems.size(), problems::toString);
    assertAt(problems.get(2), "/partners/1/id", at(document, "\"partners\"", "\" \""));
    assertEquals("problem.blank", problems.get(2).code());
    FormatProblem unit = problems.get(4);
    assertEquals("/indicators/0/target/value", unit.path(), unit::toString);
    assertEquals("problem.model.unit", unit.code());
    assertTrue(unit.message().contains("150"), unit::toString);
    assertTrue(unit.message().contains("\"percent\""), unit::toString);
    assertFalse(JAVA_TERMS.matcher(unit.message()).find(), unit::toString);
    assertEquals(at(document, "\"target\"", "150.0")[0], unit.line(), unit::toString);
    FormatProblem japanese = problems(JAPANESE, document).get(4);
    assertTrue(hasJapanese(japanese.message()) && japanese.message().contains("percent"));
  }

  @Test
  void aMissingCommaIsReportedAtTheEndOfTheLineWhereItBelongs() {
    String document =
        """
        {
          "schemaVersion": "1.1",
          "id": "road-map"
          "name": "The Road Map Project"
        }
        """;
    List<FormatProblem> problems = problems(ENGLISH, document);
    assertEquals(1, problems.size(), problems::toString);
    String value = "\"road-map\"";
    int[] end = at(document, "\"id\"", value);
    end[1] += value.length();
    assertEquals(3, end[0]);
    assertAt(problems.get(0), "/id", end);
    assertEquals("problem.syntax.objectComma", problems.get(0).code());
    assertTrue(problems.get(0).message().contains("\"id\""), problems.get(0)::toString);

    String array =
        """
        {
          "schemaVersion": "1.1",
          "id": "road-map",
          "name": "The Road Map Project",
          "partners": [
            {"id": "p1", "name": "City of Seattle", "sector": "government"}
            {"id": "p2", "name": "Seattle Schools", "sector": "k12_education"}
          ]
        }
        """;
    List<FormatProblem> inArray = problems(ENGLISH, array);
    assertEquals(1, inArray.size(), inArray::toString);
    int[] afterFirst = at(array, "\"p1\"", "\"government\"}");
    afterFirst[1] += "\"government\"}".length();
    assertEquals(afterFirst[0], inArray.get(0).line(), inArray::toString);
    assertEquals(afterFirst[1], inArray.get(0).column(), inArray::toString);
    assertEquals("problem.syntax.arrayComma", inArray.get(0).code());
  }

  @Test
  void aSyntaxErrorAfterTwoBadValuesComesLastAfterThem() {
    String document =
        """
        {
          "schemaVersion": "1.1",
          "id": " ",
          "name": "The Road Map Project",
          "launchDate": "2010-6-1",
          "partners": [
            {"id": "p1", "name": "City of Seattle", "sector": government}
          ]
        }
        """;
    List<FormatProblem> problems = problems(ENGLISH, document);
    assertEquals(3, problems.size(), problems::toString);
    assertAt(problems.get(0), "/id", at(document, "\"id\"", "\" \""));
    assertEquals("problem.blank", problems.get(0).code());
    assertAt(problems.get(1), "/launchDate", at(document, "\"launchDate\"", "\"2010-6-1\""));
    assertEquals("problem.date", problems.get(1).code());
    FormatProblem syntax = problems.get(2);
    assertTrue(syntax.code().startsWith("problem.syntax."), syntax::toString);
    assertEquals("/partners/0/sector", syntax.path(), syntax::toString);
    assertEquals(at(document, "\"partners\"", "government")[0], syntax.line(), syntax::toString);
    assertNotNull(syntax.message());
  }
}
