package dev.unknot.cli;

import dev.unknot.core.summary.WeeklySummary;

/** Lets the benchmark render the JSON form, which is package-private to the command line. */
public final class SummaryJsonAccess {

  private SummaryJsonAccess() {}

  public static String json(WeeklySummary s) {
    return SummaryJson.of(s);
  }
}
