package io.github.collectiveimpact.html.view;

import java.util.List;
import java.util.Optional;

/**
 * Everything the network overview's template shows, already in words.
 *
 * @param w the words of the page's language
 * @param lenses the lenses, each with the names of its conditions, in column order
 * @param rows one per initiative
 * @param totals the finding counts over the network, per severity
 */
public record NetworkView(Words w, List<LensColumns> lenses, List<Row> rows, String totals) {

  /**
   * The columns of one lens.
   *
   * @param title the lens's name
   * @param conditions the names of its conditions
   */
  public record LensColumns(String title, List<String> conditions) {}

  /**
   * One initiative.
   *
   * @param name its name
   * @param href the link to its own report, when given
   * @param asOf the report's date
   * @param valid whether it has no error
   * @param verdict the verdict in words
   * @param levels the level per condition, lens after lens, as cells
   * @param errors the number of errors
   * @param warnings the number of warnings
   * @param infos the number of notes
   */
  public record Row(
      String name,
      Optional<String> href,
      String asOf,
      boolean valid,
      String verdict,
      List<LevelCell> levels,
      int errors,
      int warnings,
      int infos) {}

  /**
   * One level in the overview.
   *
   * @param number the level's number, or a dash
   * @param label the level's name
   * @param styleClass its CSS class
   */
  public record LevelCell(String number, String label, String styleClass) {}
}
