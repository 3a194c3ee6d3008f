package io.github.collectiveimpact.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.collectiveimpact.json.format.internal.BoundTypes;
import io.github.collectiveimpact.json.format.internal.Codec;
import io.github.collectiveimpact.json.format.internal.Root;
import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.validation.ValidationReport;
import java.util.List;
import java.util.Locale;

/**
 * Binds the model and the validation report to the JSON format of this library in an {@code ObjectMapper}
 * of the caller's: {@code mapper.registerModule(new CollectiveImpactModule())}.
 *
 * <p>The module registers mix-ins for every model type (the model has no Jackson annotation), reads each
 * type through its builder (so that the model's invariants are checked), and writes and reads
 * {@link Cadence} as its ISO-8601 period ({@code "P3M"}), {@link DisaggregationDimension} as its key
 * ({@code "race_ethnicity"}), the model's and the validation's enum constants in lower-case snake case
 * ({@code "k12_education"}), dates as ISO-8601 strings ({@code "2020-06-30"}) and
 * {@link ValidationReport} in the report format. An initiative is written with its {@code schemaVersion}
 * first, and read only with a {@code schemaVersion} of a supported major version.
 *
 * <p>The format does not depend on the mapper's settings: property names stay the attribute names in
 * camelCase under any {@code PropertyNamingStrategy} (even with {@code ALLOW_EXPLICIT_PROPERTY_RENAMING}),
 * dates stay ISO-8601 strings with {@code WRITE_DATES_AS_TIMESTAMPS} on, enums stay lower-case names
 * whatever the enum features, and empty optional attributes and empty collections are left out whatever
 * the mapper's default inclusion or property sorting. What the mapper decides is how strict reading is
 * (unknown properties, coercion of scalars, duplicate keys, trailing tokens, limits), the layout
 * ({@code INDENT_OUTPUT}) and how doubles are printed (the same values, not always the same digits);
 * {@link CollectiveImpactJson} reads strictly, within limits, with a mapper of its own.
 *
 * <p>The module needs Jackson's {@link Jdk8Module} to write the model's {@code Optional} attributes and
 * declares it as a dependency, so {@code registerModule} registers it too (once, if it is already there).
 * It does not need the Java time module: it writes and reads its dates itself, and leaves the mapper's
 * handling of the caller's own dates alone.
 *
 * <p>A mapper with default typing activated ({@code activateDefaultTyping}) is not supported: the model's
 * types themselves never carry type information, but such a mapper would still wrap the collections and
 * change the format. Untrusted documents are best read with {@link CollectiveImpactJson}, which never takes
 * type information from a document.
 *
 * <p>The module holds no state; one instance may be registered in any number of mappers.
 */
public final class CollectiveImpactModule extends Module {
  private final Locale locale;

  /** Creates the module, whose problems' messages are in English. */
  public CollectiveImpactModule() {
    this(Locale.ENGLISH);
  }

  /**
   * Creates the module with the language of its problems' messages.
   *
   * @param locale Japanese for a locale whose language is {@code ja}, English for any other
   */
  public CollectiveImpactModule(Locale locale) {
    this.locale = java.util.Objects.requireNonNull(locale, "locale");
  }

  /**
   * The module's name.
   *
   * @return {@code "collective-impact"}
   */
  @Override
  public String getModuleName() {
    return "collective-impact";
  }

  /**
   * The module's version; unknown, as the library does not stamp it into its classes.
   *
   * @return {@link Version#unknownVersion()}
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * The modules this one needs: {@link Jdk8Module}, for the model's {@code Optional} attributes.
   *
   * @return the Jdk8 module
   */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module());
  }

  /**
   * Registers the mix-ins, the serializers and deserializers, and the handling of the schema version.
   *
   * @param context the mapper's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    BoundTypes.register(
        new BoundTypes.Registrar() {
          @Override
          public <T> void add(Class<T> type, Codec<T> codec, Root<T> root) {
            serializers.addSerializer(type, new FormatBinding.Writer<>(type, codec, root));
            deserializers.addDeserializer(
                type, new FormatBinding.Reader<>(type, codec, root, locale));
          }
        });
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }
}
