package dev.unknot.core.summary;

import dev.unknot.core.i18n.Messages;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;

/** How the summary writes lengths of time and shares. */
public final class Spans {

  private Spans() {}

  /** "7h 05m", "45m", "0m": rounded to the minute. */
  public static String hoursMinutes(long seconds) {
    long minutes = Math.round(seconds / 60.0);
    return minutes >= 60
        ? String.format(Locale.ROOT, "%dh %02dm", minutes / 60, minutes % 60)
        : minutes + "m";
  }

  /** "83%" ("83 %" in German), or "–" when there is nothing to divide. */
  public static String percent(OptionalDouble share) {
    if (share.isEmpty()) {
      return "–";
    }
    NumberFormat format = NumberFormat.getPercentInstance(Messages.locale());
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(share.getAsDouble());
  }
}
