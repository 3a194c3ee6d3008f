package io.github.collectiveimpact.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The documents a command line names: each FILE argument as it is, each DIR argument as the {@code *.json}
 * files in it (with {@code --recursive}, in its subfolders too), sorted by path. What cannot be listed (a
 * missing file, a folder that cannot be read, a folder with no document) is a problem in its place among
 * the documents, in argument order.
 */
final class Inputs {
  /**
   * One entry: a document to read, or a problem with an argument (which, and the message key of what is
   * wrong with its arguments).
   */
  record Entry(String file, Path document, String key, List<Object> arguments) {
    boolean isDocument() {
      return document != null;
    }
  }

  private Inputs() {}

  /** The entries of the arguments, in argument order, each folder's documents sorted by path. */
  static List<Entry> expand(List<Path> arguments, boolean recursive) {
    List<Entry> entries = new ArrayList<>();
    for (Path argument : arguments) {
      if (Files.isDirectory(argument)) {
        try {
          List<Path> found = list(argument, recursive);
          if (found.isEmpty()) {
            entries.add(problem(argument, "input.emptyFolder"));
          }
          for (Path document : found) {
            entries.add(new Entry(document.toString(), document, "", List.of()));
          }
        } catch (IOException | UncheckedIOException e) {
          entries.add(problem(argument, "input.unreadableFolder", reason(e)));
        }
      } else if (Files.exists(argument)) {
        entries.add(new Entry(argument.toString(), argument, "", List.of()));
      } else {
        entries.add(problem(argument, "input.noSuchFile"));
      }
    }
    return entries;
  }

  private static Entry problem(Path argument, String key, Object... arguments) {
    return new Entry(argument.toString(), null, key, List.of(arguments));
  }

  private static List<Path> list(Path folder, boolean recursive) throws IOException {
    try (Stream<Path> paths = recursive ? Files.walk(folder) : Files.list(folder)) {
      return paths
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(Files::isRegularFile)
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** What the JDK says went wrong, without the exception's class. */
  static String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    String message = cause.getMessage();
    String kind = cause.getClass().getSimpleName();
    return message == null ? kind : kind + ": " + message;
  }
}
