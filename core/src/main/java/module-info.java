/**
 * The model of a collective impact initiative and the validator that checks it against the five
 * conditions of collective impact (Kania and Kramer, 2011).
 *
 * <p>The module has no run-time dependency: Immutables generates the value types at compile time.
 */
// Immutables' annotations jar is an automatic module (it names itself in its manifest).
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.collectiveimpact.core {
  // Read by the modules that read this one: the generated classes carry its @Generated, which javac
  // looks up when a caller compiles against them. Not needed at run time.
  requires static transitive org.immutables.value.annotations;

  exports io.github.collectiveimpact.model;
  exports io.github.collectiveimpact.validation;
}
