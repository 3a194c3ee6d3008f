package io.github.collectiveimpact.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.model.Initiative;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The Java examples of {@code README.md} and of the modules' overviews ({@code module-info.java} of core,
 * json, json-jackson3 and html) compile against the library as published, imports included, so that they
 * stay true as the
 * API changes. Each snippet is its imports followed by statements; the statements become the body of a
 * method.
 */
class DocumentationSnippetsTest {
  private static final Pattern MARKDOWN = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern JAVADOC =
      Pattern.compile("<pre>\\{@code\n(.*?)\n \\* }</pre>", Pattern.DOTALL);
  private static final Pattern NO_PREFIX = Pattern.compile("(?!)");
  private static final Pattern COMMENT_PREFIX = Pattern.compile("(?m)^ \\* ?");

  /** The repository root: the nearest directory, from the module's base directory up, with core/pom.xml. */
  private static Path repositoryRoot() {
    String start = System.getProperty("basedir", System.getProperty("user.dir"));
    for (Path dir = Path.of(start).toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml"))
          && Files.isRegularFile(dir.resolve("core/pom.xml"))) {
        return dir;
      }
    }
    throw new AssertionError("no repository root above " + start);
  }

  /** The code blocks of a file, each line without the given prefix (a Javadoc comment's " * "). */
  private static List<String> snippets(Path file, Pattern block, Pattern linePrefix)
      throws IOException {
    List<String> found = new ArrayList<>();
    Matcher m = block.matcher(Files.readString(file, StandardCharsets.UTF_8));
    while (m.find()) {
      found.add(linePrefix.matcher(m.group(1)).replaceAll(""));
    }
    return found;
  }

  private static List<String> readme() throws IOException {
    return snippets(repositoryRoot().resolve("README.md"), MARKDOWN, NO_PREFIX);
  }

  private static List<String> overview(String module) throws IOException {
    Path file = repositoryRoot().resolve(module).resolve("src/main/java/module-info.java");
    return snippets(file, JAVADOC, COMMENT_PREFIX);
  }

  @Test
  void theReadmeAndTheModuleOverviewsHaveTheirExamples() throws IOException {
    assertEquals(6, readme().size());
    assertEquals(1, overview("core").size());
    assertEquals(1, overview("json").size());
    assertEquals(1, overview("json-jackson3").size());
    assertEquals(1, overview("html").size());
  }

  @Test
  void everyExampleCompilesWithTheImportsItShows() throws IOException, URISyntaxException {
    List<String> all = new ArrayList<>();
    all.addAll(readme());
    all.addAll(overview("core"));
    all.addAll(overview("json"));
    all.addAll(overview("json-jackson3"));
    all.addAll(overview("html"));

    assertEquals("", errors(all));
  }

  @Test
  void anExampleWithoutTheImportsItNeedsDoesNotCompile() throws IOException, URISyntaxException {
    String errors = errors(List.of("Initiative initiative = Initiative.builder().build();\n"));
    assertTrue(errors.contains("Initiative"), errors);
  }

  /** Compiles the snippets; the compiler's errors, or "" if they compile. */
  private static String errors(List<String> snippets) throws IOException, URISyntaxException {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      sources.add(source("Snippet" + i, snippets.get(i)));
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out = Files.createTempDirectory("snippets");
    boolean compiled =
        compiler
            .getTask(
                null,
                null,
                diagnostics,
                List.of("-proc:none", "-d", out.toString(), "-classpath", classPath()),
                null,
                sources)
            .call();
    StringBuilder errors = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.append(d).append('\n');
      }
    }
    return compiled ? "" : errors.toString();
  }

  /** A class whose imports are the snippet's and whose one method holds its other lines. */
  private static JavaFileObject source(String name, String snippet) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : snippet.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    String code =
        imports
            + "class "
            + name
            + " {\n  static void example() throws Exception {\n"
            + body
            + "  }\n}\n";
    return new SimpleJavaFileObject(
        URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }

  /** The test's class path, with the library's own classes first. */
  private static String classPath() throws URISyntaxException {
    return location(Initiative.class)
        + File.pathSeparator
        + location(CollectiveImpactJson.class)
        + File.pathSeparator
        + System.getProperty("java.class.path");
  }

  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
