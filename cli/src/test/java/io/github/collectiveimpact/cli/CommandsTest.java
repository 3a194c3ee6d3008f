package io.github.collectiveimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.json.ProfileJson;
import io.github.collectiveimpact.validation.BuiltInRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Help, version, the rule catalogue and the schemas. */
class CommandsTest {
  private static Path repositoryRoot() {
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        dir != null;
        dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("RULES.md")) && Files.isDirectory(dir.resolve("cli"))) {
        return dir;
      }
    }
    throw new AssertionError("no repository root");
  }

  @Test
  void versionIsTheBuildsVersionEverywhere() throws IOException {
    String pom = Files.readString(repositoryRoot().resolve("cli/pom.xml"), StandardCharsets.UTF_8);
    String version =
        pom.substring(
            pom.indexOf("<version>") + 9, pom.indexOf("</version>", pom.indexOf("<version>")));
    for (String[] line :
        new String[][] {
          {"--version"}, {"validate", "--version"}, {"rules", "-V"}, {"schema", "--version"}
        }) {
      Cli.Result result = Cli.run(line);
      assertEquals(0, result.status());
      assertEquals("collective-impact " + version + "\n", result.out(), String.join(" ", line));
    }
  }

  @Test
  void helpListsTheCommandsOptionsAndExitStatusesInEitherLanguage() {
    Cli.Result english = Cli.run("--help");
    assertEquals(0, english.status());
    for (String word : new String[] {"validate", "rules", "schema", "Exit status:", "  3 "}) {
      assertTrue(english.out().contains(word), word + " in " + english.out());
    }
    Cli.Result validate = Cli.run("validate", "--help");
    for (String word :
        new String[] {
          "--as-of",
          "--lang",
          "--profile",
          "--format",
          "--output",
          "--lenient",
          "--fail-on",
          "--recursive",
          "--threads",
          "  0   nothing at or above --fail-on",
          "  2 "
        }) {
      assertTrue(validate.out().contains(word), word + " in " + validate.out());
    }
    Cli.Result japanese = Cli.run("validate", "--help", "--lang", "ja");
    assertTrue(japanese.out().contains("使い方:"), japanese.out());
    assertTrue(japanese.out().contains("終了ステータス:"), japanese.out());
    assertTrue(japanese.out().contains("--fail-on 以上の指摘なし"), japanese.out());
    for (Cli.Result r : new Cli.Result[] {english, validate, japanese}) {
      assertFalse(r.out().contains("\u001b"));
      assertEquals("", r.err());
    }
  }

  @Test
  void withoutACommandTheHelpGoesToStandardErrorWithStatusTwo() {
    Cli.Result result = Cli.run();
    assertEquals(2, result.status());
    assertEquals("", result.out());
    assertTrue(result.err().contains("validate"), result.err());
  }

  @Test
  void rulesPrintsTheCatalogueThatRulesMdHas() throws IOException {
    Cli.Result result = Cli.run("rules");
    assertEquals(0, result.status());
    assertEquals(
        Files.readString(repositoryRoot().resolve("RULES.md"), StandardCharsets.UTF_8),
        result.out());
    Cli.Result withProfile = Cli.run("rules", "--profile", "promise-neighborhoods", "--lang", "ja");
    assertEquals(0, withProfile.status());
    assertTrue(withProfile.out().contains("| PN-001 | WARNING |"), withProfile.out());
    assertFalse(result.out().contains("| PN-001 |"));
    assertEquals(
        BuiltInRules.descriptors().size() + 1,
        withProfile.out().lines().filter(l -> l.matches("\\| [A-Z]+-[0-9]{3} \\|.*")).count());
  }

  @Test
  void rulesIsInTheLanguageOfLangElseOfTheLocale() {
    String english = BuiltInRules.catalogue().toMarkdown();
    Cli.Result en = Cli.run("rules", "--lang", "en");
    assertEquals(0, en.status(), en.err());
    assertEquals(english, en.out());
    Cli.Result ja = Cli.run("rules", "--lang", "ja");
    assertEquals(0, ja.status(), ja.err());
    assertEquals("", ja.err());
    assertTrue(ja.out().startsWith("# ルール一覧\n\n"), ja.out());
    assertTrue(ja.out().contains("\n| CA-003 | ERROR | アジェンダにゴールが一つ以上ある | "), ja.out());
    assertTrue(ja.out().contains("\n## しきい値\n"), ja.out());
    assertFalse(ja.out().contains("The agenda has at least one goal"), ja.out());

    Environment japan = new Environment(Locale.JAPAN, false, Cli.AS_OF, 2);
    assertEquals(ja.out(), Cli.run(japan, "rules").out());
    assertEquals(english, Cli.run(japan, "rules", "--lang", "en").out());
    Cli.Result withProfile = Cli.run(japan, "rules", "--profile", "promise-neighborhoods");
    assertTrue(withProfile.out().contains("\n## 共有された測定\n"), withProfile.out());
    assertTrue(
        withProfile
            .out()
            .contains("| PN-001 | WARNING | Tracks every indicator the network requires"),
        withProfile.out());
  }

  @Test
  void schemaPrintsEachSchemaTheJsonModuleShips() {
    assertEquals(CollectiveImpactJson.initiativeSchema(), Cli.run("schema").out());
    assertEquals(CollectiveImpactJson.initiativeSchema(), Cli.run("schema", "initiative").out());
    assertEquals(CollectiveImpactJson.reportSchema(), Cli.run("schema", "report").out());
    assertEquals(ProfileJson.schema(), Cli.run("schema", "profile").out());
    Cli.Result bad = Cli.run("schema", "partner");
    assertEquals(2, bad.status());
    assertTrue(bad.err().contains("initiative|report|profile"), bad.err());
  }
}
