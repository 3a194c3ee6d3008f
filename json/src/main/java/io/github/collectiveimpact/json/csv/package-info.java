/**
 * Observations from spreadsheets: {@link io.github.collectiveimpact.json.csv.ObservationsCsv} reads the
 * observations of indicators from CSV files (one row per observation, columns named as in the JSON format)
 * and writes them, and adds them to an initiative for validation.
 *
 * <p>Every problem of a file is reported at once, each with its line, column and column name, in one
 * {@link io.github.collectiveimpact.json.csv.ObservationsFormatException}, in English or Japanese.
 *
 * <pre>{@code
 * ObservationsCsv csv = ObservationsCsv.builder().separator(';').build();
 * Initiative merged = csv.readInto(initiative, Path.of("partner-data.csv"));
 * ValidationReport report = Validator.standard().validate(merged);
 * }</pre>
 */
package io.github.collectiveimpact.json.csv;
