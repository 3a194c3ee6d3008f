package io.github.collectiveimpact.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error, redrawn in place with a carriage return, never with an escape
 * sequence: {@code [##########··········] 12/24}. It is drawn only where someone watches (see {@link
 * Environment#interactive()}) and only for more than one document; otherwise it does nothing.
 */
final class Progress {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final int total;
  private final boolean shown;
  private int done;
  private boolean drawn;

  Progress(PrintWriter err, int total, boolean shown) {
    this.err = err;
    this.total = total;
    this.shown = shown && total > 1;
  }

  /** One more document is done. */
  synchronized void step() {
    done++;
    if (!shown) {
      return;
    }
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    StringBuilder bar = new StringBuilder("\r[");
    for (int i = 0; i < WIDTH; i++) {
      bar.append(i < filled ? '#' : '.');
    }
    bar.append("] ").append(done).append('/').append(total);
    err.print(bar);
    err.flush();
    drawn = true;
  }

  /** Clears the bar, so that what follows starts on a clean line. */
  synchronized void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 4 + 2 * String.valueOf(total).length()) + "\r");
      err.flush();
      drawn = false;
    }
  }
}
