package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.validation.RuleCatalogue;
import io.github.collectiveimpact.validation.Validator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code collective-impact rules}: the rule catalogue, as {@link RuleCatalogue#toMarkdown(java.util.Locale)}
 * renders it in the run's language ({@code --lang}, else the JVM's locale): in English the text of {@code
 * RULES.md}, in Japanese its translation. With {@code --profile}, of the rules a validator with that
 * profile runs; a profile's own rules keep their English title and rationale.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class RulesCommand implements Callable<Integer> {
  private final Run run;

  @Spec CommandSpec spec;

  @Option(names = "--lang", paramLabel = "en|ja", descriptionKey = "option.lang")
  String lang;

  @Option(names = "--profile", paramLabel = "NAME|FILE.json", descriptionKey = "option.profile")
  String profile;

  RulesCommand(Run run) {
    this.run = run;
  }

  @Override
  public Integer call() {
    Language.check(lang, spec, run.texts());
    Validator.Builder builder = Validator.builder();
    if (profile != null) {
      builder.profile(ProfileOption.resolve(profile, spec, run.texts()));
    }
    run.out()
        .print(
            RuleCatalogue.of(builder.build().ruleDescriptors()).toMarkdown(run.texts().locale()));
    run.out().flush();
    return ExitCodes.OK;
  }
}
