package io.github.collectiveimpact.validation;

import java.util.List;
import java.util.Objects;

/**
 * Which rules of one category passed and which failed in a validation. A rule passes when it reports no
 * finding; disabled rules are not counted.
 *
 * @param category the category
 * @param passedRuleIds the ids of the rules that reported nothing, in id order
 * @param failedRuleIds the ids of the rules that reported at least one finding, in id order
 */
public record CategorySummary(
    Category category, List<String> passedRuleIds, List<String> failedRuleIds) {

  /**
   * Checks that no component is null and copies the lists.
   *
   * @param category the category
   * @param passedRuleIds the rules that passed
   * @param failedRuleIds the rules that failed
   */
  public CategorySummary {
    Objects.requireNonNull(category, "category");
    passedRuleIds = List.copyOf(passedRuleIds);
    failedRuleIds = List.copyOf(failedRuleIds);
  }

  /**
   * How many rules of this category ran.
   *
   * @return passed plus failed
   */
  public int rulesRun() {
    return passedRuleIds.size() + failedRuleIds.size();
  }

  /**
   * Whether every rule of this category passed.
   *
   * @return {@code true} if no rule failed
   */
  public boolean isPassed() {
    return failedRuleIds.isEmpty();
  }
}
