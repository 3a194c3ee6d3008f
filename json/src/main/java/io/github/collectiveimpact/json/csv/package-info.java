/**
 * Observations from spreadsheets, with Jackson 2: {@link io.github.collectiveimpact.json.csv.ObservationsCsv}
 * reads the observations of indicators from CSV files (one row per observation, columns named as in the
 * JSON format) and writes them, and adds them to an initiative for validation.
 *
 * <p>Every problem of a file is reported at once, each with its line, column and column name, in one
 * {@link io.github.collectiveimpact.json.format.ObservationsFormatException} (of the module {@code
 * io.github.collectiveimpact.json.format}, which the Jackson 3 binding's CSV reader shares), in English or
 * Japanese.
 *
 * <pre>{@code
 * ObservationsCsv csv = ObservationsCsv.builder().separator(';').build();
 * Initiative merged = csv.readInto(initiative, Path.of("partner-data.csv"));
 * ValidationReport report = Validator.standard().validate(merged);
 * }</pre>
 */
package io.github.collectiveimpact.json.csv;
