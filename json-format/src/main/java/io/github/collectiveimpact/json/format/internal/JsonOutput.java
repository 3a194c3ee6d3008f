package io.github.collectiveimpact.json.format.internal;

import java.io.IOException;

/** Where the format's writer puts its tokens: a Jackson 2 or 3 generator. */
public interface JsonOutput {
  /** Starts an object. */
  void startObject() throws IOException;

  /** Ends an object. */
  void endObject() throws IOException;

  /** Starts an array. */
  void startArray() throws IOException;

  /** Ends an array. */
  void endArray() throws IOException;

  /**
   * Writes a property name.
   *
   * @param name the name
   */
  void name(String name) throws IOException;

  /**
   * Writes a string.
   *
   * @param value the string
   */
  void string(String value) throws IOException;

  /**
   * Writes a number in its shortest form that reads back as the same double.
   *
   * @param value a finite double
   */
  void number(double value) throws IOException;

  /**
   * Writes an integer.
   *
   * @param value the integer
   */
  void number(long value) throws IOException;

  /**
   * Writes a boolean.
   *
   * @param value the boolean
   */
  void bool(boolean value) throws IOException;
}
