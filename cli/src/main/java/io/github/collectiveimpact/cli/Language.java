package io.github.collectiveimpact.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks the value of {@code --lang}; the language itself was chosen before parsing ({@link Texts}). */
final class Language {
  private Language() {}

  static void check(String lang, CommandSpec spec, Texts texts) {
    if (lang != null && !Texts.LANGUAGES.contains(lang)) {
      throw new ParameterException(
          spec.commandLine(), texts.get("error.value", "--lang", lang, "en|ja"));
    }
  }
}
