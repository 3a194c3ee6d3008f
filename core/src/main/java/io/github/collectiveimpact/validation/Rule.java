package io.github.collectiveimpact.validation;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * One check of an initiative. A rule is a descriptor (what it checks, and why) beside a function that
 * reports findings through a {@link RuleContext}. Rules are registered explicitly, in
 * {@link BuiltInRules} or with {@link Validator.Builder#addRule(Rule)}; nothing is found by reflection.
 *
 * <p>A rule must not throw for any initiative that can be built, must report through the context only, and
 * must be safe to call from several threads at once (a rule holds no mutable state).
 */
public interface Rule {
  /**
   * What this rule is.
   *
   * @return the descriptor
   */
  RuleDescriptor descriptor();

  /**
   * Checks the context's initiative and reports each finding with {@link RuleContext#report(String,
   * Object...)}.
   *
   * @param context the initiative, the validation date, the thresholds and the sink for findings
   */
  void check(RuleContext context);

  /**
   * A rule from a descriptor and a function.
   *
   * @param descriptor what the rule is
   * @param check the check, reporting through the context
   * @return the rule
   */
  static Rule of(RuleDescriptor descriptor, Consumer<RuleContext> check) {
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(check, "check");
    return new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return descriptor;
      }

      @Override
      public void check(RuleContext context) {
        check.accept(context);
      }

      @Override
      public String toString() {
        return "Rule[" + descriptor.id() + "]";
      }
    };
  }
}
