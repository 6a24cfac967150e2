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

  /** The active time recorded for one local day. */
  public long activeSecondsOn(LocalDate day) {
    return daily(day).stream()
        .filter(d -> d.day().equals(day))
        .mapToLong(DailyActivity::activeSeconds)
        .sum();
  }

  /** Totals per local day (cut at each minute's own offset), oldest first. */
  public List<DailyActivity> daily(LocalDate since) {
    String sql =
        "SELECT date((minute * 60) + utc_offset, 'unixepoch') AS day, sum(active_seconds),"
            + " sum(keyboard_events), sum(mouse_events) FROM activity_minutes"
            + " GROUP BY day HAVING day >= ? ORDER BY day";
    try {
      return db.locked(
          c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
              s.setString(1, since == null ? "0000-00-00" : since.toString());
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
