/**
 * The plain-Jackson baseline: mutable classes with public fields that mirror the library's JSON document,
 * bound by a plain {@code ObjectMapper} ({@link io.github.collectiveimpact.benchmarks.plain.PlainJson}).
 */
package io.github.collectiveimpact.benchmarks.plain;
