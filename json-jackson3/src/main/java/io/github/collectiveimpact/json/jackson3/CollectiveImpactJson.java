package io.github.collectiveimpact.json.jackson3;

import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.json.format.ReadResult;
import io.github.collectiveimpact.json.format.internal.DocumentReader;
import io.github.collectiveimpact.json.format.internal.InitiativeFormat;
import io.github.collectiveimpact.json.format.internal.JsonInput;
import io.github.collectiveimpact.json.format.internal.Reading;
import io.github.collectiveimpact.json.format.internal.ReportFormat;
import io.github.collectiveimpact.json.format.internal.Root;
import io.github.collectiveimpact.json.format.internal.Schemas;
import io.github.collectiveimpact.json.jackson3.internal.Jackson3Input;
import io.github.collectiveimpact.json.jackson3.internal.Jackson3Output;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes initiatives and validation reports as JSON, strictly, with Jackson 3: the same format,
 * the same problems and the same bytes as the Jackson 2 binding's {@code
 * io.github.collectiveimpact.json.CollectiveImpactJson}.
 *
 * <p>{@code CollectiveImpactJson.create()} gives a reader and writer with the defaults; {@link #builder()}
 * sets the options. An instance is immutable and thread-safe; it uses Jackson objects of its own, which
 * no caller can reach or reconfigure. To bind the same format in a Jackson 3 {@code JsonMapper} of your
 * own, register a {@link CollectiveImpactJacksonModule}.
 *
 * <h2>Reading</h2>
 *
 * <p>Documents from elsewhere are untrusted. Every kind of bad input, whether it is malformed JSON, an
 * unknown or duplicate property, a {@code null}, a value of the wrong type, a bad date or enum constant, a
 * missing required property, a value that breaks a rule of the model, an unsupported
 * {@code schemaVersion}, content after the document or a document beyond a limit, gives one {@link
 * InitiativeFormatException} that names the JSON Pointer, line and column of the offending value.
 * Nothing of Jackson's, no {@code NullPointerException} and no {@code StackOverflowError} reaches the
 * caller. The limits (nesting depth, string length, number length, document size) are checked as the
 * input is read, before anything is built from it, so an oversized or deeply nested document fails early
 * whatever its content.
 *
 * <p>A strict reader (the default) refuses unknown properties. A {@linkplain Builder#lenient(boolean)
 * lenient} one skips them (their values too, within the limits) and {@code readInitiativeResult} and
 * {@code readReportResult} list what was skipped; everything else is as strict.
 *
 * <p>Reading never closes a {@link Reader} or {@link InputStream} it is given; it closes the file it opens
 * for a {@link Path}. Text is read from bytes as UTF-8 (or UTF-16 or UTF-32 when the bytes show it, as RFC
 * 8259 allows a reader to).
 *
 * <h2>Writing</h2>
 *
 * <p>Writing gives the same bytes for equal values: properties in the order of the model's attributes,
 * {@code schemaVersion} first, empty optional attributes and empty collections left out, doubles in their
 * shortest form. Output to an {@link OutputStream} is UTF-8. Writing never closes the {@link Writer} or
 * {@link OutputStream} it is given; it flushes it.
 */
public final class CollectiveImpactJson {
  private static final ObjectReadContext READ = ObjectReadContext.empty();

  /** The schema version this library writes, {@value}; it reads every {@code 1.x}. */
  public static final String SCHEMA_VERSION = InitiativeFormat.VERSION;

  /**
   * The schema version of the validation reports this library writes, {@value}; it reads every {@code
   * 1.x} report (1.0 reports have no {@code results} section).
   */
  public static final String REPORT_SCHEMA_VERSION = ReportFormat.VERSION;

  /**
   * The class-path location of the JSON Schema (draft 2020-12) of the initiative document, {@value}; see
   * {@link #initiativeSchema()}.
   */
  public static final String INITIATIVE_SCHEMA_RESOURCE = Schemas.INITIATIVE_RESOURCE;

  /**
   * The class-path location of the JSON Schema (draft 2020-12) of the validation report document, {@value};
   * see {@link #reportSchema()}.
   */
  public static final String REPORT_SCHEMA_RESOURCE = Schemas.REPORT_RESOURCE;

  /** The default limit of nesting of arrays and objects, {@value}; the format itself needs 8. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = Reading.DEFAULT_MAX_NESTING_DEPTH;

  /** The default limit of the length of a string value, in characters: {@value}. */
  public static final int DEFAULT_MAX_STRING_LENGTH = Reading.DEFAULT_MAX_STRING_LENGTH;

  /** The default limit of the length of a number, in characters: {@value}. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = Reading.DEFAULT_MAX_NUMBER_LENGTH;

  /**
   * The default limit of the size of a document, {@value} (256 MiB): bytes for binary input, characters
   * for text input.
   */
  public static final long DEFAULT_MAX_DOCUMENT_SIZE = Reading.DEFAULT_MAX_DOCUMENT_SIZE;

  private final boolean lenient;
  private final boolean prettyPrint;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final long maxDocumentSize;
  private final Locale locale;
  private final int maxProblems;

  private final JsonFactory factory;
  private final ObjectWriter writer;
  private final Reading reading;

  private CollectiveImpactJson(Builder b) {
    this.lenient = b.lenient;
    this.prettyPrint = b.prettyPrint;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxDocumentSize = b.maxDocumentSize;
    this.locale = b.locale;
    this.maxProblems = b.maxProblems;
    this.reading =
        new Reading(
            lenient,
            new DocumentReader.Limits(
                maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentSize),
            locale,
            maxProblems);

    // Duplicate properties are the reader's to find, so that they are reported with the others; the
    // writer's features are Jackson 2's defaults, so that both bindings write the same bytes.
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(maxNestingDepth)
                    .maxStringLength(maxStringLength)
                    .maxNumberLength(maxNumberLength)
                    .maxDocumentLength(maxDocumentSize)
                    .build())
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();
    JsonMapper mapper = JsonMapper.builder(factory).build();
    this.writer = prettyPrint ? mapper.writer().with(printer()) : mapper.writer();
  }

  /**
   * A reader and writer with the defaults: strict, compact output, and the default limits.
   *
   * @return the instance
   */
  public static CollectiveImpactJson create() {
    return builder().build();
  }

  /**
   * A builder of a reader and writer with options.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  // ----------------------------------------------------------------------------------------
  // initiatives

  /**
   * Reads an initiative.
   *
   * @param json the document
   * @return the initiative
   * @throws InitiativeFormatException if the document is not a valid initiative document
   */
  public Initiative readInitiative(String json) throws InitiativeFormatException {
    return readInitiativeResult(json).value();
  }

  /**
   * Reads an initiative from text; the reader is not closed.
   *
   * @param json the document
   * @return the initiative
   * @throws InitiativeFormatException if the document is not a valid initiative document
   * @throws IOException if reading fails
   */
  public Initiative readInitiative(Reader json) throws IOException {
    return readInitiativeResult(json).value();
  }

  /**
   * Reads an initiative from bytes; the stream is not closed.
   *
   * @param json the document
   * @return the initiative
   * @throws InitiativeFormatException if the document is not a valid initiative document
   * @throws IOException if reading fails
   */
  public Initiative readInitiative(InputStream json) throws IOException {
    return readInitiativeResult(json).value();
  }

  /**
   * Reads an initiative from a file.
   *
   * @param file the document's file
   * @return the initiative
   * @throws InitiativeFormatException if the document is not a valid initiative document
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws IOException if reading fails
   */
  public Initiative readInitiative(Path file) throws IOException {
    return readInitiativeResult(file).value();
  }

  /**
   * Reads an initiative, and says which unknown properties a lenient reader skipped.
   *
   * @param json the document
   * @return the initiative and the skipped properties
   * @throws InitiativeFormatException if the document is not a valid initiative document
   */
  public ReadResult<Initiative> readInitiativeResult(String json) throws InitiativeFormatException {
    return readString(InitiativeFormat.DOCUMENT, json);
  }

  /**
   * Reads an initiative from text, and says which unknown properties a lenient reader skipped; the reader
   * is not closed.
   *
   * @param json the document
   * @return the initiative and the skipped properties
   * @throws InitiativeFormatException if the document is not a valid initiative document
   * @throws IOException if reading fails
   */
  public ReadResult<Initiative> readInitiativeResult(Reader json) throws IOException {
    Objects.requireNonNull(json, "json");
    return readDocument(InitiativeFormat.DOCUMENT, f -> f.createParser(READ, json), -1);
  }

  /**
   * Reads an initiative from bytes, and says which unknown properties a lenient reader skipped; the
   * stream is not closed.
   *
   * @param json the document
   * @return the initiative and the skipped properties
   * @throws InitiativeFormatException if the document is not a valid initiative document
   * @throws IOException if reading fails
   */
  public ReadResult<Initiative> readInitiativeResult(InputStream json) throws IOException {
    Objects.requireNonNull(json, "json");
    return readDocument(InitiativeFormat.DOCUMENT, f -> f.createParser(READ, json), -1);
  }

  /**
   * Reads an initiative from a file, and says which unknown properties a lenient reader skipped.
   *
   * @param file the document's file
   * @return the initiative and the skipped properties
   * @throws InitiativeFormatException if the document is not a valid initiative document
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws IOException if reading fails
   */
  public ReadResult<Initiative> readInitiativeResult(Path file) throws IOException {
    return readFile(InitiativeFormat.DOCUMENT, file);
  }

  /**
   * Writes an initiative.
   *
   * @param initiative the initiative
   * @return the document
   */
  public String writeInitiative(Initiative initiative) {
    return writeString(InitiativeFormat.DOCUMENT, Objects.requireNonNull(initiative, "initiative"));
  }

  /**
   * Writes an initiative as text; the writer is flushed, not closed.
   *
   * @param initiative the initiative
   * @param out where to write the document
   * @throws IOException if writing fails
   */
  public void writeInitiative(Initiative initiative, Writer out) throws IOException {
    Objects.requireNonNull(initiative, "initiative");
    write(
        InitiativeFormat.DOCUMENT,
        initiative,
        writer.createGenerator(Objects.requireNonNull(out, "out")));
    out.flush();
  }

  /**
   * Writes an initiative as UTF-8 bytes; the stream is flushed, not closed.
   *
   * @param initiative the initiative
   * @param out where to write the document
   * @throws IOException if writing fails
   */
  public void writeInitiative(Initiative initiative, OutputStream out) throws IOException {
    Objects.requireNonNull(initiative, "initiative");
    write(
        InitiativeFormat.DOCUMENT,
        initiative,
        writer.createGenerator(Objects.requireNonNull(out, "out")));
    out.flush();
  }

  private <T> String writeString(Root<T> root, T value) {
    StringWriter out = new StringWriter();
    try {
      write(root, value, writer.createGenerator(out));
    } catch (IOException e) {
      // Writing to a string does no I/O.
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private <T> void write(Root<T> root, T value, JsonGenerator generator) throws IOException {
    try (JsonGenerator g = generator) {
      root.write(new Jackson3Output(g), value);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /** The pretty printer of the Jackson 2 binding, for the same bytes: two spaces, {@code \n}. */
  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  // --------------------------------------------------------------------------------------------
  // reports

  /**
   * Reads a validation report.
   *
   * @param json the document
   * @return the report
   * @throws InitiativeFormatException if the document is not a valid report document
   */
  public ValidationReport readReport(String json) throws InitiativeFormatException {
    return readReportResult(json).value();
  }

  /**
   * Reads a validation report from text; the reader is not closed.
   *
   * @param json the document
   * @return the report
   * @throws InitiativeFormatException if the document is not a valid report document
   * @throws IOException if reading fails
   */
  public ValidationReport readReport(Reader json) throws IOException {
    return readReportResult(json).value();
  }

  /**
   * Reads a validation report from bytes; the stream is not closed.
   *
   * @param json the document
   * @return the report
   * @throws InitiativeFormatException if the document is not a valid report document
   * @throws IOException if reading fails
   */
  public ValidationReport readReport(InputStream json) throws IOException {
    return readReportResult(json).value();
  }

  /**
   * Reads a validation report from a file.
   *
   * @param file the document's file
   * @return the report
   * @throws InitiativeFormatException if the document is not a valid report document
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws IOException if reading fails
   */
  public ValidationReport readReport(Path file) throws IOException {
    return readReportResult(file).value();
  }

  /**
   * Reads a validation report, and says which unknown properties a lenient reader skipped.
   *
   * @param json the document
   * @return the report and the skipped properties
   * @throws InitiativeFormatException if the document is not a valid report document
   */
  public ReadResult<ValidationReport> readReportResult(String json)
      throws InitiativeFormatException {
    return readString(ReportFormat.DOCUMENT, json);
  }

  /**
   * Reads a validation report from text, and says which unknown properties a lenient reader skipped; the
   * reader is not closed.
   *
   * @param json the document
   * @return the report and the skipped properties
   * @throws InitiativeFormatException if the document is not a valid report document
   * @throws IOException if reading fails
   */
  public ReadResult<ValidationReport> readReportResult(Reader json) throws IOException {
    Objects.requireNonNull(json, "json");
    return readDocument(ReportFormat.DOCUMENT, f -> f.createParser(READ, json), -1);
  }

  /**
   * Reads a validation report from bytes, and says which unknown properties a lenient reader skipped;
   * the stream is not closed.
   *
   * @param json the document
   * @return the report and the skipped properties
   * @throws InitiativeFormatException if the document is not a valid report document
   * @throws IOException if reading fails
   */
  public ReadResult<ValidationReport> readReportResult(InputStream json) throws IOException {
    Objects.requireNonNull(json, "json");
    return readDocument(ReportFormat.DOCUMENT, f -> f.createParser(READ, json), -1);
  }

  /**
   * Reads a validation report from a file, and says which unknown properties a lenient reader skipped.
   *
   * @param file the document's file
   * @return the report and the skipped properties
   * @throws InitiativeFormatException if the document is not a valid report document
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws IOException if reading fails
   */
  public ReadResult<ValidationReport> readReportResult(Path file) throws IOException {
    return readFile(ReportFormat.DOCUMENT, file);
  }

  /**
   * Writes a validation report.
   *
   * @param report the report
   * @return the document
   */
  public String writeReport(ValidationReport report) {
    return writeString(ReportFormat.DOCUMENT, Objects.requireNonNull(report, "report"));
  }

  /**
   * Writes a validation report as text; the writer is flushed, not closed.
   *
   * @param report the report
   * @param out where to write the document
   * @throws IOException if writing fails
   */
  public void writeReport(ValidationReport report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    write(
        ReportFormat.DOCUMENT, report, writer.createGenerator(Objects.requireNonNull(out, "out")));
    out.flush();
  }

  /**
   * Writes a validation report as UTF-8 bytes; the stream is flushed, not closed.
   *
   * @param report the report
   * @param out where to write the document
   * @throws IOException if writing fails
   */
  public void writeReport(ValidationReport report, OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    write(
        ReportFormat.DOCUMENT, report, writer.createGenerator(Objects.requireNonNull(out, "out")));
    out.flush();
  }

  // --------------------------------------------------------------------------------------------
  // schemas

  /**
   * The JSON Schema (draft 2020-12) of the initiative document, as shipped at {@link
   * #INITIATIVE_SCHEMA_RESOURCE}. It describes the structure (properties, types, required properties,
   * enum constants, the forms of dates, periods and keys); the reader checks that and the model's
   * construction rules besides (ids not blank, dates in order, values that fit their unit).
   *
   * @return the schema's text
   */
  public static String initiativeSchema() {
    return Schemas.initiative();
  }

  /**
   * The JSON Schema (draft 2020-12) of the validation report document, as shipped at {@link
   * #REPORT_SCHEMA_RESOURCE}.
   *
   * @return the schema's text
   */
  public static String reportSchema() {
    return Schemas.report();
  }

  // --------------------------------------------------------------------------------------------
  // options

  /**
   * Whether this reader skips unknown properties instead of failing on them.
   *
   * @return {@code true} if lenient
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Whether this writer indents its output.
   *
   * @return {@code true} if it indents
   */
  public boolean isPrettyPrint() {
    return prettyPrint;
  }

  /**
   * The deepest nesting of arrays and objects this reader accepts.
   *
   * @return the limit
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * The longest string value this reader accepts, in characters.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The longest number this reader accepts, in characters.
   *
   * @return the limit
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * The largest document this reader accepts: bytes for binary input, characters for text input.
   *
   * @return the limit
   */
  public long maxDocumentSize() {
    return maxDocumentSize;
  }

  /**
   * The language of the problems' messages.
   *
   * @return the locale given to the builder, {@link Locale#ENGLISH} by default
   */
  public Locale locale() {
    return locale;
  }

  /**
   * How many problems reading lists before it stops.
   *
   * @return the limit
   */
  public int maxProblems() {
    return maxProblems;
  }

  // -------------------------------------------------------------------------------------------
  // internals

  /** Opens a parser on the input. */
  @FunctionalInterface
  private interface Source {
    JsonParser open(JsonFactory factory) throws IOException;
  }

  private <T> ReadResult<T> readString(Root<T> root, String json) throws InitiativeFormatException {
    Objects.requireNonNull(json, "json");
    reading.checkLength(json);
    try {
      return readDocument(root, f -> f.createParser(READ, json), -1);
    } catch (InitiativeFormatException e) {
      throw e;
    } catch (IOException e) {
      // A string holds no I/O: only its content fails, and the reader reports that as a problem.
      throw new UncheckedIOException(e);
    }
  }

  private <T> ReadResult<T> readFile(Root<T> root, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    long size = Files.size(file);
    try (InputStream in = Files.newInputStream(file)) {
      return readDocument(root, f -> f.createParser(READ, in), size);
    }
  }

  private <T> ReadResult<T> readDocument(Root<T> root, Source source, long size)
      throws IOException {
    return reading.read(root, () -> open(source), size);
  }

  private JsonInput open(Source source) throws IOException {
    try {
      return new Jackson3Input(source.open(factory));
    } catch (JacksonException e) {
      // The input's own failure to be read is thrown as it is; anything else is bytes of no
      // encoding.
      throw new JsonInput.Failure(
          JsonInput.Failure.Kind.ENCODING, -1, -1, Jackson3Input.failure(e, null));
    }
  }

  /** Sets the options of a {@link CollectiveImpactJson}. Not thread-safe; the built instance is. */
  public static final class Builder {
    private boolean lenient;
    private boolean prettyPrint;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private long maxDocumentSize = DEFAULT_MAX_DOCUMENT_SIZE;
    private Locale locale = Locale.ENGLISH;
    private int maxProblems = InitiativeFormatException.MAX_PROBLEMS;

    private Builder() {}

    /**
     * Sets the language of the problems' messages: Japanese for a locale whose language is {@code ja},
     * English for any other. English by default, whatever the JVM's locale.
     *
     * @param locale the language
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets how many problems reading lists before it stops, {@value
     * InitiativeFormatException#MAX_PROBLEMS} by default.
     *
     * @param count at least 1
     * @return this builder
     */
    public Builder maxProblems(int count) {
      this.maxProblems = positive(count, "maxProblems");
      return this;
    }

    /**
     * Whether to skip unknown properties (and list them in a {@link ReadResult}) instead of failing on
     * them. Off by default.
     *
     * @param lenient {@code true} to skip unknown properties
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * Whether to indent the output (two spaces, {@code \n} line ends on every platform). Off by default.
     *
     * @param prettyPrint {@code true} to indent
     * @return this builder
     */
    public Builder prettyPrint(boolean prettyPrint) {
      this.prettyPrint = prettyPrint;
      return this;
    }

    /**
     * The deepest nesting of arrays and objects to accept; {@value #DEFAULT_MAX_NESTING_DEPTH} by default.
     * The format itself nests 8 deep at most.
     *
     * @param depth at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code depth} is below 1
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = positive(depth, "maxNestingDepth");
      return this;
    }

    /**
     * The longest string value to accept, in characters; {@value #DEFAULT_MAX_STRING_LENGTH} by default.
     *
     * @param length at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is below 1
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = positive(length, "maxStringLength");
      return this;
    }

    /**
     * The longest number to accept, in characters; {@value #DEFAULT_MAX_NUMBER_LENGTH} by default.
     *
     * @param length at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is below 1
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = positive(length, "maxNumberLength");
      return this;
    }

    /**
     * The largest document to accept, in bytes for binary input and characters for text input; 256 MiB by
     * default. A document takes several times its size in memory once read; choose the limit with the
     * heap in mind.
     *
     * @param size at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code size} is below 1
     */
    public Builder maxDocumentSize(long size) {
      this.maxDocumentSize = Reading.positive(size, "maxDocumentSize");
      return this;
    }

    /**
     * Builds the reader and writer.
     *
     * @return a new instance with this builder's options
     */
    public CollectiveImpactJson build() {
      return new CollectiveImpactJson(this);
    }

    private static int positive(int value, String name) {
      return (int) Reading.positive(value, name);
    }
  }
}
