package io.github.collectiveimpact.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The built-in rules, registered here explicitly: structure first, then one group per condition. {@link
 * #catalogue()} describes them; {@code RULES.md} is generated from it.
 */
public final class BuiltInRules {
  private static final List<Rule> ALL;
  private static final RuleCatalogue CATALOGUE;

  static {
    List<Rule> all = new ArrayList<>();
    all.addAll(StructureRules.rules());
    all.addAll(CommonAgendaRules.rules());
    all.addAll(SharedMeasurementRules.rules());
    all.addAll(ActivityRules.rules());
    all.addAll(CommunicationRules.rules());
    all.addAll(BackboneRules.rules());
    ALL = Collections.unmodifiableList(all);
    CATALOGUE = RuleCatalogue.of(descriptors());
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
   * The catalogue of the built-in rules, in catalogue order; {@code RULES.md} is its {@link
   * RuleCatalogue#toMarkdown() Markdown}.
   *
   * @return the catalogue
   */
  public static RuleCatalogue catalogue() {
    return CATALOGUE;
  }
}
