/**
 * The format's one definition and its reader and writer, for the library's Jackson bindings; not API.
 *
 * <p>{@link io.github.collectiveimpact.json.format.internal.InitiativeFormat} and {@link
 * io.github.collectiveimpact.json.format.internal.ReportFormat} list every type of the two documents, property
 * by property (name, codec, required or not, how it is read into the type and taken from it); {@link
 * io.github.collectiveimpact.json.format.internal.DocumentReader} reads a document from a binding's {@link
 * io.github.collectiveimpact.json.format.internal.JsonInput}, recording every problem, and {@link
 * io.github.collectiveimpact.json.format.internal.Root} writes one to a {@link
 * io.github.collectiveimpact.json.format.internal.JsonOutput}. Nothing here depends on a JSON library; each
 * binding implements the two token interfaces for its parser and generator.
 *
 * <p>The module exports this package only to the library's own bindings ({@code
 * io.github.collectiveimpact.json} and {@code io.github.collectiveimpact.json.jackson3}), and it changes
 * without notice. On the class path, where module boundaries do not hold, it is still not meant for callers.
 *
 * <p>Memory: reading keeps, per open object, which properties were seen and where (a fixed frame per
 * nesting level), the pointer of the current value, at most 1,000 pointers of skipped properties, and up to
 * 8,192 shared short texts and dates; nothing grows with the document but the values it builds.
 */
package io.github.collectiveimpact.json.format.internal;
