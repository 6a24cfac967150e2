package dev.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unknot.core.BreakRecord;
import dev.unknot.core.BreakType;
import dev.unknot.core.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TodaysBreaksTest {

  /** A clock that moves when the test says so. */
  private static final class SteppedClock extends Clock {
    private Instant now = Instant.parse("2026-11-30T22:50:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Europe/Berlin");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final SteppedClock clock = new SteppedClock();

  private BreakRecord at(Instant start, Outcome outcome) {
    OffsetDateTime s = start.atZone(clock.getZone()).toOffsetDateTime();
    return new BreakRecord(BreakType.MICRO, outcome, "chin-tuck", s, s.plusSeconds(30));
  }

  /** Issue 15.8: status waited 5–13 s on a diary another process held locked. */
  @Test
  void statusCountsTodaysBreaksFromMemoryAndStartsAfreshAtMidnight() {
    List<BreakRecord> stored = new ArrayList<>();
    Instant earlier = clock.instant().minus(Duration.ofHours(1));
    TodaysBreaks breaks = new TodaysBreaks(stored::add, clock, List.of(at(earlier, Outcome.TAKEN)));

    breaks.record(at(clock.instant(), Outcome.SKIPPED));
    assertEquals(1, breaks.today().get(Outcome.TAKEN));
    assertEquals(1, breaks.today().get(Outcome.SKIPPED));
    assertEquals(0, breaks.today().get(Outcome.NATURAL));
    assertEquals(1, stored.size(), "every record still reaches the diary");

    clock.advance(Duration.ofMinutes(20)); // 00:10 in Berlin: a new day
    assertEquals(0, breaks.today().get(Outcome.TAKEN));
    breaks.record(at(clock.instant(), Outcome.NATURAL));
    assertEquals(1, breaks.today().get(Outcome.NATURAL));
  }
}
