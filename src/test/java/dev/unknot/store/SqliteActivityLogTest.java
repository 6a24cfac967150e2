package dev.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.ActivityMinute;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Daily totals from a real diary file, cut at each minute's own UTC offset. */
class SqliteActivityLogTest {

  /** The query before the range on the minute: it grouped the whole table on every call. */
  private static final String WHOLE_TABLE_SQL =
      "SELECT date((minute * 60) + utc_offset, 'unixepoch') AS day, sum(active_seconds),"
          + " sum(keyboard_events), sum(mouse_events) FROM activity_minutes"
          + " GROUP BY day HAVING day >= ? ORDER BY day";

  private static final int[] OFFSETS = {-12 * 3600, -5 * 3600, 0, 3600, 20_700, 14 * 3600};

  @TempDir Path dir;

  /** Three weeks of minutes around local midnights, in offsets from -12:00 to +14:00. */
  private static List<ActivityMinute> minutesAroundMidnights() {
    List<ActivityMinute> minutes = new ArrayList<>();
    LocalDate first = LocalDate.parse("2026-11-02");
    for (int d = 0; d < 21; d++) {
      int offset = OFFSETS[d % OFFSETS.length];
      LocalDateTime midnight = first.plusDays(d).atStartOfDay();
      long local = midnight.toEpochSecond(ZoneOffset.ofTotalSeconds(offset)) / 60;
      // An evening hour and the first hour after midnight, minute by minute.
      for (long m = local - 60; m < local + 60; m++) {
        minutes.add(new ActivityMinute(m, (int) (m % 61), m % 7, m % 5, offset));
      }
    }
    return minutes;
  }

  @Test
  void dailyTotalsWithTheMinuteRangeEqualTheWholeTableQuery() throws Exception {
    try (Database db = Database.open(dir.resolve("unknot.db"))) {
      SqliteActivityLog log = new SqliteActivityLog(db);
      log.record(minutesAroundMidnights());
      for (int d = -1; d < 23; d++) {
        LocalDate since = LocalDate.parse("2026-11-02").plusDays(d);
        List<DailyActivity> expected = wholeTable(db, since);
        assertEquals(expected, log.daily(since), "since " + since);
        long onDay =
            expected.stream()
                .filter(a -> a.day().equals(since))
                .mapToLong(DailyActivity::activeSeconds)
                .sum();
        assertEquals(onDay, log.activeSecondsOn(since), "on " + since);
        assertEquals(
            expected.stream().filter(a -> a.day().equals(since)).toList(),
            log.daily(since, since),
            "only " + since);
      }
      assertEquals(wholeTable(db, LocalDate.parse("0000-01-01")), log.daily(null));
    }
  }

  @Test
  void dailyTotalsSearchTheMinuteRangeInsteadOfScanningTheTable() throws Exception {
    try (Database db = Database.open(dir.resolve("unknot.db"))) {
      new SqliteActivityLog(db).record(minutesAroundMidnights());
      List<String> plan =
          db.locked(
              c -> {
                try (PreparedStatement s =
                    c.prepareStatement("EXPLAIN QUERY PLAN " + SqliteActivityLog.DAILY_SQL)) {
                  s.setLong(1, 29_000_000);
                  s.setLong(2, 29_003_000);
                  s.setString(3, "2026-11-20");
                  s.setString(4, "2026-11-20");
                  List<String> details = new ArrayList<>();
                  try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                      details.add(rs.getString("detail"));
                    }
                  }
                  return details;
                }
              });
      assertTrue(
          plan.stream()
              .anyMatch(
                  d ->
                      d.startsWith("SEARCH activity_minutes USING INTEGER PRIMARY KEY")
                          && d.contains("rowid>") /* the minute range */),
          plan.toString());
      assertFalse(
          plan.stream().anyMatch(d -> d.startsWith("SCAN activity_minutes")), plan.toString());
    }
  }

  private static List<DailyActivity> wholeTable(Database db, LocalDate since) throws Exception {
    return db.locked(
        c -> {
          try (PreparedStatement s = c.prepareStatement(WHOLE_TABLE_SQL)) {
            s.setString(1, since.toString());
            List<DailyActivity> days = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                days.add(
                    new DailyActivity(
                        LocalDate.parse(rs.getString(1)),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4)));
              }
            }
            return days;
          }
        });
  }
}
