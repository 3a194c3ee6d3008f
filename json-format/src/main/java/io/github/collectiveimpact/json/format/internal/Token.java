package io.github.collectiveimpact.json.format.internal;

/** A token of JSON text, as a {@link JsonInput} gives it. */
public enum Token {
  /** The start of an object. */
  START_OBJECT,
  /** The end of an object. */
  END_OBJECT,
  /** The start of an array. */
  START_ARRAY,
  /** The end of an array. */
  END_ARRAY,
  /** The name of a property. */
  NAME,
  /** A string value. */
  STRING,
  /** A number with neither fraction nor exponent. */
  INTEGER,
  /** A number with a fraction or an exponent. */
  DECIMAL,
  /** {@code true}. */
  TRUE,
  /** {@code false}. */
  FALSE,
  /** {@code null}. */
  NULL
}
