package io.github.collectiveimpact.validation;

import io.github.collectiveimpact.model.Condition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One shortcoming (or note) found in an initiative.
 *
 * @param ruleId the id of the rule that found it, e.g. {@code CA-003}
 * @param category what the rule checks: the {@link Category} of one of the five conditions, or {@link
 *     Category#STRUCTURE} for the model's structural integrity; {@link #condition()} gives the condition
 *     itself
 * @param severity how serious it is, after any override
 * @param path a JSON Pointer (RFC 6901) into the initiative's JSON form, e.g. {@code /partners/3} or
 *     {@code /indicators/2/baseline}; property names are the model's attribute names; the empty string is
 *     the whole initiative. A pointer may name a member that is absent from the document (a missing
 *     {@code /backbone}, say): the place where it belongs
 * @param paths every element the finding is about, as JSON Pointers: for a finding about one element, just
 *     {@code path}; for one cause that hits several elements (partners who have not endorsed the agenda,
 *     functions no one carries), one pointer per element, so that a user interface can jump to each
 *     while the report says the cause once, at {@code path}, the collection that holds them
 * @param message the message in the validator's locale
 * @param arguments the message's arguments as text (ids, numbers, ISO dates), so that a caller can render
 *     its own message
 * @param source where the rule comes from in the literature
 */
public record Finding(
    String ruleId,
    Category category,
    Severity severity,
    String path,
    List<String> paths,
    String message,
    List<String> arguments,
    String source) {

  /**
   * Checks that no component is null and copies the arguments.
   *
   * @param ruleId the rule id
   * @param category the category
   * @param severity the severity
   * @param path the JSON Pointer
   * @param paths the pointers of the elements the finding is about; if empty, {@code [path]}
   * @param message the message
   * @param arguments the message arguments
   * @param source the rule's source
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(source, "source");
    paths = paths.isEmpty() ? List.of(path) : List.copyOf(paths);
    arguments = List.copyOf(arguments);
  }

  /**
   * A finding about one element: its {@link #paths()} are just {@code [path]}.
   *
   * @param ruleId the rule id
   * @param category the category
   * @param severity the severity
   * @param path the JSON Pointer
   * @param message the message
   * @param arguments the message arguments
   * @param source the rule's source
   */
  public Finding(
      String ruleId,
      Category category,
      Severity severity,
      String path,
      String message,
      List<String> arguments,
      String source) {
    this(ruleId, category, severity, path, List.of(), message, arguments, source);
  }

  /**
   * The condition of collective impact this finding is about: that of its {@link #category()}.
   *
   * @return the condition, or empty for a finding of {@link Category#STRUCTURE}, which is about the
   *     model's integrity rather than a condition
   */
  public Optional<Condition> condition() {
    return category.condition();
  }
}
