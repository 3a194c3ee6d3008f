package io.github.collectiveimpact.json.format.internal;

import io.github.collectiveimpact.model.InvalidModelException;
import io.github.collectiveimpact.model.Unit;
import java.util.List;
import java.util.Locale;

/** Words a value that a model type's builder refused in the format's terms. */
final class ModelProblems {
  private ModelProblems() {}

  static void add(
      DocumentReader r,
      String path,
      int line,
      int column,
      InvalidModelException e,
      Shape<?, ?> shape) {
    List<String> arguments = e.arguments();
    switch (e.reason()) {
      case BLANK:
        r.problem(path, line, column, "problem.blank");
        break;
      case NEGATIVE:
        r.problem(path, line, column, "problem.number.negative", e.value());
        break;
      case NOT_FINITE:
        r.problem(path, line, column, "problem.number.large", e.value());
        break;
      case AFTER:
        r.problem(
            path,
            line,
            column,
            "problem.model.after",
            e.value(),
            arguments.get(0),
            arguments.get(1));
        break;
      case OUTSIDE_UNIT:
        {
          Unit unit = Unit.valueOf(arguments.get(0));
          String name = Codecs.jsonName(unit);
          r.problem(
              path + "/value",
              line,
              column,
              "problem.model.unit",
              e.value(),
              name,
              FormatMessages.format(r.locale(), "unit." + name));
          break;
        }
      case NOT_A_CURRENCY:
        r.problem(path, line, column, "problem.model.currency", e.value());
        break;
      case MISSING:
        r.problem(
            path, line, column, "problem.missing", String.join("\", \"", e.missingAttributes()));
        break;
      default:
        // A reason this reader does not word: the model's own message, which names the value.
        r.problem(
            path,
            line,
            column,
            "problem.model.other",
            e.getMessage().toLowerCase(Locale.ROOT).isEmpty() ? shape.name() : e.getMessage());
    }
  }
}
