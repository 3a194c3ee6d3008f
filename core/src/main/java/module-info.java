/**
 * The model of a collective impact initiative and the validator that checks it against the five
 * conditions of collective impact (Kania and Kramer, 2011).
 *
 * <p>The module has no run-time dependency: Immutables generates the value types at compile time.
 */
module io.github.collectiveimpact.core {
  requires static org.immutables.value.annotations;

  exports io.github.collectiveimpact.model;
  exports io.github.collectiveimpact.results;
  exports io.github.collectiveimpact.validation;
}
