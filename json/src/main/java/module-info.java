/**
 * The JSON binding of collective impact initiatives and validation reports, built on Jackson 2: a strict
 * reader and a canonical writer of the library's document format, with its JSON Schemas.
 *
 * <h2>Where to start</h2>
 *
 * <ul>
 *   <li>{@link io.github.collectiveimpact.json.CollectiveImpactJson} reads and writes initiatives and
 *       validation reports with a strictly configured mapper of its own: {@code
 *       CollectiveImpactJson.create()}, or {@code CollectiveImpactJson.builder()} for pretty printing,
 *       lenient reading and limits. Every problem with a document is one {@link
 *       io.github.collectiveimpact.json.format.InitiativeFormatException} with the JSON Pointer, line and column
 *       of the offending value.
 *   <li>{@link io.github.collectiveimpact.json.CollectiveImpactModule} binds the same format in an {@code
 *       ObjectMapper} of the caller's.
 *   <li>{@link io.github.collectiveimpact.json.csv.ObservationsCsv} reads observations from CSV files, as
 *       partners send them in spreadsheets, with columns named as in the JSON format, and adds them to an
 *       initiative; every problem of a file is one {@link
 *       io.github.collectiveimpact.json.format.CsvProblem} with its line, column and column name.
 *   <li>The format itself, property by property, is described in the package {@link
 *       io.github.collectiveimpact.json}; the initiative and the report come from the module {@code
 *       io.github.collectiveimpact.core} ({@code Initiative.builder()}, {@code Validator}, {@code
 *       ValidationReport}).
 * </ul>
 *
 * <h2>Example: read a file, validate it, print the report as JSON</h2>
 *
 * <pre>{@code
 * import io.github.collectiveimpact.json.CollectiveImpactJson;
 * import io.github.collectiveimpact.json.format.InitiativeFormatException;
 * import io.github.collectiveimpact.model.Initiative;
 * import io.github.collectiveimpact.validation.ValidationReport;
 * import io.github.collectiveimpact.validation.Validator;
 * import java.io.IOException;
 * import java.nio.file.Path;
 *
 * CollectiveImpactJson json = CollectiveImpactJson.builder().prettyPrint(true).build();
 * try {
 *   Initiative initiative = json.readInitiative(Path.of("initiative.json"));
 *   ValidationReport report = Validator.standard().validate(initiative);
 *   System.out.println(json.writeReport(report));
 * } catch (InitiativeFormatException e) {
 *   System.err.println(e.getMessage()); // e.g. Invalid document at /partners/3/sector (line 12, ...
 * } catch (IOException e) {
 *   System.err.println("Cannot read the file: " + e);
 * }
 * }</pre>
 */
module io.github.collectiveimpact.json {
  requires transitive io.github.collectiveimpact.core;
  requires transitive io.github.collectiveimpact.json.format;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.collectiveimpact.json;
  exports io.github.collectiveimpact.json.csv;

  // Jackson instantiates the package's (de)serializers named in the mix-ins' annotations, and fills
  // the
  // readers that pass a document's properties to the model's builders.
  opens io.github.collectiveimpact.json to
      com.fasterxml.jackson.databind;
}
