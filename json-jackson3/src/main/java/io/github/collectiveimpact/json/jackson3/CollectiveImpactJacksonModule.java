package io.github.collectiveimpact.json.jackson3;

import io.github.collectiveimpact.json.format.internal.BoundTypes;
import io.github.collectiveimpact.json.format.internal.Codec;
import io.github.collectiveimpact.json.format.internal.Root;
import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.DisaggregationDimension;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * Binds the model and the validation report to the JSON format of this library in a Jackson 3 mapper of
 * the caller's: {@code JsonMapper.builder().addModule(new CollectiveImpactJacksonModule()).build()}.
 *
 * <p>Every model type of the initiative, {@link io.github.collectiveimpact.validation.ValidationReport},
 * {@link Cadence}, {@link DisaggregationDimension} and the model's and the validation's enums are written
 * and read by the same format definition as {@link CollectiveImpactJson} and the Jackson 2 binding use;
 * an initiative or a report is written with its {@code schemaVersion} first, and read only with a {@code
 * schemaVersion} of a supported major version.
 *
 * <p>The format does not depend on the mapper's settings: property names, their order, dates, enums and
 * the leaving out of empty values stay the format's under any naming strategy, property sorting,
 * {@code WRITE_DATES_AS_TIMESTAMPS} or inclusion, and unknown properties of the format's objects are
 * refused even when the mapper allows them (Jackson 3 does by default). What the mapper decides is the
 * layout (indentation), its stream limits and whether content after a value is allowed.
 *
 * <p>The module holds no state; one instance may be registered in any number of mappers.
 */
public final class CollectiveImpactJacksonModule extends JacksonModule {
  private final Locale locale;

  /** Creates the module, whose problems' messages are in English. */
  public CollectiveImpactJacksonModule() {
    this(Locale.ENGLISH);
  }

  /**
   * Creates the module with the language of its problems' messages.
   *
   * @param locale Japanese for a locale whose language is {@code ja}, English for any other
   */
  public CollectiveImpactJacksonModule(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
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
   * Registers the serializers and deserializers of the model's types.
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
