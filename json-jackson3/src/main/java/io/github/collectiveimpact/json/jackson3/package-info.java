/**
 * The Jackson 3 binding of collective impact initiatives and validation reports: {@link
 * io.github.collectiveimpact.json.jackson3.CollectiveImpactJson} reads and writes them with Jackson
 * objects of its own, and {@link io.github.collectiveimpact.json.jackson3.CollectiveImpactJacksonModule}
 * binds the same format in a Jackson 3 {@code JsonMapper} of the caller's. Both go through the format
 * definition of the module {@code io.github.collectiveimpact.json.format}, which the Jackson 2 binding
 * uses too: the same documents are accepted, the same problems reported, the same bytes written.
 */
package io.github.collectiveimpact.json.jackson3;
