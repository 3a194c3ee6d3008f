package io.github.collectiveimpact.json.shared;

import io.github.collectiveimpact.json.csv.ObservationsCsv;
import io.github.collectiveimpact.json.format.CsvReadResult;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Observation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One binding's {@code ObservationsCsv} (Jackson 2's or Jackson 3's), so that the CSV cases and
 * properties run against each binding.
 */
public interface Csv {
  /**
   * Reads a file.
   *
   * @param file the file
   * @return the observations
   * @throws IOException as the binding throws it
   */
  List<Observation> read(Path file) throws IOException;

  /**
   * Reads text.
   *
   * @param csv the text
   * @return the observations
   * @throws IOException as the binding throws it
   */
  List<Observation> read(Reader csv) throws IOException;

  /**
   * Reads bytes.
   *
   * @param csv the bytes
   * @return the observations
   * @throws IOException as the binding throws it
   */
  List<Observation> read(InputStream csv) throws IOException;

  /**
   * Reads text with what a lenient reader left out.
   *
   * @param csv the text
   * @return the result
   * @throws IOException as the binding throws it
   */
  CsvReadResult readResult(Reader csv) throws IOException;

  /**
   * Reads a file into an initiative.
   *
   * @param initiative the initiative
   * @param file the file
   * @return the merged initiative
   * @throws IOException as the binding throws it
   */
  Initiative readInto(Initiative initiative, Path file) throws IOException;

  /**
   * Writes observations.
   *
   * @param observations the observations
   * @param out where to
   * @throws IOException as the binding throws it
   */
  void write(List<Observation> observations, Writer out) throws IOException;

  /**
   * Writes observations to a file.
   *
   * @param observations the observations
   * @param file the file
   * @throws IOException as the binding throws it
   */
  void write(List<Observation> observations, Path file) throws IOException;

  /**
   * Writes observations as text.
   *
   * @param observations the observations
   * @return the text
   */
  String write(List<Observation> observations);

  /**
   * Writes a template.
   *
   * @param initiative the initiative
   * @param out where to
   * @throws IOException as the binding throws it
   */
  void writeTemplate(Initiative initiative, Writer out) throws IOException;

  /**
   * The options of the bindings' builders, in one value.
   *
   * @param separator the separator
   * @param locale the language
   * @param maxRows the row limit
   * @param maxFieldLength the field limit
   * @param maxProblems the problem limit
   * @param lenient skip bad rows
   * @param byteOrderMark write a byte order mark
   */
  record Options(
      char separator,
      Locale locale,
      int maxRows,
      int maxFieldLength,
      int maxProblems,
      boolean lenient,
      boolean byteOrderMark) {
    /** The bindings' defaults. */
    public static final Options DEFAULTS =
        new Options(
            ',',
            Locale.ENGLISH,
            ObservationsCsv.DEFAULT_MAX_ROWS,
            ObservationsCsv.DEFAULT_MAX_FIELD_LENGTH,
            ObservationsCsv.DEFAULT_MAX_PROBLEMS,
            false,
            false);

    /**
     * With another separator.
     *
     * @param c the separator
     * @return the options
     */
    public Options separator(char c) {
      return new Options(c, locale, maxRows, maxFieldLength, maxProblems, lenient, byteOrderMark);
    }

    /**
     * With another language.
     *
     * @param l the language
     * @return the options
     */
    public Options locale(Locale l) {
      return new Options(
          separator, l, maxRows, maxFieldLength, maxProblems, lenient, byteOrderMark);
    }

    /**
     * With another row limit.
     *
     * @param n the limit
     * @return the options
     */
    public Options maxRows(int n) {
      return new Options(separator, locale, n, maxFieldLength, maxProblems, lenient, byteOrderMark);
    }

    /**
     * With another field limit.
     *
     * @param n the limit
     * @return the options
     */
    public Options maxFieldLength(int n) {
      return new Options(separator, locale, maxRows, n, maxProblems, lenient, byteOrderMark);
    }

    /**
     * With another problem limit.
     *
     * @param n the limit
     * @return the options
     */
    public Options maxProblems(int n) {
      return new Options(separator, locale, maxRows, maxFieldLength, n, lenient, byteOrderMark);
    }

    /**
     * Lenient or not.
     *
     * @param b lenient
     * @return the options
     */
    public Options lenient(boolean b) {
      return new Options(separator, locale, maxRows, maxFieldLength, maxProblems, b, byteOrderMark);
    }

    /**
     * With or without a byte order mark.
     *
     * @param b write one
     * @return the options
     */
    public Options byteOrderMark(boolean b) {
      return new Options(separator, locale, maxRows, maxFieldLength, maxProblems, lenient, b);
    }
  }

  /**
   * The Jackson 2 binding's reader and writer with the given options.
   *
   * @param o the options
   * @return the binding
   */
  static Csv jackson2(Options o) {
    ObservationsCsv csv =
        ObservationsCsv.builder()
            .separator(o.separator())
            .locale(o.locale())
            .maxRows(o.maxRows())
            .maxFieldLength(o.maxFieldLength())
            .maxProblems(o.maxProblems())
            .lenient(o.lenient())
            .byteOrderMark(o.byteOrderMark())
            .build();
    return new Csv() {
      @Override
      public List<Observation> read(Path file) throws IOException {
        return csv.read(file);
      }

      @Override
      public List<Observation> read(Reader text) throws IOException {
        return csv.read(text);
      }

      @Override
      public List<Observation> read(InputStream bytes) throws IOException {
        return csv.read(bytes);
      }

      @Override
      public CsvReadResult readResult(Reader text) throws IOException {
        return csv.readResult(text);
      }

      @Override
      public Initiative readInto(Initiative initiative, Path file) throws IOException {
        return csv.readInto(initiative, file);
      }

      @Override
      public void write(List<Observation> observations, Writer out) throws IOException {
        csv.write(observations, out);
      }

      @Override
      public void write(List<Observation> observations, Path file) throws IOException {
        csv.write(observations, file);
      }

      @Override
      public String write(List<Observation> observations) {
        return csv.write(observations);
      }

      @Override
      public void writeTemplate(Initiative initiative, Writer out) throws IOException {
        csv.writeTemplate(initiative, out);
      }
    };
  }
}
