package io.github.collectiveimpact.benchmarks;

import io.github.collectiveimpact.benchmarks.plain.PlainJson;
import io.github.collectiveimpact.model.Initiative;

/** The benchmark inputs: synthetic initiatives as they look after being read from a document. */
public final class Documents {
  private Documents() {}

  /**
   * The synthetic initiative of a size with {@link SyntheticInitiatives#DEFAULT_SEED}, written as a JSON
   * document and read back.
   *
   * <p>The generator shares strings, periods and subgroups between observations; a model read from a
   * document has its own copy of each, laid out in document order. The round trip gives the benchmarks
   * the model a network's validation service actually holds.
   *
   * @param size the size
   * @return the initiative, as read from its document
   */
  public static Initiative asRead(Size size) {
    return PlainJson.readModel(text(size));
  }

  /**
   * The JSON document of the synthetic initiative of a size.
   *
   * @param size the size
   * @return the document
   */
  public static String text(Size size) {
    return PlainJson.writeModel(
        SyntheticInitiatives.generate(size, SyntheticInitiatives.DEFAULT_SEED));
  }
}
