package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.json.ProfileJson;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.profiles.Profiles;
import io.github.collectiveimpact.validation.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The value of {@code --profile}: the name of a profile that ships with the library ({@link
 * Profiles#names()}), else a profile document ({@link ProfileJson}). Anything wrong with it is a bad
 * command line (status 2), with where in the document.
 */
final class ProfileOption {
  private ProfileOption() {}

  static Profile resolve(String value, CommandSpec spec, Texts texts) {
    Optional<Profile> named = Profiles.byName(value);
    if (named.isPresent()) {
      return named.get();
    }
    Path file;
    try {
      file = Path.of(value);
    } catch (InvalidPathException e) {
      throw unknown(value, spec, texts);
    }
    if (!Files.exists(file)) {
      throw unknown(value, spec, texts);
    }
    try {
      return ProfileJson.of(texts.locale()).read(file);
    } catch (InitiativeFormatException e) {
      throw new ParameterException(
          spec.commandLine(), "--profile " + Problems.located(value, e, texts));
    } catch (NoSuchFileException e) {
      throw unknown(value, spec, texts);
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--profile " + texts.get("input.unreadable", value, Inputs.reason(e)));
    }
  }

  private static ParameterException unknown(String value, CommandSpec spec, Texts texts) {
    return new ParameterException(
        spec.commandLine(), texts.get("error.profile", value, String.join(", ", Profiles.names())));
  }
}
