/**
 * JMH benchmarks of validation and JSON binding on synthetic initiatives of three sizes ({@link
 * io.github.collectiveimpact.benchmarks.Size}), with the baselines they are judged against: a bare
 * traversal of the model for validation, plain Jackson on plain classes for JSON.
 *
 * <p>Run them all with {@code java -jar benchmarks/target/benchmarks.jar}; see {@code docs/PERFORMANCE.md}
 * for the results and how they were measured.
 */
package io.github.collectiveimpact.benchmarks;
