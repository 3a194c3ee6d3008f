package io.github.collectiveimpact.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a rule is, declared next to its logic: a stable id, the category it checks, its default severity, a
 * title, the rationale, the source in the literature, and the names of its message's arguments. The rule
 * catalogue ({@code RULES.md}) is generated from these descriptors.
 *
 * @param id the rule's id, stable forever: upper-case letters, a hyphen, three digits (e.g. {@code CA-001})
 * @param category what the rule checks: the category of one of the five conditions, or {@link
 *     Category#STRUCTURE}
 * @param defaultSeverity the severity of its findings unless overridden
 * @param title a one-line summary of what the rule requires
 * @param rationale why the rule matters
 * @param source where the requirement comes from in the literature
 * @param arguments the names of the message's arguments, in order: argument {@code i} fills placeholder
 *     <code>{i}</code>
 * @param messageKey the key of the rule's message in the built-in message bundles; by default the id
 * @param message the English message pattern ({@link java.text.MessageFormat}) used when the built-in
 *     bundles have no entry for {@code messageKey}, as for a rule of one's own
 */
public record RuleDescriptor(
    String id,
    Category category,
    Severity defaultSeverity,
    String title,
    String rationale,
    String source,
    List<String> arguments,
    String messageKey,
    Optional<String> message) {

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*-[0-9]{3}");

  /**
   * Checks the components and copies the argument list.
   *
   * @param id the rule id
   * @param category the category
   * @param defaultSeverity the default severity
   * @param title the title
   * @param rationale the rationale
   * @param source the source
   * @param arguments the names of the message arguments
   * @param messageKey the key of the message in the built-in bundles
   * @param message the fallback English message pattern
   * @throws IllegalArgumentException if the id does not have the form {@code XX-000}, a text is blank, or
   *     the message is not a valid {@link java.text.MessageFormat} pattern
   */
  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(messageKey, "messageKey");
    Objects.requireNonNull(message, "message");
    arguments = List.copyOf(arguments);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "RuleDescriptor.id must look like CA-001 (upper-case letters, a hyphen, three digits), was: "
              + id);
    }
    if (message.isPresent()) {
      try {
        new java.text.MessageFormat(message.get());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "RuleDescriptor "
                + id
                + ": the message is not a valid MessageFormat pattern: "
                + message.get(),
            e);
      }
    }
    if (title.isBlank() || rationale.isBlank() || source.isBlank()) {
      throw new IllegalArgumentException(
          "RuleDescriptor " + id + ": title, rationale and source must not be blank");
    }
  }

  /**
   * A descriptor whose message comes from the message bundles (as for the built-in rules).
   *
   * @param id the rule id
   * @param category the category
   * @param defaultSeverity the default severity
   * @param title the title
   * @param rationale the rationale
   * @param source the source
   * @param arguments the names of the message arguments
   * @return the descriptor
   */
  public static RuleDescriptor of(
      String id,
      Category category,
      Severity defaultSeverity,
      String title,
      String rationale,
      String source,
      String... arguments) {
    return new RuleDescriptor(
        id,
        category,
        defaultSeverity,
        title,
        rationale,
        source,
        List.of(arguments),
        id,
        Optional.empty());
  }

  /**
   * A copy with an English message pattern, for a rule of one's own whose id is not in the bundles.
   *
   * @param pattern a {@link java.text.MessageFormat} pattern with one placeholder per argument
   * @return the copy
   */
  public RuleDescriptor withMessage(String pattern) {
    return new RuleDescriptor(
        id,
        category,
        defaultSeverity,
        title,
        rationale,
        source,
        arguments,
        messageKey,
        Optional.of(pattern));
  }
}
