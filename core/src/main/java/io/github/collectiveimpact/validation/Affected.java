package io.github.collectiveimpact.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements one cause hits, collected while a rule checks them, and reported as one finding whose
 * first two arguments are their count and their ids, followed by the rule's own arguments.
 */
final class Affected {
  private final List<String> paths = new ArrayList<>();
  private final List<String> ids = new ArrayList<>();

  /** Adds a path of an element; the element's id is counted once however many of its paths are added. */
  void add(String path, String id) {
    if (!paths.contains(path)) {
      paths.add(path);
    }
    if (!ids.contains(id)) {
      ids.add(id);
    }
  }

  boolean isEmpty() {
    return ids.isEmpty();
  }

  List<String> ids() {
    return ids;
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
    context.reportAll(path, paths, arguments);
  }
}
