package io.github.collectiveimpact.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.Disaggregation;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.IndicatorLevel;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.ReportingPeriod;
import io.github.collectiveimpact.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The plain-text report: the results first, and every line in the validator's language. */
class ReportTextTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /**
   * Three indicators in percent, to increase, each with data for the years ending on 30 June (all
   * current as of 2026-06-30): "up" from its baseline 10 (2023) to 12, 16, 20, improving and at its
   * target 20 (achieved); "down" with one value, 40, below its baseline 50 and below the line to its
   * target 60 (off track); "gap", without baseline or target, at 50 twice while its group "low" falls
   * from 45 to 40, so that the gap widens from 5 to 10.
   */
  private static Initiative small() {
    Indicator up =
        indicator("up")
            .baseline(DatedValue.of(10, LocalDate.of(2023, 6, 30)))
            .target(DatedValue.of(20, LocalDate.of(2029, 6, 30)))
            .build();
    Indicator down =
        indicator("down")
            .baseline(DatedValue.of(50, LocalDate.of(2023, 6, 30)))
            .target(DatedValue.of(60, LocalDate.of(2029, 6, 30)))
            .build();
    Indicator gap = indicator("gap").addDisaggregations(DisaggregationDimension.INCOME).build();
    Disaggregation low = Disaggregation.of(DisaggregationDimension.INCOME, "low");
    List<Observation> observations = new ArrayList<>();
    observations.add(observation("up", 2024, 12, null));
    observations.add(observation("up", 2025, 16, null));
    observations.add(observation("up", 2026, 20, null));
    observations.add(observation("down", 2026, 40, null));
    observations.add(observation("gap", 2025, 50, null));
    observations.add(observation("gap", 2026, 50, null));
    observations.add(observation("gap", 2025, 45, low));
    observations.add(observation("gap", 2026, 40, low));
    return Initiative.builder()
        .id("small")
        .name("Small")
        .addIndicators(up, down, gap)
        .addAllObservations(observations)
        .build();
  }

  private static Indicator.Builder indicator(String id) {
    return Indicator.builder()
        .id(id)
        .name(id)
        .unit(Unit.PERCENT)
        .desiredDirection(Direction.INCREASE)
        .level(IndicatorLevel.POPULATION);
  }

  private static Observation observation(String id, int year, double value, Disaggregation group) {
    Observation.Builder b =
        Observation.builder()
            .indicatorId(id)
            .period(ReportingPeriod.of(LocalDate.of(year - 1, 7, 1), LocalDate.of(year, 6, 30)))
            .value(value);
    if (group != null) {
      b.disaggregation(group);
    }
    return b.build();
  }

  private static List<String> lines(Locale locale) {
    String text = Validator.builder().asOf(AS_OF).locale(locale).build().validate(small()).toText();
    assertTrue(text.endsWith("\n"));
    return Arrays.asList(text.split("\n"));
  }

  /** The position of the first line that starts so: the stage, which ends the assessment's block. */
  private static int headline(List<String> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no headline " + start + " in " + lines);
  }

  @Test
  void theLevelsComeAfterTheHeadlineThenTheResultsInEnglish() {
    List<String> lines = lines(Locale.ROOT);
    assertTrue(
        lines.get(0).startsWith("Small (small), as of 2026-06-30: NOT valid - "), lines.get(0));
    assertEquals("Assessment, Five conditions:", lines.get(1));
    int h = headline(lines, "Stage: ");
    lines = lines.subList(h, lines.size());
    assertEquals(
        List.of(
            "  Results: 3 of 3 indicators with current data, 1 better than baseline, 1 on track or"
                + " achieved",
            "    Improving (1): up",
            "    Off track or missed (1): down",
            "    Widening gaps (1): gap",
            "  Structure: 8 of 8 rules passed"),
        lines.subList(1, 6));
  }

  @Test
  void inJapaneseTheWholeTextIsJapanese() {
    List<String> lines = lines(Locale.JAPANESE);
    assertTrue(lines.get(0).startsWith("Small（small）、2026-06-30 時点: 妥当ではない - エラー "), lines.get(0));
    assertTrue(lines.get(1).startsWith("アセスメント（5つの条件）"), lines.get(1));
    int h = headline(lines, "段階");
    lines = lines.subList(h, lines.size());
    assertEquals(
        List.of(
            "  結果: 最新データのある指標 3 件中 3 件、ベースラインより改善 1 件、順調または達成 1 件",
            "    改善傾向（1 件）: up",
            "    遅れ・未達（1 件）: down",
            "    格差の拡大（1 件）: gap",
            "  構造: 8 件中 8 件のルールに適合"),
        lines.subList(1, 6));
    for (String line : lines) {
      assertTrue(!line.contains("rules passed") && !line.contains("Results"), line);
    }
  }

  @Test
  void aReportReadBackWithoutItsLanguageCanBeRenderedInEither() {
    ValidationReport report =
        Validator.builder().asOf(AS_OF).locale(Locale.JAPANESE).build().validate(small());
    assertEquals(report.toText(), report.toText(Locale.JAPANESE));
    assertTrue(report.toText(Locale.ENGLISH).contains("\n  Structure: 8 of 8 rules passed\n"));
  }
}
