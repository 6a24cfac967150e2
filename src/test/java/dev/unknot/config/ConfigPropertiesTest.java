package dev.unknot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unknot.exercise.TomlExerciseCatalog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of config reading, checked on generated input. */
class ConfigPropertiesTest {

  private final TomlConfigLoader loader = new TomlConfigLoader(TomlExerciseCatalog.shipped());

  @Property
  void durationsRoundTrip(
      @ForAll @IntRange(min = 0, max = 99) int hours,
      @ForAll @IntRange(min = 0, max = 59) int minutes,
      @ForAll @IntRange(min = 0, max = 59) int seconds) {
    Duration d = Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds);
    assertEquals(d, Durations.parse(Durations.format(d)).orElseThrow());
  }

  @Property
  void timesOfDayRoundTripThroughTheConfig(
      @ForAll @IntRange(min = 0, max = 23) int hour,
      @ForAll @IntRange(min = 0, max = 59) int minute)
      throws ConfigException {
    LocalTime time = LocalTime.of(hour, minute);
    String text = String.format("[knots]%ncheckin_time = \"%02d:%02d\"%n", hour, minute);
    assertEquals(time, loader.parse(text, "t.toml").checkIn().time());
  }

  @Property(tries = 500)
  void randomBytesAreAReportedConfigErrorAndNothingElse(@ForAll byte[] garbage) {
    parseReportingOnlyConfigErrors(new String(garbage, StandardCharsets.UTF_8));
  }

  @Property(tries = 1000)
  void randomTomlShapedTextIsAReportedConfigErrorAndNothingElse(@ForAll("tomlish") String text) {
    parseReportingOnlyConfigErrors(text);
  }

  @Provide
  Arbitrary<String> tomlish() {
    Arbitrary<String> token =
        Arbitraries.of(
            "[breaks.micro]",
            "[breaks.rest]",
            "[activity]",
            "[[exercises.custom]]",
            "[exercises]",
            "[knots]",
            "[summary]",
            "[privacy]",
            "\n",
            " = ",
            "interval",
            "duration",
            "postpone",
            "max_postpones",
            "enabled",
            "idle_threshold",
            "micro",
            "rest",
            "id",
            "steps",
            "targets",
            "kind",
            "\"15m\"",
            "\"0s\"",
            "\"1h30m\"",
            "\"17:30\"",
            "\"x\"",
            "[\"chin-tuck\"]",
            "[]",
            "[1, \"a\"]",
            "true",
            "2",
            "-1",
            "99999999999999999999",
            "2.5",
            "{ a = 1 }",
            "#",
            "\"",
            "[",
            "]",
            ",",
            "=",
            ".",
            "day",
            "\"friday\"");
    return token.list().ofMaxSize(40).map(tokens -> String.join("", tokens));
  }

  private void parseReportingOnlyConfigErrors(String text) {
    try {
      loader.parse(text, "generated.toml");
    } catch (ConfigException e) {
      for (String problem : e.problems()) {
        if (!problem.startsWith("generated.toml:") || problem.contains("\n")) {
          throw new AssertionError("not one FILE:LINE:COLUMN line: " + problem);
        }
      }
    }
  }
}
