package io.github.collectiveimpact.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The catalogue of built-in rules, registered here explicitly: structure first, then one group per
 * condition. {@code RULES.md} is generated from their descriptors.
 */
public final class BuiltInRules {
  private static final List<Rule> ALL;

  static {
    List<Rule> all = new ArrayList<>();
    all.addAll(StructureRules.rules());
    all.addAll(CommonAgendaRules.rules());
    all.addAll(SharedMeasurementRules.rules());
    all.addAll(ActivityRules.rules());
    all.addAll(CommunicationRules.rules());
    all.addAll(BackboneRules.rules());
    ALL = Collections.unmodifiableList(all);
  }

  private BuiltInRules() {}

  /**
   * Every built-in rule, in catalogue order.
   *
   * @return the rules
   */
  public static List<Rule> all() {
    return ALL;
  }

  /**
   * The descriptors of every built-in rule, in catalogue order.
   *
   * @return the descriptors
   */
  public static List<RuleDescriptor> descriptors() {
    List<RuleDescriptor> result = new ArrayList<>();
    for (Rule rule : ALL) {
      result.add(rule.descriptor());
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * The rule catalogue as Markdown: one table per category with id, severity, title, rationale and
   * source, and the thresholds with their defaults. This is the text of {@code RULES.md}.
   *
   * @return the catalogue
   */
  public static String catalogueMarkdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Rule catalogue\n\n")
        .append(
            "Generated from the rule descriptors in `core` (`BuiltInRules.catalogueMarkdown()`); do not")
        .append(" edit by hand. Ids are stable: a rule may be retired, never renumbered.\n\n")
        .append(
            "Severity is the default; `Validator.builder().severity(id, severity)` overrides it and")
        .append(" `disable(id)` turns a rule off.\n\n")
        .append("## What the severities mean\n\n")
        .append("| severity | meaning |\n| --- | --- |\n");
    for (Severity severity : Severity.values()) {
      out.append("| ")
          .append(severity)
          .append(" | ")
          .append(cell(severity.meaning()))
          .append(" |\n");
    }
    out.append(
            "\nOne cause is one finding: when it hits many elements (partners who have not endorsed")
        .append(
            " the agenda, functions no one carries) the finding names them all, and its `paths`")
        .append(" point at each.\n");
    for (Category category : Category.values()) {
      out.append("\n## ").append(category.title()).append("\n\n");
      category.condition().ifPresent(c -> out.append(c.description()).append("\n\n"));
      out.append("| id | severity | title | rationale | source |\n");
      out.append("| --- | --- | --- | --- | --- |\n");
      for (Rule rule : ALL) {
        RuleDescriptor d = rule.descriptor();
        if (d.category() != category) {
          continue;
        }
        out.append("| ")
            .append(d.id())
            .append(" | ")
            .append(d.defaultSeverity())
            .append(" | ")
            .append(cell(d.title()))
            .append(" | ")
            .append(cell(d.rationale()))
            .append(" | ")
            .append(cell(d.source()))
            .append(" |\n");
      }
    }
    out.append("\n## Thresholds\n\n")
        .append(
            "Set with `Validator.builder().threshold(Threshold.X, value)` or in a `Profile`.\n\n")
        .append("| name | default | meaning |\n| --- | --- | --- |\n");
    for (Threshold<?> t : Threshold.all()) {
      out.append("| `")
          .append(t.name())
          .append("` | ")
          .append(t.defaultValue())
          .append(" | ")
          .append(cell(t.description()))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
