package dev.unknot.store;

import dev.unknot.core.BreakLog;
import dev.unknot.core.BreakRecord;
import dev.unknot.core.BreakType;
import dev.unknot.core.Outcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Break outcomes in the diary. Each row is committed and synced before record() returns. */
public final class SqliteBreakLog implements BreakLog {

  private static final Logger LOG = LoggerFactory.getLogger(SqliteBreakLog.class);

  private final Database db;

  /** Logs a failing database once, not at every retry. */
  private boolean failing;

  public SqliteBreakLog(Database db) {
    this.db = db;
  }

  @Override
  public void record(BreakRecord r) {
    String sql =
        "INSERT INTO breaks (type, outcome, exercise, started_at, started_offset, ended_at,"
            + " ended_offset) VALUES (?, ?, ?, ?, ?, ?, ?)";
    try {
      db.locked(c -> insert(c, sql, r));
      if (failing) {
        LOG.info("writing breaks to {} works again", db.file());
        failing = false;
      }
    } catch (SQLException e) {
      StoreException failure =
          new StoreException("cannot write a break to " + db.file() + ": " + Database.reason(e), e);
      if (!failing) {
        LOG.error("{}; it is kept in memory and retried", failure.getMessage());
        failing = true;
      }
      throw failure;
    }
  }

  private static Void insert(Connection c, String sql, BreakRecord r) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, r.type().id());
      s.setString(2, r.outcome().id());
      if (r.exerciseId() == null) {
        s.setNull(3, Types.VARCHAR);
      } else {
        s.setString(3, r.exerciseId());
      }
      s.setLong(4, r.startedAt().toInstant().toEpochMilli());
      s.setInt(5, r.startedAt().getOffset().getTotalSeconds());
      s.setLong(6, r.endedAt().toInstant().toEpochMilli());
      s.setInt(7, r.endedAt().getOffset().getTotalSeconds());
      s.executeUpdate();
    }
    return null;
  }

  /** Breaks that started in [from, until), oldest first; null bounds are open. */
  public List<BreakRecord> breaks(Instant from, Instant until, BreakType type) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT type, outcome, exercise, started_at, started_offset, ended_at, ended_offset"
                + " FROM breaks WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (from != null) {
      sql.append(" AND started_at >= ?");
      args.add(from.toEpochMilli());
    }
    if (until != null) {
      sql.append(" AND started_at < ?");
      args.add(until.toEpochMilli());
    }
    if (type != null) {
      sql.append(" AND type = ?");
      args.add(type.id());
    }
    sql.append(" ORDER BY started_at, id");
    try {
      return db.locked(c -> query(c, sql.toString(), args));
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read breaks from " + db.file() + ": " + Database.reason(e), e);
    }
  }

  private static List<BreakRecord> query(Connection c, String sql, List<Object> args)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        s.setObject(i + 1, args.get(i));
      }
      List<BreakRecord> records = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          records.add(
              new BreakRecord(
                  BreakType.fromId(rs.getString(1)),
                  Outcome.fromId(rs.getString(2)),
                  rs.getString(3),
                  Database.at(rs.getLong(4), rs.getInt(5)),
                  Database.at(rs.getLong(6), rs.getInt(7))));
        }
      }
      return records;
    }
  }
}
