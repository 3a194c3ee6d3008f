/**
 * The Jackson 3 binding of collective impact initiatives and validation reports (Jackson 3 is what Spring
 * Boot 4 brings): the same document formats, problems and bytes as the Jackson 2 binding, from one shared
 * format definition.
 *
 * <h2>Where to start</h2>
 *
 * <ul>
 *   <li>{@link io.github.collectiveimpact.json.jackson3.CollectiveImpactJson} reads and writes initiatives
 *       and validation reports strictly, within limits, with Jackson objects of its own.
 *   <li>{@link io.github.collectiveimpact.json.jackson3.CollectiveImpactJacksonModule} binds the format in
 *       a Jackson 3 {@code JsonMapper} of the caller's, whatever its settings.
 * </ul>
 *
 * <h2>Example: register the module in a mapper of your own</h2>
 *
 * <pre>{@code
 * import io.github.collectiveimpact.json.jackson3.CollectiveImpactJacksonModule;
 * import io.github.collectiveimpact.json.jackson3.FormatMappingException;
 * import io.github.collectiveimpact.model.Initiative;
 * import tools.jackson.databind.json.JsonMapper;
 *
 * JsonMapper mapper = JsonMapper.builder().addModule(new CollectiveImpactJacksonModule()).build();
 * String document = "{\"schemaVersion\": \"1.1\", \"id\": \"x\", \"name\": \"Minimal\"}";
 * try {
 *   Initiative initiative = mapper.readValue(document, Initiative.class);
 *   System.out.println(mapper.writeValueAsString(initiative));
 * } catch (FormatMappingException e) {
 *   System.err.println(e.problems()); // every problem, with its JSON Pointer, line and column
 * }
 * }</pre>
 */
// The name ends in the Jackson major version it binds, as the package does; javac's lint advises
// against terminal digits in module names.
@SuppressWarnings("module")
module io.github.collectiveimpact.json.jackson3 {
  requires transitive io.github.collectiveimpact.json.format;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.csv;

  exports io.github.collectiveimpact.json.jackson3;
  exports io.github.collectiveimpact.json.jackson3.csv;
}
