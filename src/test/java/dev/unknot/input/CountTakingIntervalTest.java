package dev.unknot.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CountTakingIntervalTest {

  /**
   * Issue 20: counts were taken once a second while input went on, a fifth of the daemon's wake-ups
   * while typing. Taken less often, the tracker's last input lags more, and the lag (take interval
   * plus the hook's nap) must stay under the idle threshold with room to spare, or a tick would see
   * a pause in continuous input.
   */
  @Test
  void countsAreTakenLessOftenThanOnceASecondButWellInsideTheIdleThreshold() {
    long byDefault = Duration.ofSeconds(5).toMillis();
    assertEquals(2_000, JNativeHookActivitySource.takeEveryMillis(byDefault));
    assertTrue(
        JNativeHookActivitySource.takeEveryMillis(byDefault)
                + JNativeHookActivitySource.HOOK_NAP_MILLIS
            <= byDefault * 3 / 5);
    for (long threshold = 1_000; threshold <= Duration.ofMinutes(30).toMillis(); threshold += 500) {
      long every = JNativeHookActivitySource.takeEveryMillis(threshold);
      assertTrue(every <= threshold / 2, "every " + every + " ms for " + threshold);
      assertTrue(every <= 2_000, "every " + every + " ms for " + threshold);
    }
  }
}
