/**
 * What every binding of the document format gives its callers: {@link
 * io.github.collectiveimpact.json.format.InitiativeFormatException}, which lists every {@link
 * io.github.collectiveimpact.json.format.FormatProblem} of a document with its JSON Pointer, line and
 * column, and {@link io.github.collectiveimpact.json.format.ReadResult}, a value read with the unknown
 * properties a lenient reader skipped.
 */
package io.github.collectiveimpact.json.format;
