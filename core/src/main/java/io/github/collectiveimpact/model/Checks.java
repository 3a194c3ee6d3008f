package io.github.collectiveimpact.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/** The invariant checks shared by the model types; each throws {@link InvalidModelException}. */
final class Checks {
  private Checks() {}

  static void notBlank(String type, String attribute, String value) {
    if (value.isBlank()) {
      throw new InvalidModelException(type, attribute, value, "must not be blank");
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
            type, attribute, index, value, "must not contain a blank id");
      }
      index++;
    }
  }

  static void finite(String type, String attribute, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidModelException(type, attribute, value, "must be a finite number");
    }
  }

  static void notNegative(String type, String attribute, double value) {
    finite(type, attribute, value);
    if (value < 0) {
      throw new InvalidModelException(type, attribute, value, "must not be negative");
    }
  }

  static void notAfter(
      String type, String attribute, LocalDate value, String otherAttribute, LocalDate other) {
    if (value.isAfter(other)) {
      throw new InvalidModelException(
          type, attribute, value, "must not be after " + otherAttribute + " " + other);
    }
  }
}
