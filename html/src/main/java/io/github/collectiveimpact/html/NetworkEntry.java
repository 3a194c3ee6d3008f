package io.github.collectiveimpact.html;

import io.github.collectiveimpact.validation.ValidationReport;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One initiative of a network overview: its report, and where its own HTML report is, to link to.
 *
 * <p>A link is either a relative path ({@code eastside.html}, {@code reports/eastside.html#findings}) or
 * an absolute {@code http} or {@code https} URL; anything else, such as a {@code javascript:} or {@code
 * data:} URL, a protocol-relative {@code //host} reference, or text with spaces or control characters, is
 * refused, so that the overview never links to script.
 */
public final class NetworkEntry {
  private final ValidationReport report;
  private final Optional<String> href;

  private NetworkEntry(ValidationReport report, Optional<String> href) {
    this.report = report;
    this.href = href;
  }

  /**
   * An initiative without a link.
   *
   * @param report its report
   * @return the entry
   */
  public static NetworkEntry of(ValidationReport report) {
    return new NetworkEntry(Objects.requireNonNull(report, "report"), Optional.empty());
  }

  /**
   * An initiative with a link to its own report.
   *
   * @param report its report
   * @param href a relative path, or an {@code http} or {@code https} URL
   * @return the entry
   * @throws IllegalArgumentException if the link is neither
   */
  public static NetworkEntry of(ValidationReport report, String href) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(href, "href");
    if (!isSafe(href)) {
      throw new IllegalArgumentException(
          "a link must be a relative path or an http(s) URL: \"" + printable(href) + "\"");
    }
    return new NetworkEntry(report, Optional.of(href));
  }

  /**
   * The initiative's report.
   *
   * @return the report
   */
  public ValidationReport report() {
    return report;
  }

  /**
   * The link to the initiative's own report.
   *
   * @return the link, or empty
   */
  public Optional<String> href() {
    return href;
  }

  /** Whether a link is a relative path or an http(s) URL. */
  static boolean isSafe(String href) {
    if (href.isEmpty()) {
      return false;
    }
    for (int i = 0; i < href.length(); i++) {
      char c = href.charAt(i);
      // No space, control character or backslash: browsers strip or reinterpret them (a tab inside
      // "java\tscript:" still runs script), so they have no place in a link we write.
      if (c <= 0x20
          || c == 0x7f
          || c == '\\'
          || Character.isWhitespace(c)
          || Character.isISOControl(c)) {
        return false;
      }
    }
    int colon = href.indexOf(':');
    int end = firstOf(href, "/?#");
    if (colon >= 0 && (end < 0 || colon < end)) {
      // It has a scheme.
      String scheme = href.substring(0, colon).toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && href.startsWith("//", colon + 1)
          && href.length() > colon + 3;
    }
    return !href.startsWith("//");
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String printable(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length() && i < 80; i++) {
      char c = s.charAt(i);
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NetworkEntry
        && report.equals(((NetworkEntry) other).report)
        && href.equals(((NetworkEntry) other).href);
  }

  @Override
  public int hashCode() {
    return Objects.hash(report, href);
  }

  @Override
  public String toString() {
    return "NetworkEntry[" + report.initiativeId() + href.map(h -> ", " + h).orElse("") + "]";
  }
}
