package dev.unknot.store;

import dev.unknot.core.Cause;
import dev.unknot.core.CheckIn;
import dev.unknot.core.KnotArea;
import dev.unknot.core.KnotDiary;
import dev.unknot.core.KnotReport;
import dev.unknot.core.Side;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Knot reports and daily check-ins in the diary. Each call is one transaction. */
public final class SqliteKnotDiary implements KnotDiary {

  private final Database db;

  public SqliteKnotDiary(Database db) {
    this.db = db;
  }

  @Override
  public KnotReport add(KnotReport r) {
    return write(
        "add a knot report",
        c -> {
          long id;
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO knot_reports (day, area, side, severity, note, created_at,"
                      + " created_offset) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, r.day().toString());
            s.setString(2, r.area().id());
            s.setString(3, r.side().id());
            s.setInt(4, r.severity());
            s.setString(5, r.note());
            s.setLong(6, r.createdAt().toInstant().toEpochMilli());
            s.setInt(7, r.createdAt().getOffset().getTotalSeconds());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
              keys.next();
              id = keys.getLong(1);
            }
          }
          try (PreparedStatement s =
              c.prepareStatement("INSERT INTO knot_causes (report_id, cause) VALUES (?, ?)")) {
            for (Cause cause : r.causes()) {
              s.setLong(1, id);
              s.setString(2, cause.id());
              s.executeUpdate();
            }
          }
          upsertCheckIn(c, new CheckIn(r.day(), true, r.createdAt()));
          return r.withId(id);
        });
  }

  @Override
  public CheckIn recordKnotFree(CheckIn checkIn) {
    return write(
        "record a knot-free day",
        c -> {
          if (countReports(c, checkIn.day()) > 0) {
            throw new IllegalStateException(
                "a knot is reported for "
                    + checkIn.day()
                    + "; remove it with `unknot knot remove ID` first");
          }
          upsertCheckIn(c, checkIn);
          return checkIn;
        });
  }

  @Override
  public boolean remove(long reportId) {
    return write(
        "remove a knot report",
        c -> {
          String day = null;
          try (PreparedStatement s =
              c.prepareStatement("SELECT day FROM knot_reports WHERE id = ?")) {
            s.setLong(1, reportId);
            try (ResultSet rs = s.executeQuery()) {
              if (rs.next()) {
                day = rs.getString(1);
              }
            }
          }
          if (day == null) {
            return false;
          }
          try (PreparedStatement s = c.prepareStatement("DELETE FROM knot_reports WHERE id = ?")) {
            s.setLong(1, reportId);
            s.executeUpdate();
          }
          // The check-in came with the report; with no report left the day is unknown again.
          if (countReports(c, LocalDate.parse(day)) == 0) {
            try (PreparedStatement s =
                c.prepareStatement("DELETE FROM checkins WHERE day = ? AND had_knot = 1")) {
              s.setString(1, day);
              s.executeUpdate();
            }
          }
          return true;
        });
  }

  @Override
  public List<KnotReport> reports(LocalDate since) {
    return read(
        "read knot reports",
        c -> {
          Map<Long, Set<Cause>> causes = new HashMap<>();
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT report_id, cause FROM knot_causes")) {
            while (rs.next()) {
              causes
                  .computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Cause.class))
                  .add(Cause.fromId(rs.getString(2)));
            }
          }
          List<KnotReport> reports = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT id, day, area, side, severity, note, created_at, created_offset"
                      + " FROM knot_reports WHERE day >= ? ORDER BY day, id")) {
            s.setString(1, since == null ? "0000-00-00" : since.toString());
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                long id = rs.getLong(1);
                reports.add(
                    new KnotReport(
                        id,
                        LocalDate.parse(rs.getString(2)),
                        KnotArea.fromId(rs.getString(3)),
                        Side.fromId(rs.getString(4)),
                        rs.getInt(5),
                        causes.getOrDefault(id, Set.of()),
                        rs.getString(6),
                        Database.at(rs.getLong(7), rs.getInt(8))));
              }
            }
          }
          return reports;
        });
  }

  @Override
  public Optional<CheckIn> checkIn(LocalDate day) {
    return read(
        "read a check-in",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT had_knot, recorded_at, recorded_offset FROM checkins WHERE day = ?")) {
            s.setString(1, day.toString());
            try (ResultSet rs = s.executeQuery()) {
              return rs.next()
                  ? Optional.of(
                      new CheckIn(day, rs.getInt(1) == 1, Database.at(rs.getLong(2), rs.getInt(3))))
                  : Optional.empty();
            }
          }
        });
  }

  /** All check-ins since a day (all when null), oldest first. */
  public List<CheckIn> checkIns(LocalDate since) {
    return read(
        "read check-ins",
        c -> {
          List<CheckIn> list = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT day, had_knot, recorded_at, recorded_offset FROM checkins"
                      + " WHERE day >= ? ORDER BY day")) {
            s.setString(1, since == null ? "0000-00-00" : since.toString());
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                list.add(
                    new CheckIn(
                        LocalDate.parse(rs.getString(1)),
                        rs.getInt(2) == 1,
                        Database.at(rs.getLong(3), rs.getInt(4))));
              }
            }
          }
          return list;
        });
  }

  private static int countReports(Connection c, LocalDate day) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT count(*) FROM knot_reports WHERE day = ?")) {
      s.setString(1, day.toString());
      try (ResultSet rs = s.executeQuery()) {
        return rs.getInt(1);
      }
    }
  }

  private static void upsertCheckIn(Connection c, CheckIn checkIn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO checkins (day, had_knot, recorded_at, recorded_offset) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (day) DO UPDATE SET had_knot = excluded.had_knot,"
                + " recorded_at = excluded.recorded_at, recorded_offset = excluded.recorded_offset")) {
      s.setString(1, checkIn.day().toString());
      s.setInt(2, checkIn.hadKnot() ? 1 : 0);
      s.setLong(3, checkIn.recordedAt().toInstant().toEpochMilli());
      s.setInt(4, checkIn.recordedAt().getOffset().getTotalSeconds());
      s.executeUpdate();
    }
  }

  private <T> T write(String what, Database.SqlWork<T> work) {
    try {
      return db.inTransaction(work);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot " + what + " in " + db.file() + ": " + Database.reason(e), e);
    }
  }

  private <T> T read(String what, Database.SqlWork<T> work) {
    try {
      return db.locked(work);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot " + what + " from " + db.file() + ": " + Database.reason(e), e);
    }
  }
}
