package dev.unknot.store;

import dev.unknot.core.ActiveTime;
import dev.unknot.core.ActivityLog;
import dev.unknot.core.ActivityMinute;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Activity per minute in the diary, summed per day for reports and exports. */
public final class SqliteActivityLog implements ActivityLog, ActiveTime {

  private final Database db;

  public SqliteActivityLog(Database db) {
    this.db = db;
  }

  @Override
  public void record(List<ActivityMinute> minutes) {
    if (minutes.isEmpty()) {
      return;
    }
    try {
      db.inTransaction(
          c -> {
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO activity_minutes (minute, active_seconds, keyboard_events,"
                        + " mouse_events, utc_offset) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (minute) DO UPDATE SET"
                        + " active_seconds = min(60, active_seconds + excluded.active_seconds),"
                        + " keyboard_events = keyboard_events + excluded.keyboard_events,"
                        + " mouse_events = mouse_events + excluded.mouse_events")) {
              for (ActivityMinute m : minutes) {
                s.setLong(1, m.epochMinute());
                s.setInt(2, m.activeSeconds());
                s.setLong(3, m.keyboardEvents());
                s.setLong(4, m.mouseEvents());
                s.setInt(5, m.utcOffsetSeconds());
                s.executeUpdate();
              }
            }
            return null;
          });
    } catch (SQLException e) {
      throw new StoreException(
          "cannot write activity to " + db.file() + ": " + Database.reason(e), e);
    }
  }

  /** The stored minutes in [fromMinute, untilMinute), in epoch minutes, oldest first. */
  public List<ActivityMinute> minutes(long fromMinute, long untilMinute) {
    try {
      return db.locked(
          c -> {
            try (PreparedStatement s =
                c.prepareStatement(
                    "SELECT minute, active_seconds, keyboard_events, mouse_events, utc_offset"
                        + " FROM activity_minutes WHERE minute >= ? AND minute < ?"
                        + " ORDER BY minute")) {
              s.setLong(1, fromMinute);
              s.setLong(2, untilMinute);
              List<ActivityMinute> minutes = new ArrayList<>();
              try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                  minutes.add(
                      new ActivityMinute(
                          rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getInt(5)));
                }
              }
              return minutes;
            }
          });
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read activity from " + db.file() + ": " + Database.reason(e), e);
    }
  }

  /**
   * Java allows UTC offsets up to ±18:00, so a minute of a local day lies at most this far outside
   * that day in UTC.
   */
  private static final long WIDEST_OFFSET_SECONDS = 18 * 3600;

  /**
   * Totals per local day in [first, last], each bound optional. The WHERE on the minute is a range
   * on the primary key, so only those days' rows are read; HAVING then cuts at the local day.
   */
  static final String DAILY_SQL =
      "SELECT date((minute * 60) + utc_offset, 'unixepoch') AS day, sum(active_seconds),"
          + " sum(keyboard_events), sum(mouse_events) FROM activity_minutes"
          + " WHERE minute BETWEEN ? AND ? GROUP BY day HAVING day BETWEEN ? AND ? ORDER BY day";

  /** The active time recorded for one local day. */
  public long activeSecondsOn(LocalDate day) {
    return daily(day, day).stream().mapToLong(DailyActivity::activeSeconds).sum();
  }

  /** Totals per local day (cut at each minute's own offset), oldest first. */
  public List<DailyActivity> daily(LocalDate since) {
    return daily(since, null);
  }

  /**
   * Totals per local day from {@code first} to {@code last}, both included and either null for no
   * bound, oldest first.
   */
  public List<DailyActivity> daily(LocalDate first, LocalDate last) {
    long fromMinute =
        first == null
            ? Long.MIN_VALUE
            : Math.floorDiv(first.toEpochDay() * 86_400 - WIDEST_OFFSET_SECONDS, 60);
    long untilMinute =
        last == null
            ? Long.MAX_VALUE
            : Math.floorDiv((last.toEpochDay() + 1) * 86_400 + WIDEST_OFFSET_SECONDS, 60);
    try {
      return db.locked(
          c -> {
            try (PreparedStatement s = c.prepareStatement(DAILY_SQL)) {
              s.setLong(1, fromMinute);
              s.setLong(2, untilMinute);
              s.setString(3, first == null ? "0000-00-00" : first.toString());
              s.setString(4, last == null ? "9999-99-99" : last.toString());
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
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read activity from " + db.file() + ": " + Database.reason(e), e);
    }
  }
}
