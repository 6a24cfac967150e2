package dev.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.ActivityMinute;
import dev.unknot.core.DailyLimit;
import dev.unknot.core.Notifier;
import dev.unknot.store.Database;
import dev.unknot.store.SqliteActivityLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily limit against a real diary file and a recording notifier. */
class DailyLimitFlowTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final Instant EVENING = Instant.parse("2026-11-20T17:00:00Z");

  @TempDir Path dir;
  private final List<String> notified = new ArrayList<>();
  private final Notifier recording =
      (title, lines, onOpen) -> {
        notified.add(title + ": " + lines.get(0));
        return true;
      };

  private static void worked(Database db, Instant until, int minutes) {
    long last = until.getEpochSecond() / 60;
    List<ActivityMinute> list = new ArrayList<>();
    for (long m = last - minutes; m < last; m++) {
      list.add(new ActivityMinute(m, 60, 0, 0, 3600));
    }
    new SqliteActivityLog(db).record(list);
  }

  private DailyLimitFlow flow(Database db, Instant now) {
    DailyLimitFlow flow = flow(db, now, recording);
    flow.showNoticesOn(Runnable::run); // shown before check() returns, to assert at once
    return flow;
  }

  private DailyLimitFlow flow(Database db, Instant now, Notifier notifier) {
    return new DailyLimitFlow(
        new SqliteActivityLog(db),
        List.of(notifier),
        dir.resolve("state/daily-limit-shown"),
        Clock.fixed(now, ZONE),
        new DailyLimit(true, Duration.ofHours(6)));
  }

  /** Polls until the condition holds; false after a generous deadline. */
  private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  /**
   * check() runs on Quartz's only worker, beside the break ticks; notify-send can block there for
   * seconds. A notifier that returns only once check() has returned proves check() did not wait.
   */
  @Test
  void checkReturnsWithoutWaitingForASlowNotifier() throws Exception {
    CountDownLatch checkReturned = new CountDownLatch(1);
    CountDownLatch shown = new CountDownLatch(1);
    AtomicBoolean sawCheckReturn = new AtomicBoolean();
    AtomicInteger calls = new AtomicInteger();
    Notifier slow =
        (title, lines, onOpen) -> {
          calls.incrementAndGet();
          try {
            // A notifier that check() waited for would wait here in vain, then say so.
            sawCheckReturn.set(checkReturned.await(30, TimeUnit.SECONDS));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          shown.countDown();
          return true;
        };
    try (Database db = Database.open(dir.resolve("unknot.db"))) {
      worked(db, EVENING, 400);
      DailyLimitFlow flow = flow(db, EVENING, slow);
      flow.check();
      flow.check(); // the first notice is still on its way: not a second one
      checkReturned.countDown();
      assertTrue(shown.await(60, TimeUnit.SECONDS), "the notice was never shown");
      assertTrue(sawCheckReturn.get(), "check() waited for the notifier");
      assertEquals(1, calls.get());
      assertTrue(eventually(() -> Files.exists(dir.resolve("state/daily-limit-shown"))));
      flow.check();
      assertEquals(1, calls.get(), "once a day");
    }
  }

  @Test
  void saidOnceADayEvenAcrossARestart() throws Exception {
    try (Database db = Database.open(dir.resolve("unknot.db"))) {
      worked(db, EVENING, 359);
      flow(db, EVENING).check();
      assertEquals(List.of(), notified, "5 h 59 min is not yet 6 h");

      worked(db, EVENING.plusSeconds(120), 361);
      flow(db, EVENING.plusSeconds(120)).check();
      flow(db, EVENING.plusSeconds(600)).check(); // a restart: a new flow, same day
      assertEquals(
          List.of("Unknot: a long day: 6h 01m at the keyboard and mouse today."), notified);
      assertEquals(
          "rw-------",
          PosixFilePermissions.toString(
              Files.getPosixFilePermissions(dir.resolve("state/daily-limit-shown"))));

      Instant tomorrow = EVENING.plus(Duration.ofDays(1));
      worked(db, tomorrow, 400);
      flow(db, tomorrow).check();
      assertEquals(2, notified.size(), "again the next day");
      assertTrue(notified.get(1).startsWith("Unknot: a long day: 6h 40m"), notified.get(1));
    }
  }
}
