package io.github.collectiveimpact.benchmarks;

import io.github.collectiveimpact.assessment.Assessment;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.results.Results;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation with every built-in rule (with the results and the assessment the report carries), against a
 * bare traversal of the same model, and the results and the assessment alone.
 *
 * <p>An {@link Initiative} memoises its lookup indexes (partners by id, observations by indicator, ...)
 * on first use. Validating one instance over and over would measure those indexes once and then never
 * again, which no real caller sees: a network's service reads each member's document and validates the
 * new instance once. {@link #validate()} therefore validates a fresh copy each time ({@code withDescription}
 * toggles a description: a new instance that shares every list but has no index yet), so each invocation
 * pays for building the indexes; {@link #validateReused()} validates the same instance, so the difference
 * between the two is the cost of the indexes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ValidationBenchmark {
  /** The size of the initiative. */
  @Param({"S", "M", "L"})
  public Size size;

  private Validator validator;
  private Initiative initiative;
  private boolean flip;

  /** Creates the benchmark; JMH calls this. */
  public ValidationBenchmark() {}

  /** Generates the initiative and builds the validator, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    initiative = Documents.asRead(size);
    validator = Validator.builder().asOf(SyntheticInitiatives.AS_OF).build();
  }

  /**
   * Validates a fresh copy of the initiative, without memoised indexes: what a validation service does.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validate() {
    flip = !flip;
    return validator.validate(initiative.withDescription(flip ? "odd" : "even"));
  }

  /**
   * Validates the same instance each time: its indexes are built once, in the first warm-up invocation.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validateReused() {
    return validator.validate(initiative);
  }

  /**
   * Reads every element of the initiative once: the floor for any check of the whole initiative.
   *
   * @return a checksum
   */
  @Benchmark
  public long traverse() {
    return Traversal.checksum(initiative);
  }

  /**
   * Computes the results of the shared measurement data alone (series, trends, target status, gaps), on
   * a fresh copy: their own share of {@link #validate()}.
   *
   * @return the results
   */
  @Benchmark
  public Results results() {
    flip = !flip;
    return Results.of(
        initiative.withDescription(flip ? "odd" : "even"), SyntheticInitiatives.AS_OF);
  }

  /**
   * Assesses each condition under both lenses alone, results included, on a fresh copy: its own share of
   * {@link #validate()}.
   *
   * @return the assessment
   */
  @Benchmark
  public Assessment assess() {
    flip = !flip;
    return Assessment.of(
        initiative.withDescription(flip ? "odd" : "even"), SyntheticInitiatives.AS_OF);
  }
}
