/**
 * The Jackson 2 side of the format's token interfaces, shared by the JSON and the CSV readers of this
 * module; not API, and not exported.
 */
package io.github.collectiveimpact.json.internal;
