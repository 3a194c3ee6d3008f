package io.github.collectiveimpact.json.jackson3;

import io.github.collectiveimpact.json.format.CsvReadResult;
import io.github.collectiveimpact.json.jackson3.csv.ObservationsCsv;
import io.github.collectiveimpact.json.shared.Csv;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Observation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/** This module's CSV reader and writer as a {@link Csv} of the shared tests. */
final class Jackson3Csv implements Csv {
  private final ObservationsCsv csv;

  Jackson3Csv(Options o) {
    this.csv =
        ObservationsCsv.builder()
            .separator(o.separator())
            .locale(o.locale())
            .maxRows(o.maxRows())
            .maxFieldLength(o.maxFieldLength())
            .maxProblems(o.maxProblems())
            .lenient(o.lenient())
            .byteOrderMark(o.byteOrderMark())
            .build();
  }

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
}
