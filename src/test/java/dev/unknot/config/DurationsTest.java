package dev.unknot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @Test
  void readsEachUnitAndCombinations() {
    assertEquals(Duration.ofSeconds(30), Durations.parse("30s").orElseThrow());
    assertEquals(Duration.ofMinutes(15), Durations.parse("15m").orElseThrow());
    assertEquals(Duration.ofMinutes(90), Durations.parse("1h30m").orElseThrow());
    assertEquals(Duration.ofSeconds(3725), Durations.parse("1h2m5s").orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "15 minutes", "15", "m", "1m1h", "-5s", "1.5h", "15M"})
  void rejectsAnythingElse(String text) {
    assertTrue(Durations.parse(text).isEmpty(), text);
  }

  @Test
  void formatReadsBack() {
    for (long s : new long[] {1, 59, 60, 61, 3599, 3600, 3661, 86399}) {
      Duration d = Duration.ofSeconds(s);
      assertEquals(d, Durations.parse(Durations.format(d)).orElseThrow(), Durations.format(d));
    }
  }

  @Test
  void outOfRangeDurationsAreCalledOutOfRangeNotNotADuration() {
    assertTrue(Durations.setting("99999h").isEmpty(), "over a day");
    assertEquals(Duration.ofHours(24), Durations.setting("24h").orElseThrow());
    assertEquals(
        "duration \"99999h\" is too long; durations go up to 24h", Durations.problem("99999h"));
    assertEquals(
        "bad duration \"15 minutes\"; expected " + Durations.expectedForm(),
        Durations.problem("15 minutes"));
    IllegalArgumentException tooLong =
        assertThrows(
            IllegalArgumentException.class,
            () -> Durations.within("10000h", Duration.ofMinutes(1), Duration.ofHours(24)));
    assertEquals("\"10000h\" is out of range; give from 1m to 24h", tooLong.getMessage());
    IllegalArgumentException zero =
        assertThrows(
            IllegalArgumentException.class,
            () -> Durations.within("0s", Duration.ofMinutes(1), Duration.ofHours(24)));
    assertEquals("\"0s\" is out of range; give from 1m to 24h", zero.getMessage());
    IllegalArgumentException huge =
        assertThrows(
            IllegalArgumentException.class,
            () -> Durations.within("99999999999999h", Duration.ZERO, Duration.ofHours(24)));
    assertEquals("\"99999999999999h\" is out of range; give from 0s to 24h", huge.getMessage());
    assertEquals(
        Duration.ofHours(24), Durations.within("24h", Duration.ZERO, Duration.ofHours(24)));
  }

  @Test
  void onlyAsciiDigitsAreADuration() {
    assertTrue(Durations.parse("\u0663m").isEmpty(), "Arabic-Indic three");
  }
}
