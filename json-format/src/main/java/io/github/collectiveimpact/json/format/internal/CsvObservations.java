package io.github.collectiveimpact.json.format.internal;

import io.github.collectiveimpact.json.format.CsvReadResult;
import io.github.collectiveimpact.model.Disaggregation;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Observation;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The CSV format of observations, read and written the same way by every binding's {@code
 * ObservationsCsv}: the binding gives its CSV parser and generator ({@link Engine}); the columns, the
 * checks, the problems and the bytes written are here, once.
 */
public final class CsvObservations {
  /** The default limit of rows of observations in a file, {@value}. */
  public static final int DEFAULT_MAX_ROWS = 1_000_000;

  /** The default limit of the length of a field, in characters: {@value}. */
  public static final int DEFAULT_MAX_FIELD_LENGTH = 10_000;

  /** The default limit of problems listed by one exception, {@value}. */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  /** What a binding gives: its CSV parser and generator, set up with the separator. */
  public interface Engine {
    /**
     * Opens a parser that gives the text's rows as arrays of strings, the whole text as one array.
     *
     * @param in the text, not closed
     * @return the tokens
     * @throws IOException if the parser cannot be opened
     */
    JsonInput open(Reader in) throws IOException;

    /**
     * Opens a generator of rows.
     *
     * @param out where to, not closed (flushed when the rows are closed)
     * @return the rows
     * @throws IOException if the generator cannot be opened
     */
    Rows rows(Writer out) throws IOException;

    /**
     * A value in the shortest decimal form that reads back as the same double, as the binding's JSON
     * writer writes doubles.
     *
     * @param value a finite double
     * @return its digits
     */
    String decimal(double value);
  }

  /** Where rows are written. */
  public interface Rows extends Closeable {
    /**
     * Writes one row.
     *
     * @param fields its fields, quoted where they need it
     * @throws IOException if writing fails
     */
    void row(String[] fields) throws IOException;
  }

  private final Engine engine;
  private final Locale locale;
  private final int maxRows;
  private final int maxFieldLength;
  private final int maxProblems;
  private final boolean lenient;
  private final boolean byteOrderMark;

