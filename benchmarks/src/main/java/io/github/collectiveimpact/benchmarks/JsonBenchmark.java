package io.github.collectiveimpact.benchmarks;

import io.github.collectiveimpact.benchmarks.plain.PlainInitiative;
import io.github.collectiveimpact.benchmarks.plain.PlainJson;
import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
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
 * Reading and writing one JSON document: with the library's binding ({@link CollectiveImpactJson}), and
 * with the plain-Jackson baseline (plain mutable classes and a plain {@code ObjectMapper}), alone and with
 * a hand-written conversion to and from the model. The document is the same text for all of them: the
 * plain writer and the library's writer give the same bytes for the synthetic initiatives.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class JsonBenchmark {
  /** The size of the initiative. */
  @Param({"S", "M", "L"})
  public Size size;

  private final CollectiveImpactJson json = CollectiveImpactJson.create();
  private final io.github.collectiveimpact.json.jackson3.CollectiveImpactJson jackson3 =
      io.github.collectiveimpact.json.jackson3.CollectiveImpactJson.create();
  private Initiative initiative;
  private PlainInitiative plain;
  private String text;

  /** Creates the benchmark; JMH calls this. */
  public JsonBenchmark() {}

  /**
   * Generates the initiative and its document, once per trial.
   *
   * @throws InitiativeFormatException never: the document is the library's own
   */
  @Setup(Level.Trial)
  public void setUp() throws InitiativeFormatException {
    text = Documents.text(size);
    initiative = json.readInitiative(text);
    plain = PlainJson.read(text);
    if (!jackson3.writeInitiative(initiative).equals(text)) {
      throw new IllegalStateException("the two bindings disagree on the document");
    }
    if (!json.writeInitiative(initiative).equals(text)) {
      throw new IllegalStateException("the library and the plain writer disagree on the document");
    }
  }

  /**
   * Reads the document into the model with the library's binding.
   *
   * @return the initiative
   * @throws InitiativeFormatException never: the document is valid
   */
  @Benchmark
  public Initiative readOurs() throws InitiativeFormatException {
    return json.readInitiative(text);
  }

  /**
   * Writes the model with the library's binding.
   *
   * @return the document
   */
  @Benchmark
  public String writeOurs() {
    return json.writeInitiative(initiative);
  }

  /**
   * Reads the document into the model with the library's Jackson 3 binding.
   *
   * @return the initiative
   * @throws InitiativeFormatException never: the document is valid
   */
  @Benchmark
  public Initiative readJackson3() throws InitiativeFormatException {
    return jackson3.readInitiative(text);
  }

  /**
   * Writes the model with the library's Jackson 3 binding.
   *
   * @return the document
   */
  @Benchmark
  public String writeJackson3() {
    return jackson3.writeInitiative(initiative);
  }

  /**
   * Reads the document into the plain classes.
   *
   * @return the plain initiative
   */
  @Benchmark
  public PlainInitiative readPlain() {
    return PlainJson.read(text);
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
    return PlainJson.readModel(text);
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
