/**
 * The Jackson 3 side of the format's token interfaces, shared by the JSON and the CSV readers and
 * writers of this module; not API, and not exported.
 */
package io.github.collectiveimpact.json.jackson3.internal;
