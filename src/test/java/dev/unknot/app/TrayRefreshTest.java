package dev.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.unknot.core.BreakType;
import dev.unknot.core.EngineStatus;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrayRefreshTest {

  /**
   * Issue 20: the tray was refreshed every 20 s, idle or not; now it is refreshed when its minutes
   * change, which must be the very moment the text changes, neither before nor long after.
   */
  @Test
  void theTrayIsRefreshedJustAsItsMinutesChange() {
    Duration interval = Duration.ofMinutes(30);
    for (long left = 1; left <= interval.toMillis(); left += 7_919) {
      long change = Daemon.untilShownMinutesChange(Duration.ofMillis(left));
      String now = timing(interval, left);
      if (change == 0) {
        assertEquals(timing(interval, 1), now, left + " ms left shows a change to come");
        continue;
      }
      assertEquals(now, timing(interval, left - change + 1), "changed early, " + left + " ms left");
      assertNotEquals(now, timing(interval, left - change), "no change, " + left + " ms left");
    }
  }

  private static String timing(Duration interval, long leftMillis) {
    EngineStatus status =
        new EngineStatus(
            List.of(
                new EngineStatus.Timer(
                    BreakType.MICRO, true, interval.minusMillis(leftMillis), interval),
                new EngineStatus.Timer(BreakType.REST, false, Duration.ZERO, interval)),
            Optional.empty(),
            false,
            Optional.empty(),
            Optional.empty());
    return status.timing(ZoneOffset.UTC);
  }
}
