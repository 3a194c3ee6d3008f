/**
 * The format's one definition and its reader and writer, over token-level interfaces ({@link
 * io.github.collectiveimpact.json.format.internal.JsonInput}, {@link
 * io.github.collectiveimpact.json.format.internal.JsonOutput}) that each binding implements for its JSON
 * library.
 *
 * <p>This package is not API: the module exports it only to the library's own bindings ({@code
 * io.github.collectiveimpact.json} and {@code io.github.collectiveimpact.json.jackson3}), and it changes
 * without notice. On the class path, where module boundaries do not hold, it is still not meant for
 * callers.
 */
package io.github.collectiveimpact.json.format.internal;
