package io.github.collectiveimpact.examples;

import java.io.InputStream;
import java.util.List;

/**
 * The showcase initiatives as JSON documents, shipped in this module's jar: the same initiatives as
 * {@link StriveTogether}, {@link RoadMapProject}, {@link PromiseNeighborhoods} and {@link EmergingCoalition},
 * in that order, in the format of the JSON binding. They are starting points for a document of one's own.
 */
public final class ExampleDocuments {
  /** The resource folder of the documents. */
  public static final String FOLDER = "io/github/collectiveimpact/examples";

  /** The documents' file names, in the order of the showcase. */
  public static final List<String> NAMES =
      List.of(
          "strivepartnership.json",
          "road-map-project.json",
          "promise-neighborhood-member.json",
          "emerging-coalition.json");

  private ExampleDocuments() {}

  /**
   * Opens one of the documents.
   *
   * @param name one of {@link #NAMES}
   * @return the document's bytes (UTF-8), or {@code null} if there is no such document
   */
  public static InputStream open(String name) {
    return ExampleDocuments.class.getClassLoader().getResourceAsStream(FOLDER + "/" + name);
  }
}
