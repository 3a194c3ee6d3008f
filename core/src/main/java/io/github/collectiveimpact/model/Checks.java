package io.github.collectiveimpact.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/** The invariant checks shared by the model types; each throws {@link InvalidModelException}. */
final class Checks {
  private Checks() {}

  static void notBlank(String type, String attribute, String value) {
    if (value.isBlank()) {
      throw new InvalidModelException(
          type, attribute, -1, value, InvalidModelException.Reason.BLANK, "must not be blank");
    }
  }

  static void notBlank(String type, String attribute, Optional<String> value) {
    if (value.isPresent()) {
      notBlank(type, attribute, value.get());
    }
  }

  static void noneBlank(String type, String attribute, Collection<String> values) {
    int index = 0;
    for (String value : values) {
      if (value.isBlank()) {
        throw new InvalidModelException(
            type,
            attribute,
            index,
            value,
            InvalidModelException.Reason.BLANK,
            "must not contain a blank id");
      }
      index++;
    }
  }

  static void finite(String type, String attribute, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidModelException(
          type,
          attribute,
          -1,
          value,
          InvalidModelException.Reason.NOT_FINITE,
          "must be a finite number");
    }
  }

  static void notNegative(String type, String attribute, double value) {
    finite(type, attribute, value);
    if (value < 0) {
      throw new InvalidModelException(
          type,
          attribute,
          -1,
          value,
          InvalidModelException.Reason.NEGATIVE,
          "must not be negative");
    }
  }

  static void notAfter(
      String type, String attribute, LocalDate value, String otherAttribute, LocalDate other) {
    notAfter(type, attribute, value, otherAttribute, otherAttribute, other);
  }

  /**
   * Checks that a date is not after another, which is named by its attribute (for {@link
   * InvalidModelException#arguments()}) and by a label for the message.
   */
  static void notAfter(
      String type,
      String attribute,
      LocalDate value,
      String otherAttribute,
      String otherLabel,
      LocalDate other) {
    if (value.isAfter(other)) {
      throw new InvalidModelException(
          type,
          attribute,
          -1,
          value,
          InvalidModelException.Reason.AFTER,
          "must not be after " + otherLabel + " " + other,
          otherAttribute,
          other);
    }
  }
}
