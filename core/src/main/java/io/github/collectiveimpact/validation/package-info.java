/**
 * Checks an initiative against the five conditions of collective impact and reports findings as data.
 *
 * <p>{@link io.github.collectiveimpact.validation.Validator} runs the rules and returns a {@link
 * io.github.collectiveimpact.validation.ValidationReport}: {@link
 * io.github.collectiveimpact.validation.Finding}s, each with its rule id, {@link
 * io.github.collectiveimpact.validation.Category} (one of the five conditions, or structure), {@link
 * io.github.collectiveimpact.validation.Severity}, JSON Pointer, localized message and source, and a
 * {@link io.github.collectiveimpact.validation.CategorySummary} of the rules passed and failed per
 * category.
 *
 * <p>A {@link io.github.collectiveimpact.validation.Rule} is a {@link
 * io.github.collectiveimpact.validation.RuleDescriptor} (id, category, default severity, title,
 * rationale, source, message arguments) and a check that reports through a {@link
 * io.github.collectiveimpact.validation.RuleContext}. {@link
 * io.github.collectiveimpact.validation.BuiltInRules} registers the built-in rules and {@link
 * io.github.collectiveimpact.validation.RuleCatalogue} lists and renders any set of descriptors. A
 * validator is tuned with {@link io.github.collectiveimpact.validation.Threshold}s, severity overrides
 * and disabled rules, and extended with rules of one's own or a network's {@link
 * io.github.collectiveimpact.validation.Profile}.
 */
package io.github.collectiveimpact.validation;
