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
    return new DailyLimitFlow(
        new SqliteActivityLog(db),
        List.of(recording),
        dir.resolve("state/daily-limit-shown"),
        Clock.fixed(now, ZONE),
        new DailyLimit(true, Duration.ofHours(6)));
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
