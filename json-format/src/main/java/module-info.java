/**
 * The JSON document format of collective impact initiatives, independent of any JSON library: what a
 * binding (Jackson 2 in {@code io.github.collectiveimpact.json}, Jackson 3 in {@code
 * io.github.collectiveimpact.json.jackson3}) reads and writes, and what it reports when a document is
 * wrong.
 *
 * <p>The package {@link io.github.collectiveimpact.json.format} is the API shared by the bindings: {@link
 * io.github.collectiveimpact.json.format.InitiativeFormatException} with its {@link
 * io.github.collectiveimpact.json.format.FormatProblem problems}, and {@link
 * io.github.collectiveimpact.json.format.ReadResult}; for CSV files of observations, {@link
 * io.github.collectiveimpact.json.format.ObservationsFormatException} with its {@link
 * io.github.collectiveimpact.json.format.CsvProblem problems}, and {@link
 * io.github.collectiveimpact.json.format.CsvReadResult}. The format's definition itself, type by type, is
 * in a package exported only to the bindings; it is not API. The module also holds the JSON Schema of
 * the initiative document, {@code io/github/collectiveimpact/json/format/initiative.schema.json}, which
 * each binding's facade returns from {@code initiativeSchema()}.
 */
// The bindings the internal package is exported to are built after this module.
@SuppressWarnings("module")
module io.github.collectiveimpact.json.format {
  requires transitive io.github.collectiveimpact.core;

  exports io.github.collectiveimpact.json.format;
  // The format's table and the token interfaces a binding implements: for the bindings only.
  exports io.github.collectiveimpact.json.format.internal to
      io.github.collectiveimpact.json,
      io.github.collectiveimpact.json.jackson3;
}
