package dev.unknot.store;

import dev.unknot.core.Side;
import dev.unknot.core.summary.IsoWeek;
import dev.unknot.core.summary.SummaryData;
import dev.unknot.core.summary.SummaryInput;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a summary's days through the other SQLite adapters, each query bounded by an index. */
public final class SqliteSummaryData implements SummaryData {

  /** UTC offsets reach from -12:00 to +14:00; reading this much more catches every local day. */
  private static final Duration WIDEST_OFFSET = Duration.ofHours(14);

  private final Database db;
  private final SqliteActivityLog activity;
  private final SqliteBreakLog breaks;
  private final SqliteKnotDiary diary;
  private final SqliteMouseHandLog mouseHand;

  public SqliteSummaryData(Database db) {
    this.db = db;
    this.activity = new SqliteActivityLog(db);
    this.breaks = new SqliteBreakLog(db);
    this.diary = new SqliteKnotDiary(db);
    this.mouseHand = new SqliteMouseHandLog(db);
  }

  @Override
  public SummaryInput read(LocalDate first, LocalDate last) {
    Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant().minus(WIDEST_OFFSET);
    Instant until = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(WIDEST_OFFSET);
    return new SummaryInput(
        activity.minutes(from.getEpochSecond() / 60, until.getEpochSecond() / 60),
        breaks.breaks(from, until, null),
        diary.reports(first).stream().filter(r -> !r.day().isAfter(last)).toList(),
        diary.checkIns(first).stream().filter(c -> !c.day().isAfter(last)).toList(),
        mouseHand.at(until).map(Side::fromId), // no hand set is no hand: never a guess
        firstRecordedDay());
  }

  /** The earliest of each table's first record, each found through its key or index. */
  @Override
  public Optional<LocalDate> firstRecordedDay() {
    try {
      return db.locked(
          c -> {
            List<LocalDate> firsts = new ArrayList<>();
            try (Statement s = c.createStatement()) {
              try (ResultSet rs =
                  s.executeQuery(
                      "SELECT minute, utc_offset FROM activity_minutes ORDER BY minute LIMIT 1")) {
                if (rs.next()) {
                  firsts.add(
                      LocalDateTime.ofEpochSecond(
                              rs.getLong(1) * 60, 0, ZoneOffset.ofTotalSeconds(rs.getInt(2)))
                          .toLocalDate());
                }
              }
              try (ResultSet rs =
                  s.executeQuery(
                      "SELECT started_at, started_offset FROM breaks ORDER BY started_at LIMIT 1")) {
                if (rs.next()) {
                  firsts.add(Database.at(rs.getLong(1), rs.getInt(2)).toLocalDate());
                }
              }
              for (String table : List.of("knot_reports", "checkins")) {
                try (ResultSet rs = s.executeQuery("SELECT min(day) FROM " + table)) {
                  if (rs.next() && rs.getString(1) != null) {
                    firsts.add(LocalDate.parse(rs.getString(1)));
                  }
                }
              }
            }
            return firsts.stream().min(LocalDate::compareTo);
          });
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the diary's first day from " + db.file() + ": " + Database.reason(e), e);
    }
  }

  @Override
  public boolean markShown(IsoWeek week, Instant at) {
    try {
      return db.locked(
          c -> {
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO weekly_summaries (week, shown_at) VALUES (?, ?)"
                        + " ON CONFLICT (week) DO NOTHING")) {
              s.setString(1, week.toString());
              s.setLong(2, at.toEpochMilli());
              return s.executeUpdate() == 1;
            }
          });
    } catch (SQLException e) {
      throw new StoreException(
          "cannot record the weekly summary in " + db.file() + ": " + Database.reason(e), e);
    }
  }

  @Override
  public boolean wasShown(IsoWeek week) {
    try {
      return db.locked(
          c -> {
            try (PreparedStatement s =
                c.prepareStatement("SELECT 1 FROM weekly_summaries WHERE week = ?")) {
              s.setString(1, week.toString());
              try (ResultSet rs = s.executeQuery()) {
                return rs.next();
              }
            }
          });
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read weekly summaries from " + db.file() + ": " + Database.reason(e), e);
    }
  }
}
