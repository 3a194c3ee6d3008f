package io.github.collectiveimpact.validation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The elements one cause hits, collected while a rule checks them, and reported as one finding whose
 * first two arguments are their count and their ids, followed by the rule's own arguments.
 */
final class Affected {
  private final Set<String> paths = new LinkedHashSet<>();
  private final Set<String> ids = new LinkedHashSet<>();

  /**
   * Adds a path of an element; the element's id is counted once however many of its paths are added. A
   * set keeps each in the order first added, so that ten thousand partners cost ten thousand lookups.
   */
  void add(String path, String id) {
    paths.add(path);
    ids.add(id);
  }

  boolean isEmpty() {
    return ids.isEmpty();
  }

  /** Reports one finding at {@code path} if any element was added; arguments: count, ids, then more. */
  void report(RuleContext context, String path, Object... more) {
    if (ids.isEmpty()) {
      return;
    }
    Object[] arguments = new Object[more.length + 2];
    arguments[0] = ids.size();
    arguments[1] = List.copyOf(ids);
    System.arraycopy(more, 0, arguments, 2, more.length);
    context.reportAll(path, List.copyOf(paths), arguments);
  }
}
