package io.github.collectiveimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The tool's texts: the same keys in English and Japanese, every help key present, every pattern valid. */
class CliMessagesTest {
  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    assertEquals(
        new TreeSet<>(load("CliMessages.properties").stringPropertyNames()),
        new TreeSet<>(load("CliMessages_ja.properties").stringPropertyNames()));
  }

  @Test
  void everyOptionAndArgumentOfEveryCommandHasItsDescriptionInTheBundle() throws IOException {
    Properties english = load("CliMessages.properties");
    PrintWriter sink = new PrintWriter(new StringWriter());
    CommandLine root =
        Main.commandLine(
            new Run(
                Texts.of("en"), new Environment(Locale.ENGLISH, false, Cli.AS_OF, 1), sink, sink));
    List<String> missing = new ArrayList<>();
    List<CommandSpec> specs = new ArrayList<>();
    specs.add(root.getCommandSpec());
    root.getSubcommands().values().forEach(c -> specs.add(c.getCommandSpec()));
    for (CommandSpec spec : specs) {
      if (!english.containsKey(spec.qualifiedName(".") + ".usage.description")) {
        missing.add(spec.qualifiedName(".") + ".usage.description");
      }
      for (ArgSpec arg : spec.args()) {
        if (arg.descriptionKey() == null || arg.descriptionKey().isEmpty()) {
          missing.add(spec.qualifiedName() + " " + arg.paramLabel());
        } else if (!english.containsKey(arg.descriptionKey())) {
          missing.add(arg.descriptionKey());
        }
      }
    }
    assertTrue(missing.isEmpty(), missing.toString());
  }

  @Test
  void everyMessageIsAValidPatternInBothLanguages() throws IOException {
    for (String bundle : new String[] {"CliMessages.properties", "CliMessages_ja.properties"}) {
      Properties properties = load(bundle);
      for (String key : properties.stringPropertyNames()) {
        if (key.startsWith("error.")
            || key.startsWith("input.")
            || key.startsWith("problem.")
            || key.startsWith("summary.")) {
          new MessageFormat(properties.getProperty(key), Locale.ROOT)
              .format(new Object[] {1, 2, 3, 4});
        }
      }
    }
  }
}
