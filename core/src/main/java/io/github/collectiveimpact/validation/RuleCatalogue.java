package io.github.collectiveimpact.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A list of rules as a reader sees them: their descriptors grouped by {@link Category}, and the thresholds
 * that tune them. {@link BuiltInRules#catalogue()} is the catalogue of the built-in rules, from which
 * {@code RULES.md} is generated with {@link #toMarkdown()}; {@code RuleCatalogue.of(validator.ruleDescriptors())}
 * is the catalogue of what one {@link Validator} runs, profiles and rules of one's own included. {@link
 * #toMarkdown(Locale)} writes it in English or Japanese.
 *
 * <p>An instance is immutable; two are equal when they list the same descriptors in the same order.
 */
public final class RuleCatalogue {
  private final List<RuleDescriptor> descriptors;
  private final Map<Category, List<RuleDescriptor>> byCategory;

  private RuleCatalogue(List<RuleDescriptor> descriptors) {
    this.descriptors = List.copyOf(descriptors);
    Map<Category, List<RuleDescriptor>> groups = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      groups.put(category, new ArrayList<>());
    }
    for (RuleDescriptor d : this.descriptors) {
      groups.get(d.category()).add(d);
    }
    groups.replaceAll((category, list) -> List.copyOf(list));
    this.byCategory = Collections.unmodifiableMap(groups);
  }

  /**
   * The catalogue of some rules, e.g. of the rules a validator runs.
   *
   * @param descriptors the rules' descriptors, in the order the catalogue lists them within a category
   * @return the catalogue
   */
  public static RuleCatalogue of(List<RuleDescriptor> descriptors) {
    Objects.requireNonNull(descriptors, "descriptors");
    return new RuleCatalogue(descriptors);
  }

  /**
   * Every descriptor, in the order given.
   *
   * @return the descriptors
   */
  public List<RuleDescriptor> descriptors() {
    return descriptors;
  }

  /**
   * The descriptors of one category, in the order given.
   *
   * @param category a category
   * @return its descriptors, possibly empty
   */
  public List<RuleDescriptor> descriptors(Category category) {
    return byCategory.get(Objects.requireNonNull(category, "category"));
  }

  /**
   * The descriptors by category, every category present, in the order of {@link Category}.
   *
   * @return the descriptors of each category, possibly empty
   */
  public Map<Category, List<RuleDescriptor>> byCategory() {
    return byCategory;
  }

  /**
   * The thresholds the rules read, with their defaults.
   *
   * @return {@link Threshold#all()}
   */
  public List<Threshold<?>> thresholds() {
    return Threshold.all();
  }

  /**
   * The catalogue as Markdown, in English: for each category that has rules, a table with id, default
   * severity, title, rationale and source; then the thresholds with their defaults. For the built-in rules
   * this is the text of {@code RULES.md}.
   *
   * @return the Markdown text, with {@code \n} line ends
   * @see #toMarkdown(Locale)
   */
  public String toMarkdown() {
    return markdown(CatalogueTexts.english());
  }

  /**
   * The catalogue as Markdown in a language: Japanese for any locale whose language is Japanese, English
   * ({@link #toMarkdown()}, the same text) for every other. In Japanese, the headings, the prose, the table
   * headers, the meanings of the severities, the categories and their conditions, the thresholds'
   * descriptions and each built-in rule's title and rationale are translated; ids, severities, defaults
   * and sources stay as they are. A rule that is not built in (one's own, or a profile's) keeps its
   * English title and rationale, as does a descriptor with a built-in id whose texts are not the built-in
   * rule's.
   *
   * @param locale the language
   * @return the Markdown text, with {@code \n} line ends
   */
  public String toMarkdown(Locale locale) {
    return markdown(CatalogueTexts.of(Objects.requireNonNull(locale, "locale")));
  }

  private String markdown(CatalogueTexts texts) {
    StringBuilder out = new StringBuilder();
    out.append("# ")
        .append(texts.text("markdown.title"))
        .append("\n\n")
        .append(texts.text("markdown.intro"))
        .append("\n\n")
        .append(texts.text("markdown.severityDefault"))
        .append("\n\n")
        .append("## ")
        .append(texts.text("markdown.severities"))
        .append("\n\n")
        .append(texts.text("markdown.severities.header"))
        .append("\n| --- | --- |\n");
    for (Severity severity : Severity.values()) {
      out.append("| ")
          .append(severity)
          .append(" | ")
          .append(cell(texts.meaning(severity)))
          .append(" |\n");
    }
    out.append("\n").append(texts.text("markdown.oneCause")).append("\n");
    for (Map.Entry<Category, List<RuleDescriptor>> group : byCategory.entrySet()) {
      if (group.getValue().isEmpty()) {
        continue;
      }
      Category category = group.getKey();
      out.append("\n## ").append(texts.title(category)).append("\n\n");
      category.condition().ifPresent(c -> out.append(texts.description(c)).append("\n\n"));
      out.append(texts.text("markdown.rules.header")).append("\n");
      out.append("| --- | --- | --- | --- | --- |\n");
      for (RuleDescriptor d : group.getValue()) {
        out.append("| ")
            .append(d.id())
            .append(" | ")
            .append(d.defaultSeverity())
            .append(" | ")
            .append(cell(texts.title(d)))
            .append(" | ")
            .append(cell(texts.rationale(d)))
            .append(" | ")
            .append(cell(d.source()))
            .append(" |\n");
      }
    }
    out.append("\n## ")
        .append(texts.text("markdown.thresholds"))
        .append("\n\n")
        .append(texts.text("markdown.thresholds.intro"))
        .append("\n\n")
        .append(texts.text("markdown.thresholds.header"))
        .append("\n| --- | --- | --- |\n");
    for (Threshold<?> t : thresholds()) {
      out.append("| `")
          .append(t.name())
          .append("` | ")
          .append(t.defaultValue())
          .append(" | ")
          .append(cell(texts.description(t)))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleCatalogue
        && descriptors.equals(((RuleCatalogue) other).descriptors);
  }

  @Override
  public int hashCode() {
    return descriptors.hashCode();
  }

  @Override
  public String toString() {
    return "RuleCatalogue[" + descriptors.size() + " rules]";
  }
}