  /**
   * Creates the format with a binding's engine and a facade's options.
   *
   * @param engine the binding's parser and generator
   * @param locale the language of the messages
   * @param maxRows the most rows of observations in a file
   * @param maxFieldLength the longest field, in characters
   * @param maxProblems the most problems one exception lists
   * @param lenient whether unknown columns and bad rows are skipped
   * @param byteOrderMark whether written text starts with a byte order mark
   */
  public CsvObservations(
      Engine engine,
      Locale locale,
      int maxRows,
      int maxFieldLength,
      int maxProblems,
      boolean lenient,
      boolean byteOrderMark) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.maxRows = maxRows;
    this.maxFieldLength = maxFieldLength;
    this.maxProblems = maxProblems;
    this.lenient = lenient;
    this.byteOrderMark = byteOrderMark;
  }

  /**
   * Checks a separator given to a builder.
   *
   * @param separator the character between fields
   * @return the separator
   * @throws IllegalArgumentException if it is a double quote, a line break, a digit, a letter, a point, a
   *     sign or a space, which would make values ambiguous
   */
  public static char separator(char separator) {
    if (separator == '"'
        || separator == '\n'
        || separator == '\r'
        || separator == ' '
        || separator == '.'
        || separator == '-'
        || separator == '+'
        || Character.isLetterOrDigit(separator)) {
      throw new IllegalArgumentException(
          "separator must not be a quote, a line break, a space, a letter, a digit, a point or a sign");
    }
    return separator;
  }

  // ---------------------------------------------------------------------------------------------
  // reading

  /**
   * Reads a file in UTF-8.
   *
   * @param file the file
   * @return the observations and what was left out
   * @throws IOException as a binding's {@code readResult(Path)} documents
   */
  public CsvReadResult read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  /**
   * Reads text; the reader is not closed.
   *
   * @param csv the text
   * @return the observations and what was left out
   * @throws IOException as a binding's {@code readResult(Reader)} documents
   */
  public CsvReadResult read(Reader csv) throws IOException {
    Objects.requireNonNull(csv, "csv");
    return new CsvReading(locale, maxRows, maxFieldLength, maxProblems, lenient)
        .read(() -> engine.open(csv));
  }

  /**
   * Reads UTF-8 bytes, refusing bytes that are not UTF-8; the stream is not closed.
   *
   * @param csv the bytes
   * @return the observations and what was left out
   * @throws IOException as a binding's {@code readResult(InputStream)} documents
   */
  public CsvReadResult read(InputStream csv) throws IOException {
    Objects.requireNonNull(csv, "csv");
    return read(
        new InputStreamReader(
            csv,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /**
   * An initiative with more observations: its own, then the given ones, in their order, whatever they
   * repeat (the validator reports duplicates and unknown ids).
   *
   * @param initiative the initiative
   * @param observations the observations to add
   * @return a copy with the observations added; the initiative itself if there are none
   */
  public static Initiative merge(Initiative initiative, List<Observation> observations) {
    Objects.requireNonNull(initiative, "initiative");
    Objects.requireNonNull(observations, "observations");
    if (observations.isEmpty()) {
      return initiative;
    }
    List<Observation> all = new ArrayList<>(initiative.observations().size() + observations.size());
    all.addAll(initiative.observations());
    all.addAll(observations);
    return initiative.withObservations(all);
  }

  // ---------------------------------------------------------------------------------------------
  // writing

  /**
   * Writes the header and one row per observation; the writer is flushed, not closed.
   *
   * @param observations the observations
   * @param out where to
   * @throws IOException if writing fails
   */
  public void write(List<Observation> observations, Writer out) throws IOException {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(out, "out");
    try (Rows rows = rows(out)) {
      for (Observation o : observations) {
        rows.row(fields(o));
      }
    }
    out.flush();
  }

  /**
   * Writes observations to a file in UTF-8, replacing it if it exists.
   *
   * @param observations the observations
   * @param file the file
   * @throws IOException if writing fails
   */
  public void write(List<Observation> observations, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(observations, out);
    }
  }

  /**
   * Writes observations as text.
   *
   * @param observations the observations
   * @return the text
   */
  public String write(List<Observation> observations) {
    StringWriter out = new StringWriter();
    try {
      write(observations, out);
    } catch (IOException e) {
      // A StringWriter does no I/O.
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the header, then one row per indicator with only its {@code indicatorId}; the writer is
   * flushed, not closed.
   *
   * @param initiative the initiative whose indicators are listed
   * @param out where to
   * @throws IOException if writing fails
   */
  public void writeTemplate(Initiative initiative, Writer out) throws IOException {
    Objects.requireNonNull(initiative, "initiative");
    Objects.requireNonNull(out, "out");
    int width = Column.all().size();
    try (Rows rows = rows(out)) {
      for (Indicator indicator : initiative.indicators()) {
        String[] fields = new String[width];
        Arrays.fill(fields, "");
        fields[Column.INDICATOR_ID.position()] = indicator.id();
        rows.row(fields);
      }
    }
    out.flush();
  }

  private Rows rows(Writer out) throws IOException {
    if (byteOrderMark) {
      out.write('\uFEFF');
    }
    Rows rows = engine.rows(out);
    List<Column> columns = Column.all();
    String[] header = new String[columns.size()];
    for (Column c : columns) {
      header[c.position()] = c.header();
    }
    rows.row(header);
    return rows;
  }

  private String[] fields(Observation o) {
    String[] fields = new String[Column.values().length];
    fields[Column.INDICATOR_ID.position()] = o.indicatorId();
    fields[Column.PERIOD_START.position()] = o.period().start().toString();
    fields[Column.PERIOD_END.position()] = o.period().end().toString();
    fields[Column.VALUE.position()] = number(o.value());
    fields[Column.PARTNER_ID.position()] = o.partnerId().orElse("");
    fields[Column.DIMENSION.position()] =
        o.disaggregation().map(d -> d.dimension().key()).orElse("");
    fields[Column.GROUP.position()] = o.disaggregation().map(Disaggregation::group).orElse("");
    fields[Column.NOTE.position()] = o.note().orElse("");
    fields[Column.SERIES_BREAK.position()] = o.seriesBreak() ? "true" : "false";
    return fields;
  }

  /**
   * A value in the shortest form that reads back as the same double, the same on every JDK: an integer
   * without a fraction, else the binding's shortest decimal.
   *
   * @param value a finite double
   * @return its text
   */
  public String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      long n = (long) value;
      return n == 0 && Double.doubleToRawLongBits(value) != 0 ? "-0" : Long.toString(n);
    }
    return engine.decimal(value);
  }
}
