package io.github.collectiveimpact.json.format.internal;

import io.github.collectiveimpact.json.format.FormatProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The problems found in one document, up to a limit, worded in one language. */
public final class Problems {
  private final Locale locale;
  private final int limit;
  private final List<FormatProblem> found = new ArrayList<>();
  private boolean truncated;

  /**
   * Creates an empty list.
   *
   * @param locale the language of the messages
   * @param limit how many problems to keep
   */
  public Problems(Locale locale, int limit) {
    this.locale = locale;
    this.limit = limit;
  }

  /**
   * Records a problem.
   *
   * @param path the JSON Pointer of the value
   * @param line its 1-based line, or -1
   * @param column its 1-based column, or -1
   * @param key the message key
   * @param arguments the message's arguments
   */
  public void add(String path, int line, int column, String key, Object... arguments) {
    if (found.size() >= limit) {
      truncated = true;
      return;
    }
    found.add(
        new FormatProblem(key, path, line, column, FormatMessages.format(locale, key, arguments)));
  }

  /**
   * Whether the limit is reached, so that reading may stop.
   *
   * @return {@code true} when no more problems are kept
   */
  public boolean full() {
    return found.size() >= limit;
  }

  /**
   * How many problems were found so far.
   *
   * @return the count
   */
  public int count() {
    return found.size();
  }

  /**
   * The problems, in the order found.
   *
   * @return the problems
   */
  public List<FormatProblem> list() {
    return List.copyOf(found);
  }

  /**
   * Whether problems beyond the limit were left out.
   *
   * @return {@code true} if some were
   */
  public boolean truncated() {
    return truncated;
  }

  /**
   * The language of the messages.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }
}
