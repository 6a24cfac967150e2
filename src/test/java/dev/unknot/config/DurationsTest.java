package dev.unknot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
