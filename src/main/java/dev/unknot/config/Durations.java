package dev.unknot.config;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in the config: "30s", "15m", "1h30m". */
public final class Durations {

  public static final String EXPECTED_FORM = "a duration like \"30s\", \"15m\" or \"1h30m\"";

  private static final Pattern FORM =
      Pattern.compile("(?:(\\d{1,4})h)?(?:(\\d{1,5})m)?(?:(\\d{1,6})s)?");

  private Durations() {}

  public static Optional<Duration> parse(String text) {
    Matcher m = FORM.matcher(text);
    if (text.isEmpty() || !m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        Duration.ofHours(number(m.group(1)))
            .plusMinutes(number(m.group(2)))
            .plusSeconds(number(m.group(3))));
  }

  /** The shortest text that {@link #parse} reads back as the same duration, to the second. */
  public static String format(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds == 0) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    if (seconds >= 3600) {
      text.append(seconds / 3600).append('h');
    }
    if (seconds % 3600 >= 60) {
      text.append(seconds % 3600 / 60).append('m');
    }
    if (seconds % 60 > 0) {
      text.append(seconds % 60).append('s');
    }
    return text.toString();
  }

  private static long number(String group) {
    return group == null ? 0 : Long.parseLong(group);
  }
}
