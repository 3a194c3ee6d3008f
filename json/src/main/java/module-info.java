/**
 * The JSON binding of collective impact initiatives and validation reports, built on Jackson 2.
 *
 * <p>{@link io.github.collectiveimpact.json.CollectiveImpactJson} reads and writes documents with a strictly
 * configured mapper of its own; {@link io.github.collectiveimpact.json.CollectiveImpactModule} binds the
 * same format in an {@code ObjectMapper} of the caller's.
 */
module io.github.collectiveimpact.json {
  requires transitive io.github.collectiveimpact.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;

  exports io.github.collectiveimpact.json;

  // Jackson instantiates the package's (de)serializers named in the mix-ins' annotations.
  opens io.github.collectiveimpact.json to
      com.fasterxml.jackson.databind;
}
