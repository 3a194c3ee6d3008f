/**
 * Observations from CSV files, with Jackson 3: {@link
 * io.github.collectiveimpact.json.jackson3.csv.ObservationsCsv} reads the rows partners send in
 * spreadsheets, every bad row reported with its line, column and column name, and writes observations and
 * templates in the same columns. The same format, problems and bytes as the Jackson 2 binding's {@code
 * io.github.collectiveimpact.json.csv}, from one shared definition.
 */
package io.github.collectiveimpact.json.jackson3.csv;
