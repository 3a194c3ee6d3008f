package io.github.collectiveimpact.validation;

import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.results.Results;
import java.time.LocalDate;

/**
 * What a rule sees while it checks an initiative: the initiative, the validation date, the thresholds in
 * force, and where to report findings. A context is made for one rule during one validation and is not
 * shared between threads.
 */
public interface RuleContext {
  /**
   * The initiative under validation.
   *
   * @return the initiative
   */
  Initiative initiative();

  /**
   * The validation date: every time-based rule measures from it, so that a report is reproducible.
   *
   * @return the date
   */
  LocalDate asOf();

  /**
   * The results of the initiative's shared measurement data as of the validation date. A validator
   * computes them once per validation and gives every rule the same; a context of one's own computes
   * them on each call unless it overrides this method.
   *
   * @return the results
   */
  default Results results() {
    return Results.of(initiative(), asOf());
  }

  /**
   * The value of a threshold in force: set by the validator's builder, else by a profile, else its default.
   *
   * @param threshold a threshold
   * @param <T> its value type
   * @return its value
   */
  <T> T threshold(Threshold<T> threshold);

  /**
   * Reports a finding of the current rule.
   *
   * @param path a JSON Pointer into the initiative's JSON form, e.g. {@code /partners/3}; it may name a
   *     member that is absent (such as a missing {@code /backbone} or {@code /indicators/0/definition}),
   *     whose parent exists
   * @param arguments the message arguments, one per name in {@link RuleDescriptor#arguments()}; numbers,
   *     dates, enums and text are rendered as plain text
   */
  void report(String path, Object... arguments);

  /**
   * Reports one finding for one cause that hits several elements, such as the partners who have not
   * endorsed the agenda: the finding says the cause once, at the collection's path, and keeps the path
   * of every element in {@link Finding#paths()}. Rules report this way rather than one finding per
   * element, so that one cause reads as one line in a report.
   *
   * @param path a JSON Pointer to the collection or the element that holds the affected elements, e.g.
   *     {@code /partners}
   * @param paths a JSON Pointer to each affected element, e.g. {@code /partners/3}; not empty
   * @param arguments the message arguments, as for {@link #report(String, Object...)}; a {@link
   *     java.util.Collection} is rendered as its elements separated by commas
   */
  void reportAll(String path, java.util.List<String> paths, Object... arguments);

  /**
   * Where each indicator's observations are in {@code initiative().observations()}: one index per
   * validation, shared by every rule that reads observations by indicator, so that a rule need not scan
   * a million observations for each indicator. A context that is not a validator's builds one.
   *
   * @return the index
   */
  default ObservationIndex observationIndex() {
    return ObservationIndex.build(initiative().observations());
  }
}
