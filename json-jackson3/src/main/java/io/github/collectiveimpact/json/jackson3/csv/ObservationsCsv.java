package io.github.collectiveimpact.json.jackson3.csv;

import io.github.collectiveimpact.json.format.CsvReadResult;
import io.github.collectiveimpact.json.format.ObservationsFormatException;
import io.github.collectiveimpact.json.format.internal.CsvObservations;
import io.github.collectiveimpact.json.format.internal.JsonInput;
import io.github.collectiveimpact.json.jackson3.internal.Jackson3Input;
import io.github.collectiveimpact.json.jackson3.internal.Jackson3Output;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Observation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Reads observations from CSV files, as partners send their numbers in spreadsheets, and writes them, with
 * Jackson 3's CSV format: the same files read and written the same way, with the same problems and the
 * same bytes, as the Jackson 2 binding's {@code io.github.collectiveimpact.json.csv.ObservationsCsv}. One
 * difference comes from the parsers and is left as it is: a field with spaces before its opening quote
 * ({@code 1, "12.5"}, which RFC 4180 does not allow and no spreadsheet writes) is unquoted here, where
 * Jackson 2 reads it as written, quotes included.
 *
 * <p>{@code ObservationsCsv.create()} gives a strict reader with the defaults; {@link #builder()} sets the
 * separator, the language of the messages, the limits and lenient reading. An instance is immutable and
 * thread-safe.
 *
 * <h2>The format</h2>
 *
 * <p>The first line, the header, names the columns, in any order, with the names of the JSON format:
 *
 * <ul>
 *   <li>{@code indicatorId}, {@code periodStart}, {@code periodEnd} and {@code value}: required, and
 *       required in every row;
 *   <li>{@code partnerId}, {@code note}: optional; an empty field means none;
 *   <li>{@code dimension} and {@code group}: optional, together, a disaggregation such as {@code income}
 *       / {@code low income} (the dimension a key in lower-case snake case, as in JSON); both empty means
 *       the whole population;
 *   <li>{@code seriesBreak}: optional, {@code true} or {@code false} (any case); empty means {@code false}.
 * </ul>
 *
 * <p>Dates are ISO dates ({@code 2024-06-30}); values are numbers with a point as the decimal separator
 * ({@code 12.5}, {@code -3}, {@code 1e6}), whatever the separator of the fields: {@code 12,5} is an error,
 * never 125. Fields are separated by commas, or by another character ({@link Builder#separator(char)},
 * e.g. the semicolon of spreadsheets in many European locales); a field with the separator, a double quote
 * or a line break inside is enclosed in double quotes, a double quote in it doubled. Text is UTF-8, with
 * or without a byte order mark. A row whose fields are all empty (a blank line) is skipped.
 *
 * <h2>Reading</h2>
 *
 * <p>Rows are read one at a time from the stream; only the observations are kept. Every problem is
 * reported with its line (the header is line 1), its column (the field's position, from 1) and the
 * column's name, all in one {@link ObservationsFormatException}, up to {@link Builder#maxProblems(int)}
 * problems: a value that is not a number, a bad date, an empty required field, a row with too many or too
 * few fields, a period that ends before it starts, and every other rule of the model. Problems of the
 * header (an unknown, duplicate or missing column) are reported alone, as the rows cannot be read without
 * it. A strict reader (the default) returns observations only from a file without any problem. A
 * {@linkplain Builder#lenient(boolean) lenient} reader ignores unknown columns and skips the rows with
 * problems, and {@link #readResult(Path)} says what it left out; it still fails on a duplicate or missing
 * column, a file that is not CSV or not UTF-8, and the limits.
 *
 * <p>Whether an observation's indicator and partner exist is not checked here: those are findings of the
 * validator, once the observations are part of an initiative ({@link #merge(Initiative, List)}).
 *
 * <p>Reading never closes a {@link Reader} or {@link InputStream} it is given; it closes the file it
 * opens for a {@link Path}.
 *
 * <h2>Writing</h2>
 *
 * <p>Writing gives the header and one row per observation, with every column, in the order above and with
 * the reader's separator, so that what is written reads back as the same observations. Values are written
 * in the shortest form that reads back as the same number ({@code 12} for 12.0). Writing never closes the
 * {@link Writer} it is given; it flushes it.
 */
public final class ObservationsCsv {
  /** The default limit of rows of observations in a file, {@value}. */
  public static final int DEFAULT_MAX_ROWS = CsvObservations.DEFAULT_MAX_ROWS;

  /** The default limit of the length of a field, in characters: {@value}. */
  public static final int DEFAULT_MAX_FIELD_LENGTH = CsvObservations.DEFAULT_MAX_FIELD_LENGTH;

  /** The default limit of problems listed by one exception, {@value}. */
  public static final int DEFAULT_MAX_PROBLEMS = CsvObservations.DEFAULT_MAX_PROBLEMS;

  private final char separator;
  private final Locale locale;
  private final int maxRows;
  private final int maxFieldLength;
  private final int maxProblems;
  private final boolean lenient;
  private final boolean byteOrderMark;

  private final CsvObservations format;

  private ObservationsCsv(Builder b) {
    this.separator = b.separator;
    this.locale = b.locale;
    this.maxRows = b.maxRows;
    this.maxFieldLength = b.maxFieldLength;
    this.maxProblems = b.maxProblems;
    this.lenient = b.lenient;
    this.byteOrderMark = b.byteOrderMark;
    this.format =
        new CsvObservations(
            new Engine(separator, maxFieldLength),
            locale,
            maxRows,
            maxFieldLength,
            maxProblems,
            lenient,
            byteOrderMark);
  }

  /** Jackson 3's CSV parser and generator, with the separator. */
  private static final class Engine implements CsvObservations.Engine {
    private final ObjectReader reader;
    private final ObjectWriter writer;

    Engine(char separator, int maxFieldLength) {
      // The features that differ from Jackson 2's defaults are set to those, so that both bindings
      // read and write the same text.
      CsvFactory factory =
          CsvFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder().maxStringLength(maxFieldLength).build())
              .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
              .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
              .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
              .enable(CsvReadFeature.WRAP_AS_ARRAY)
              .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
              .build();
      CsvSchema schema =
          CsvSchema.emptySchema()
              .withColumnSeparator(separator)
              .withLineSeparator("\n")
              .withoutHeader();
      CsvMapper mapper = CsvMapper.builder(factory).build();
      this.reader = mapper.readerFor(Object.class).with(schema);
      this.writer = mapper.writer(schema);
    }

    @Override
    public JsonInput open(Reader in) throws IOException {
      try {
        return new Jackson3Input(reader.createParser(in));
      } catch (JacksonException e) {
        throw Jackson3Input.failure(e, null);
      }
    }

    @Override
    public CsvObservations.Rows rows(Writer out) throws IOException {
      JsonGenerator g;
      try {
        g = writer.createGenerator(out);
      } catch (JacksonIOException e) {
        throw e.getCause();
      }
      return new CsvObservations.Rows() {
        @Override
        public void row(String[] fields) throws IOException {
          try {
            g.writeStartArray();
            for (String field : fields) {
              g.writeString(field);
            }
            g.writeEndArray();
          } catch (JacksonIOException e) {
            throw e.getCause();
          }
        }

        @Override
        public void close() throws IOException {
          try {
            g.close();
          } catch (JacksonIOException e) {
            throw e.getCause();
          }
        }
      };
    }

    @Override
    public String decimal(double value) {
      return Jackson3Output.text(value);
    }
  }

  /**
   * A strict reader and writer with the defaults: commas, English messages, the default limits.
   *
   * @return the instance
   */
  public static ObservationsCsv create() {
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

  // ---------------------------------------------------------------------------------------------
  // reading

  /**
   * Reads the observations of a file.
   *
   * @param file a CSV file in UTF-8
   * @return the observations, in the order of their rows
   * @throws ObservationsFormatException if the file has problems (for a lenient reader, only those it
   *     cannot skip)
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws IOException if reading fails
   */
  public List<Observation> read(Path file) throws IOException {
    return readResult(file).observations();
  }

  /**
   * Reads observations from text; the reader is not closed.
   *
   * @param csv the text
   * @return the observations, in the order of their rows
   * @throws ObservationsFormatException if the text has problems (for a lenient reader, only those it
   *     cannot skip)
   * @throws IOException if reading fails
   */
  public List<Observation> read(Reader csv) throws IOException {
    return readResult(csv).observations();
  }

  /**
   * Reads observations from UTF-8 bytes; the stream is not closed.
   *
   * @param csv the bytes
   * @return the observations, in the order of their rows
   * @throws ObservationsFormatException if the text has problems or is not UTF-8 (for a lenient reader,
   *     only the problems it cannot skip)
   * @throws IOException if reading fails
   */
  public List<Observation> read(InputStream csv) throws IOException {
    return readResult(csv).observations();
  }

  /**
   * Reads the observations of a file, and says what a lenient reader left out.
   *
   * @param file a CSV file in UTF-8
   * @return the observations and what was left out
   * @throws ObservationsFormatException if the file has problems (for a lenient reader, only those it
   *     cannot skip)
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws IOException if reading fails
   */
  public CsvReadResult readResult(Path file) throws IOException {
    return format.read(file);
  }

  /**
   * Reads observations from text, and says what a lenient reader left out; the reader is not closed.
   *
   * @param csv the text
   * @return the observations and what was left out
   * @throws ObservationsFormatException if the text has problems (for a lenient reader, only those it
   *     cannot skip)
   * @throws IOException if reading fails
   */
  public CsvReadResult readResult(Reader csv) throws IOException {
    return format.read(csv);
  }

  /**
   * Reads observations from UTF-8 bytes, and says what a lenient reader left out; the stream is not
   * closed.
   *
   * @param csv the bytes
   * @return the observations and what was left out
   * @throws ObservationsFormatException if the text has problems or is not UTF-8 (for a lenient reader,
   *     only the problems it cannot skip)
   * @throws IOException if reading fails
   */
  public CsvReadResult readResult(InputStream csv) throws IOException {
    return format.read(csv);
  }

  /**
   * Reads the observations of a file and adds them to an initiative's, as {@link #merge(Initiative,
   * List)} does.
   *
   * @param initiative the initiative
   * @param file a CSV file in UTF-8
   * @return a copy of the initiative with the file's observations after its own
   * @throws ObservationsFormatException if the file has problems (for a lenient reader, only those it
   *     cannot skip); then nothing is added
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws IOException if reading fails
   */
  public Initiative readInto(Initiative initiative, Path file) throws IOException {
    Objects.requireNonNull(initiative, "initiative");
    return merge(initiative, read(file));
  }

  /**
   * An initiative with more observations: its own, then the given ones, in their order.
   *
   * <p>Observations are added as they are, whatever they repeat: an observation of the same indicator,
   * period, partner and group as one already there is kept too, and the validator reports the two as
   * duplicates (rule ST-007), as it reports an observation of an unknown indicator or partner (ST-002,
   * ST-003). Nothing is replaced or dropped silently, so that a file sent twice shows in the report.
   *
   * @param initiative the initiative, which is not changed (it is immutable)
   * @param observations the observations to add
   * @return a copy of the initiative with the observations added; the initiative itself if there are none
   */
  public static Initiative merge(Initiative initiative, List<Observation> observations) {
    return CsvObservations.merge(initiative, observations);
  }

  // ---------------------------------------------------------------------------------------------
  // writing

  /**
   * Writes observations as CSV text; the writer is flushed, not closed.
   *
   * @param observations the observations
   * @param out where to write the text
   * @throws IOException if writing fails
   */
  public void write(List<Observation> observations, Writer out) throws IOException {
    format.write(observations, out);
  }

  /**
   * Writes observations to a file in UTF-8, replacing it if it exists.
   *
   * @param observations the observations
   * @param file the file
   * @throws IOException if writing fails
   */
  public void write(List<Observation> observations, Path file) throws IOException {
    format.write(observations, file);
  }

  /**
   * Writes observations as CSV text.
   *
   * @param observations the observations
   * @return the text
   */
  public String write(List<Observation> observations) {
    return format.write(observations);
  }

  /**
   * Writes a template for partners to fill in: the header, then one row per indicator of the initiative
   * with only its {@code indicatorId}; the writer is flushed, not closed. A row left as it is does not
   * read: its period and value are required.
   *
   * @param initiative the initiative whose indicators are listed
   * @param out where to write the text
   * @throws IOException if writing fails
   */
  public void writeTemplate(Initiative initiative, Writer out) throws IOException {
    format.writeTemplate(initiative, out);
  }

  // ---------------------------------------------------------------------------------------------
  // options

  /**
   * The character between fields.
   *
   * @return the separator, {@code ','} by default
   */
  public char separator() {
    return separator;
  }

  /**
   * The language of the problems' messages.
   *
   * @return the locale; Japanese for any locale whose language is Japanese, else English
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The most rows of observations a file may have.
   *
   * @return the limit
   */
  public int maxRows() {
    return maxRows;
  }

  /**
   * The longest field a file may have, in characters.
   *
   * @return the limit
   */
  public int maxFieldLength() {
    return maxFieldLength;
  }

  /**
   * The most problems one exception lists.
   *
   * @return the limit
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * Whether this reader ignores unknown columns and skips rows with problems.
   *
   * @return {@code true} if lenient
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Whether this writer starts its text with a byte order mark.
   *
   * @return {@code true} if it does
   */
  public boolean isByteOrderMark() {
    return byteOrderMark;
  }

  /** Sets the options of an {@link ObservationsCsv}. Not thread-safe; the built instance is. */
  public static final class Builder {
    private char separator = ',';
    private Locale locale = Locale.ENGLISH;
    private int maxRows = DEFAULT_MAX_ROWS;
    private int maxFieldLength = DEFAULT_MAX_FIELD_LENGTH;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;
    private boolean lenient;
    private boolean byteOrderMark;

    private Builder() {}

    /**
     * The character between fields: {@code ','} by default, or e.g. {@code ';'} or a tab. Decimals are
     * written with a point whatever the separator.
     *
     * @param separator the separator
     * @return this builder
     * @throws IllegalArgumentException if the separator is a double quote, a line break, a digit, a
     *     letter, a point, a sign or a space, which would make values ambiguous
     */
    public Builder separator(char separator) {
      this.separator = CsvObservations.separator(separator);
      return this;
    }

    /**
     * The language of the problems' messages: Japanese for a locale whose language is Japanese, else
     * English (the default).
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * The most rows of observations to read from one file (blank rows and the header not counted);
     * {@value #DEFAULT_MAX_ROWS} by default. A file with more is refused.
     *
     * @param rows at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code rows} is below 1
     */
    public Builder maxRows(int rows) {
      this.maxRows = positive(rows, "maxRows");
      return this;
    }

    /**
     * The longest field to accept, in characters; {@value #DEFAULT_MAX_FIELD_LENGTH} by default. A file
     * with a longer field is refused at that field.
     *
     * @param length at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is below 1
     */
    public Builder maxFieldLength(int length) {
      this.maxFieldLength = positive(length, "maxFieldLength");
      return this;
    }

    /**
     * The most problems to list; {@value #DEFAULT_MAX_PROBLEMS} by default. A strict reader stops at the
     * next one, and its exception says that it stopped ({@link ObservationsFormatException#truncated()}).
     *
     * @param problems at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code problems} is below 1
     */
    public Builder maxProblems(int problems) {
      this.maxProblems = positive(problems, "maxProblems");
      return this;
    }

    /**
     * Whether to ignore unknown columns and skip rows with problems (listing them in a {@link
     * CsvReadResult}) instead of failing. Off by default.
     *
     * @param lenient {@code true} to skip
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * Whether to start written text with a byte order mark, which some spreadsheets need to open UTF-8
     * text with non-ASCII characters as UTF-8. Off by default; reading accepts text with or without one.
     *
     * @param byteOrderMark {@code true} to write one
     * @return this builder
     */
    public Builder byteOrderMark(boolean byteOrderMark) {
      this.byteOrderMark = byteOrderMark;
      return this;
    }

    /**
     * Builds the reader and writer.
     *
     * @return a new instance with this builder's options
     */
    public ObservationsCsv build() {
      return new ObservationsCsv(this);
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + value);
      }
      return value;
    }
  }
}
