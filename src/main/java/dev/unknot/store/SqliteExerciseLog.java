package dev.unknot.store;

import dev.unknot.core.ExerciseLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Exercises done outside a break, such as a ball massage after a reminder. */
public final class SqliteExerciseLog implements ExerciseLog {

  private final Database db;

  public SqliteExerciseLog(Database db) {
    this.db = db;
  }

  public void record(String exercise, OffsetDateTime at) {
    try {
      db.locked(
          c -> {
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO exercises_done (exercise, done_at, done_offset) VALUES (?, ?, ?)")) {
              s.setString(1, exercise);
              s.setLong(2, at.toInstant().toEpochMilli());
              s.setInt(3, at.getOffset().getTotalSeconds());
              return s.executeUpdate();
            }
          });
    } catch (SQLException e) {
      throw new StoreException(
          "cannot record the exercise in " + db.file() + ": " + Database.reason(e), e);
    }
  }

  /** An exercise done outside a break, at its own UTC offset. */
  public record Done(String exercise, OffsetDateTime at) {}

  /** Everything done at or after {@code from} (all when null), oldest first. */
  public List<Done> since(Instant from) {
    try {
      return db.locked(
          c -> {
            try (PreparedStatement s =
                c.prepareStatement(
                    "SELECT exercise, done_at, done_offset FROM exercises_done WHERE done_at >= ?"
                        + " ORDER BY done_at, id")) {
              s.setLong(1, from == null ? Long.MIN_VALUE : from.toEpochMilli());
              List<Done> done = new ArrayList<>();
              try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                  done.add(new Done(rs.getString(1), Database.at(rs.getLong(2), rs.getInt(3))));
                }
              }
              return done;
            }
          });
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the exercises done from " + db.file() + ": " + Database.reason(e), e);
    }
  }

  /** How many exercises with an id starting with {@code prefix} were done in [from, until). */
  public int count(String prefix, Instant from, Instant until) {
    try {
      return db.locked(
          c -> {
            try (PreparedStatement s =
                c.prepareStatement(
                    "SELECT count(*) FROM exercises_done WHERE done_at >= ? AND done_at < ?"
                        + " AND substr(exercise, 1, ?) = ?")) {
              s.setLong(1, from.toEpochMilli());
              s.setLong(2, until.toEpochMilli());
              s.setInt(3, prefix.length());
              s.setString(4, prefix);
              try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
              }
            }
          });
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the exercises done from " + db.file() + ": " + Database.reason(e), e);
    }
  }
}
