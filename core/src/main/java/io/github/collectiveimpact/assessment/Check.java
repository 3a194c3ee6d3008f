package io.github.collectiveimpact.assessment;

import java.util.Objects;

/**
 * What a criterion found in a document: met (with the path of the evidence), not met, or not stated.
 *
 * @param status the outcome
 * @param path where the evidence is, a JSON Pointer; empty unless met (or for the document as a whole)
 */
public record Check(Status status, String path) {
  /** The outcome of a criterion. */
  public enum Status {
    /** The document shows that the criterion holds. */
    MET,
    /** The document states what the criterion asks about, and it does not hold. */
    NOT_MET,
    /** The document is silent on what the criterion asks about. */
    NOT_STATED
  }

  private static final Check NOT_MET = new Check(Status.NOT_MET, "");
  private static final Check NOT_STATED = new Check(Status.NOT_STATED, "");

  /**
   * Checks the parts.
   *
   * @param status the outcome
   * @param path the path
   */
  public Check {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(path, "path");
  }

  /**
   * The criterion holds.
   *
   * @param path where the evidence is
   * @return the check
   */
  public static Check met(String path) {
    return new Check(Status.MET, path);
  }

  /**
   * The criterion does not hold.
   *
   * @return the check
   */
  public static Check notMet() {
    return NOT_MET;
  }

  /**
   * The document does not say.
   *
   * @return the check
   */
  public static Check notStated() {
    return NOT_STATED;
  }

  /**
   * Met where found, else not met.
   *
   * @param path the path of the evidence, or {@code null} when there is none
   * @return the check
   */
  static Check metAt(String path) {
    return path == null ? NOT_MET : met(path);
  }
}
