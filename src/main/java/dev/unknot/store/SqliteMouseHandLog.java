package dev.unknot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which hand the user mouses with, each change with its time. */
public final class SqliteMouseHandLog {

  private final Database db;

  public SqliteMouseHandLog(Database db) {
    this.db = db;
  }

  /** Records a change to "left" or "right". */
  public void record(String hand, OffsetDateTime at) {
    try {
      db.locked(
          c -> {
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO mouse_hand_changes (changed_at, changed_offset, hand)"
                        + " VALUES (?, ?, ?)")) {
              s.setLong(1, at.toInstant().toEpochMilli());
              s.setInt(2, at.getOffset().getTotalSeconds());
              s.setString(3, hand);
              return s.executeUpdate();
            }
          });
    } catch (SQLException e) {
      throw new StoreException(
          "cannot record the mouse hand in " + db.file() + ": " + Database.reason(e), e);
    }
  }

  /** The hand last chosen, if any. */
  public Optional<String> current() {
    return at(Instant.ofEpochMilli(Long.MAX_VALUE));
  }

  /** The hand chosen last before {@code at}, if any. */
  public Optional<String> at(Instant at) {
    try {
      return db.locked(
          c -> {
            try (PreparedStatement s =
                c.prepareStatement(
                    "SELECT hand FROM mouse_hand_changes WHERE changed_at < ?"
                        + " ORDER BY changed_at DESC, id DESC LIMIT 1")) {
              s.setLong(1, at.toEpochMilli());
              try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
              }
            }
          });
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the mouse hand from " + db.file() + ": " + Database.reason(e), e);
    }
  }

  /** A change of mouse hand, at its own UTC offset. */
  public record Change(String hand, OffsetDateTime at) {}

  /** Every change at or after {@code from} (all when null), oldest first. */
  public List<Change> since(Instant from) {
    try {
      return db.locked(
          c -> {
            try (PreparedStatement s =
                c.prepareStatement(
                    "SELECT hand, changed_at, changed_offset FROM mouse_hand_changes"
                        + " WHERE changed_at >= ? ORDER BY changed_at, id")) {
              s.setLong(1, from == null ? Long.MIN_VALUE : from.toEpochMilli());
              List<Change> changes = new ArrayList<>();
              try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                  changes.add(
                      new Change(rs.getString(1), Database.at(rs.getLong(2), rs.getInt(3))));
                }
              }
              return changes;
            }
          });
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the mouse hand from " + db.file() + ": " + Database.reason(e), e);
    }
  }
}
