package io.github.collectiveimpact.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code RULES.md} at the repository root is generated from the rule descriptors and must not drift from
 * them. Regenerate it with {@value #REGENERATE} (from the repository root). The same {@link RuleCatalogue}
 * describes any validator's rules.
 */
class RulesCatalogueTest {
  static final String REGENERATE =
      "mvn -B -pl core test -Dtest=RulesCatalogueTest -Drules.write=true";

  /** The repository root: the nearest directory, from the module's base directory up, with core/pom.xml. */
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
  void rulesMdIsUpToDate() throws IOException {
    Path file = repositoryRoot().resolve("RULES.md");
    String expected = BuiltInRules.catalogue().toMarkdown();
    if (Boolean.getBoolean("rules.write")) {
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertTrue(Files.isRegularFile(file), file + " is missing; generate it with " + REGENERATE);
    assertEquals(
        expected,
        Files.readString(file, StandardCharsets.UTF_8),
        "RULES.md is out of date; regenerate with " + REGENERATE);
  }

  @Test
  void theCatalogueShowsEveryRuleCategoryAndThreshold() {
    String catalogue = BuiltInRules.catalogue().toMarkdown();
    for (Category category : Category.values()) {
      assertTrue(catalogue.contains("\n## " + category.title() + "\n"), category.title());
    }
    for (RuleDescriptor d : BuiltInRules.descriptors()) {
      assertTrue(
          catalogue.contains(
              "| " + d.id() + " | " + d.defaultSeverity() + " | " + d.title() + " | "),
          d.id());
    }
    for (Threshold<?> t : Threshold.all()) {
      assertTrue(
          catalogue.contains("| `" + t.name() + "` | " + t.defaultValue() + " | "), t.name());
    }
  }

  @Test
  void theBuiltInCatalogueGroupsTheBuiltInDescriptorsByCategoryInCatalogueOrder() {
    RuleCatalogue catalogue = BuiltInRules.catalogue();
    assertEquals(BuiltInRules.descriptors(), catalogue.descriptors());
    List<RuleDescriptor> regrouped = new ArrayList<>();
    for (Category category : Category.values()) {
      List<RuleDescriptor> group = catalogue.descriptors(category);
      assertFalse(group.isEmpty(), category.toString());
      group.forEach(d -> assertEquals(category, d.category(), d.id()));
      assertEquals(group, catalogue.byCategory().get(category));
      regrouped.addAll(group);
    }
    // Built-in rules are registered category by category, so grouping keeps their order.
    assertEquals(catalogue.descriptors(), regrouped);
    assertEquals(Threshold.all(), catalogue.thresholds());
  }

  @Test
  void aValidatorsCatalogueListsWhatItRunsAndLeavesOutCategoriesWithoutRules() {
    Validator validator =
        Validator.builder()
            .disable(
                BuiltInRules.descriptors().stream()
                    .filter(d -> d.category() != Category.BACKBONE_SUPPORT)
                    .map(RuleDescriptor::id)
                    .toArray(String[]::new))
            .build();
    RuleCatalogue catalogue = RuleCatalogue.of(validator.ruleDescriptors());
    assertEquals(
        BuiltInRules.catalogue().descriptors(Category.BACKBONE_SUPPORT),
        catalogue.descriptors(Category.BACKBONE_SUPPORT));
    assertTrue(catalogue.descriptors(Category.STRUCTURE).isEmpty());
    String markdown = catalogue.toMarkdown();
    assertTrue(markdown.contains("\n## " + Category.BACKBONE_SUPPORT.title() + "\n"), markdown);
    assertFalse(markdown.contains("\n## " + Category.STRUCTURE.title() + "\n"), markdown);
    assertTrue(markdown.contains("\n## Thresholds\n"), markdown);
    assertNotEquals(BuiltInRules.catalogue(), catalogue);
    assertEquals(RuleCatalogue.of(validator.ruleDescriptors()), catalogue);
  }
}
