package io.github.collectiveimpact.benchmarks;

import io.github.collectiveimpact.benchmarks.plain.PlainInitiative;
import io.github.collectiveimpact.benchmarks.plain.PlainJson;
import io.github.collectiveimpact.model.Initiative;
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
 * The plain-Jackson baseline: the same JSON document read into and written from plain mutable classes by a
 * plain {@code ObjectMapper}, and the same with a hand-written conversion to and from the model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class PlainJsonBenchmark {
  /** The size of the initiative. */
  @Param({"S", "M", "L"})
  public Size size;

  private Initiative initiative;
  private PlainInitiative plain;
  private String json;

  /** Creates the benchmark; JMH calls this. */
  public PlainJsonBenchmark() {}

  /** Generates the initiative and its document, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    json = Documents.text(size);
    initiative = PlainJson.readModel(json);
    plain = PlainJson.read(json);
  }

  /**
   * Reads the document into the plain classes.
   *
   * @return the plain initiative
   */
  @Benchmark
  public PlainInitiative readPlain() {
    return PlainJson.read(json);
  }

  /**
   * Writes the plain classes as a document.
   *
   * @return the document
   */
  @Benchmark
  public String writePlain() {
    return PlainJson.write(plain);
  }

  /**
   * Reads the document into the plain classes and converts them to the model by hand.
   *
   * @return the initiative
   */
  @Benchmark
  public Initiative readPlainToModel() {
    return PlainJson.readModel(json);
  }

  /**
   * Converts the model to the plain classes by hand and writes them.
   *
   * @return the document
   */
  @Benchmark
  public String writePlainFromModel() {
    return PlainJson.writeModel(initiative);
  }
}
