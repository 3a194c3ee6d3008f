package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.json.ProfileJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code collective-impact schema [initiative|report|profile]}: a JSON Schema the json module ships. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class SchemaCommand implements Callable<Integer> {
  private final Run run;

  @Spec CommandSpec spec;

  @Option(names = "--lang", paramLabel = "en|ja", descriptionKey = "option.lang")
  String lang;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "initiative|report|profile",
      descriptionKey = "schema.document")
  String document = "initiative";

  SchemaCommand(Run run) {
    this.run = run;
  }

  @Override
  public Integer call() {
    Language.check(lang, spec, run.texts());
    String schema;
    switch (document) {
      case "initiative":
        schema = CollectiveImpactJson.initiativeSchema();
        break;
      case "report":
        schema = CollectiveImpactJson.reportSchema();
        break;
      case "profile":
        schema = ProfileJson.schema();
        break;
      default:
        throw new ParameterException(
            spec.commandLine(),
            run.texts().get("error.value", "schema", document, "initiative|report|profile"));
    }
    run.out().print(schema);
    run.out().flush();
    return ExitCodes.OK;
  }
}
