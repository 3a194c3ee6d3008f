/**
 * What reading a document of the format gives, whichever Jackson binding reads it: the value with what a
 * lenient reader skipped ({@link io.github.collectiveimpact.json.format.ReadResult}), or every problem found
 * ({@link io.github.collectiveimpact.json.format.InitiativeFormatException}, a list of {@link
 * io.github.collectiveimpact.json.format.FormatProblem}); and for CSV files of observations, what either
 * binding's {@code ObservationsCsv} gives ({@link io.github.collectiveimpact.json.format.CsvReadResult}, or
 * {@link io.github.collectiveimpact.json.format.ObservationsFormatException} with every {@link
 * io.github.collectiveimpact.json.format.CsvProblem}).
 *
 * <p>A problem says where (the JSON Pointer of the offending value, its line and column) and what is wrong,
 * in the document's own terms: property names and values as written ({@code percent}, {@code
 * /indicators/2/target/value}), never Java types or enum constants. Its {@linkplain
 * io.github.collectiveimpact.json.format.FormatProblem#code() code} is the same in every language; the
 * message is in the language the reader was built with (English or Japanese).
 *
 * <p>Reading records a problem, skips the bad value and goes on, so one read reports a document's mistakes
 * together, up to a limit ({@value io.github.collectiveimpact.json.format.InitiativeFormatException#MAX_PROBLEMS}
 * by default). Text that is not JSON, or a limit of the reader, stops it: that problem comes last.
 */
package io.github.collectiveimpact.json.format;
