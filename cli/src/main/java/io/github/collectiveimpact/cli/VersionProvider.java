package io.github.collectiveimpact.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The tool's version, from the resource the build writes from the pom ({@code version.properties}). */
public final class VersionProvider implements IVersionProvider {
  private static final String RESOURCE = "/io/github/collectiveimpact/cli/version.properties";

  /** Creates the provider; picocli calls it for {@code --version}. */
  public VersionProvider() {}

  /**
   * The version of the tool, e.g. {@code 0.1.0}.
   *
   * @return the version
   */
  public static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The lines {@code --version} prints.
   *
   * @return one line: the program's name and version
   */
  @Override
  public String[] getVersion() {
    return new String[] {Run.PROGRAM + " " + version()};
  }
}
