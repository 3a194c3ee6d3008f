package io.github.collectiveimpact.assessment;

/**
 * How far a condition is achieved, on the four-level self-rating published in the Tamarack Institute's
 * Engage newsletter (March 2020): level 1 "just begun" to level 4 "completely achieved". The names of
 * levels 2 and 3 are the library's, between the two ends the source names. Each level maps to the
 * absent / emerging / mature rating of ORS Impact and Spark Policy Institute, "When Collective Impact Has
 * an Impact" (2018), as {@link #rating()} documents.
 */
public enum Level {
  /** Level 1, "just begun": the condition is stated, little more; rated {@link Rating#ABSENT}. */
  JUST_BEGUN(1, Rating.ABSENT),
  /** Level 2, "partly achieved": its first elements are in place; rated {@link Rating#EMERGING}. */
  PARTLY_ACHIEVED(2, Rating.EMERGING),
  /** Level 3, "mostly achieved": it works, with gaps; rated {@link Rating#EMERGING}. */
  MOSTLY_ACHIEVED(3, Rating.EMERGING),
  /** Level 4, "completely achieved": every criterion holds; rated {@link Rating#MATURE}. */
  COMPLETELY_ACHIEVED(4, Rating.MATURE);

  private final int number;
  private final Rating rating;

  Level(int number, Rating rating) {
    this.number = number;
    this.rating = rating;
  }

  /**
   * The level's number.
   *
   * @return 1 to 4
   */
  public int number() {
    return number;
  }

  /**
   * The rating the level maps to, the library's own mapping: 1 is {@code absent} (a condition that has just
   * begun is not yet in place as a condition), 2 and 3 are {@code emerging}, only 4 is {@code mature}.
   *
   * @return the rating
   */
  public Rating rating() {
    return rating;
  }

  /**
   * The level with the given number.
   *
   * @param number 1 to 4
   * @return the level
   * @throws IllegalArgumentException if the number is out of range
   */
  public static Level of(int number) {
    for (Level level : values()) {
      if (level.number == number) {
        return level;
      }
    }
    throw new IllegalArgumentException("a level is 1 to 4, was " + number);
  }
}
