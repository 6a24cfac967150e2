package dev.unknot.config;

import dev.unknot.core.i18n.Messages;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in the config: "30s", "15m", "1h30m". */
public final class Durations {

  /** What a duration looks like, in words: a duration like "30s", "15m" or "1h30m". */
  public static String expectedForm() {
    return Messages.get("config.expected.duration", "30s", "15m", "1h30m");
  }

  /**
   * The longest duration any setting or pause takes: a day. Longer ones are typos, and a number
   * this size cannot overflow on the way.
   */
  public static final Duration LONGEST = Duration.ofHours(24);

  // Any number of digits, so that "10000h" is read as too long rather than as no duration at all;
  // nine digits is already far beyond LONGEST and cannot overflow a long.
  private static final Pattern FORM =
      Pattern.compile("(?:(\\d{1,9})h)?(?:(\\d{1,9})m)?(?:(\\d{1,9})s)?");
  private static final Pattern DIGITS_UNITS = Pattern.compile("(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?");

  private Durations() {}

  /** The duration, if the text has the form, whatever its size (up to nine digits a unit). */
  public static Optional<Duration> parse(String text) {
    return read(text);
  }

  /** A setting's duration: the form, from 0s to {@link #LONGEST}. */
  public static Optional<Duration> setting(String text) {
    return read(text).filter(d -> d.compareTo(LONGEST) <= 0);
  }

  /**
   * Why {@link #setting} rejects the text, in words: "bad duration "15 minutes"; expected …" or
   * "duration "99999h" is too long; at most 24h".
   */
  public static String problem(String text) {
    return isForm(text)
        ? Messages.get("config.error.duration.too.long", text, format(LONGEST))
        : Messages.get("config.error.bad.duration", text, expectedForm());
  }

  /**
   * The duration from {@code shortest} to {@code longest}, or an IllegalArgumentException whose
   * message names the text and the allowed range.
   */
  public static Duration within(String text, Duration shortest, Duration longest) {
    if (!isForm(text)) {
      throw new IllegalArgumentException(
          Messages.get("config.error.not.a.duration", text, expectedForm()));
    }
    Optional<Duration> value = read(text);
    if (value.isEmpty()
        || value.get().compareTo(shortest) < 0
        || value.get().compareTo(longest) > 0) {
      throw new IllegalArgumentException(
          Messages.get(
              "config.error.duration.out.of.range", text, format(shortest), format(longest)));
    }
    return value.get();
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

  private static boolean isForm(String text) {
    return !text.isEmpty() && DIGITS_UNITS.matcher(text).matches();
  }

  /** Any size the form allows; empty when it is not the form or has more than nine digits. */
  private static Optional<Duration> read(String text) {
    Matcher m = FORM.matcher(text);
    if (text.isEmpty() || !m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        Duration.ofHours(number(m.group(1)))
            .plusMinutes(number(m.group(2)))
            .plusSeconds(number(m.group(3))));
  }

  private static long number(String group) {
    return group == null ? 0 : Long.parseLong(group);
  }
}
