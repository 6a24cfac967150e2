package dev.unknot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The diary's SQLite file: one connection, WAL, every commit synced before it returns, and the
 * schema brought up to date in order inside a transaction.
 */
public final class Database implements AutoCloseable {

  /** Each entry upgrades the schema by one version; never edit one that has shipped. */
  static final List<String> MIGRATIONS =
      List.of(
          """
          CREATE TABLE breaks (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL CHECK (type IN ('micro', 'rest')),
            outcome TEXT NOT NULL
              CHECK (outcome IN ('taken', 'postponed', 'skipped', 'unanswered', 'natural')),
            exercise TEXT,
            started_at INTEGER NOT NULL,
            started_offset INTEGER NOT NULL,
            ended_at INTEGER NOT NULL,
            ended_offset INTEGER NOT NULL,
            CHECK (ended_at >= started_at)
          );
          CREATE INDEX breaks_by_start ON breaks (started_at);
          """,
          """
          CREATE TABLE knot_reports (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            area TEXT NOT NULL CHECK (area IN ('neck', 'upper-trap', 'between-shoulder-blades',
              'shoulder', 'upper-back', 'chest', 'lower-back', 'arm', 'other')),
            side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both', 'centre')),
            severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 5),
            note TEXT,
            created_at INTEGER NOT NULL,
            created_offset INTEGER NOT NULL
          );
          CREATE INDEX knot_reports_by_day ON knot_reports (day);
          CREATE TABLE knot_causes (
            report_id INTEGER NOT NULL REFERENCES knot_reports (id) ON DELETE CASCADE,
            cause TEXT NOT NULL CHECK (cause IN ('long-sitting', 'mouse', 'lifting', 'sleep',
              'stress', 'posture', 'other')),
            PRIMARY KEY (report_id, cause)
          );
          CREATE TABLE checkins (
            day TEXT PRIMARY KEY,
            had_knot INTEGER NOT NULL CHECK (had_knot IN (0, 1)),
            recorded_at INTEGER NOT NULL,
            recorded_offset INTEGER NOT NULL
          );
          CREATE TABLE activity_minutes (
            minute INTEGER PRIMARY KEY,
            active_seconds INTEGER NOT NULL CHECK (active_seconds BETWEEN 0 AND 60),
            keyboard_events INTEGER NOT NULL CHECK (keyboard_events >= 0),
            mouse_events INTEGER NOT NULL CHECK (mouse_events >= 0),
            utc_offset INTEGER NOT NULL
          );
          CREATE TABLE mouse_hand_changes (
            id INTEGER PRIMARY KEY,
            changed_at INTEGER NOT NULL,
            changed_offset INTEGER NOT NULL,
            hand TEXT NOT NULL CHECK (hand IN ('left', 'right'))
          );
          """,
          """
          CREATE TABLE weekly_summaries (
            week TEXT PRIMARY KEY CHECK (week GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]'),
            shown_at INTEGER NOT NULL
          );
          CREATE INDEX mouse_hand_changes_by_time ON mouse_hand_changes (changed_at);
          """,
          """
          CREATE TABLE breaks_v4 (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL CHECK (type IN ('micro', 'rest')),
            outcome TEXT NOT NULL CHECK (outcome IN ('taken', 'postponed', 'skipped',
              'unanswered', 'natural', 'held')),
            exercise TEXT,
            started_at INTEGER NOT NULL,
            started_offset INTEGER NOT NULL,
            ended_at INTEGER NOT NULL,
            ended_offset INTEGER NOT NULL,
            CHECK (ended_at >= started_at)
          );
          INSERT INTO breaks_v4 (id, type, outcome, exercise, started_at, started_offset,
              ended_at, ended_offset)
            SELECT id, type, outcome, exercise, started_at, started_offset, ended_at, ended_offset
            FROM breaks;
          DROP TABLE breaks;
          ALTER TABLE breaks_v4 RENAME TO breaks;
          CREATE INDEX breaks_by_start ON breaks (started_at);
          """,
          """
          CREATE TABLE exercises_done (
            id INTEGER PRIMARY KEY,
            exercise TEXT NOT NULL,
            done_at INTEGER NOT NULL,
            done_offset INTEGER NOT NULL
          );
          CREATE INDEX exercises_done_by_time ON exercises_done (done_at);
          """);

  static final int BUSY_TIMEOUT_MILLIS = 5000;
  private static final int SQLITE_CORRUPT = 11;
  private static final int SQLITE_NOTADB = 26;
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final Path file;
  private final Connection connection;
  private Path movedAside;

  private Database(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens the diary, creating it if needed. A file that is not a sound SQLite database is never
   * overwritten: it is moved aside under a timestamped name, and a fresh diary is started.
   */
  public static Database open(Path file) {
    try {
      return openAsIs(file);
    } catch (StoreException e) {
      if (!(e.getCause() instanceof SQLException sql) || !isCorrupt(sql)) {
        throw e;
      }
      Path aside = moveAside(file, e);
      Database fresh = openAsIs(file);
      fresh.movedAside = aside;
      LOG.warn(
          "{} was damaged ({}); it was moved to {} and a new diary was started",
          file,
          reason(sql),
          aside);
      return fresh;
    }
  }

  /** Where a damaged diary was moved at open, if it was. */
  public Optional<Path> movedAside() {
    return Optional.ofNullable(movedAside);
  }

  private static boolean isCorrupt(SQLException e) {
    int code = e.getErrorCode() & 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
  }

  private static Path moveAside(Path file, StoreException why) {
    String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(LocalDateTime.now());
    Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
    try {
      for (String suffix : new String[] {"-wal", "-shm"}) {
        Path companion = file.resolveSibling(file.getFileName() + suffix);
        if (Files.exists(companion)) {
          Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix));
        }
      }
      Files.move(file, aside);
    } catch (IOException e) {
      throw new StoreException(
          why.getMessage() + "; moving it aside failed too: " + e.getMessage(), e);
    }
    return aside;
  }

  private static Database openAsIs(Path file) {
    try {
      OwnerOnlyFiles.file(file);
    } catch (IOException e) {
      throw new StoreException("cannot create the database " + file + ": " + e.getMessage(), e);
    }
    Connection connection = null;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = connection.createStatement()) {
        s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = FULL");
        s.execute("PRAGMA foreign_keys = ON");
      }
      Database db = new Database(file, connection);
      db.migrate();
      return db;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new StoreException("cannot open the database " + file + ": " + reason(e), e);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  private void migrate() throws SQLException {
    int version = userVersion();
    if (version > MIGRATIONS.size()) {
      throw new StoreException(
          "the database "
              + file
              + " was written by a newer Unknot (schema "
              + version
              + ", this one knows "
              + MIGRATIONS.size()
              + "); upgrade Unknot to use it");
    }
    if (version == MIGRATIONS.size()) {
      return;
    }
    inTransaction(
        c -> {
          try (Statement s = c.createStatement()) {
            for (int v = version; v < MIGRATIONS.size(); v++) {
              for (String sql : MIGRATIONS.get(v).split(";")) {
                if (!sql.isBlank()) {
                  s.execute(sql);
                }
              }
            }
            s.execute("PRAGMA user_version = " + MIGRATIONS.size());
          }
          return null;
        });
  }

  int userVersion() throws SQLException {
    try (Statement s = connection.createStatement();
        var rs = s.executeQuery("PRAGMA user_version")) {
      return rs.getInt(1);
    }
  }

  /**
   * Runs work on the one connection, one caller at a time: the break log, the activity log and the
   * diary share it from different threads, and must not land in each other's transactions.
   */
  synchronized <T> T locked(SqlWork<T> work) throws SQLException {
    return work.run(connection);
  }

  /** Runs work in one transaction: all of it is stored, or none. */
  synchronized <T> T inTransaction(SqlWork<T> work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  Connection connection() {
    return connection;
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }

  /** An instant stored as epoch milliseconds, with the UTC offset stored beside it. */
  static OffsetDateTime at(long epochMillis, int offsetSeconds) {
    return OffsetDateTime.ofInstant(
        Instant.ofEpochMilli(epochMillis), ZoneOffset.ofTotalSeconds(offsetSeconds));
  }

  static String reason(SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    // The driver prefixes "[SQLITE_XXX] ..." and repeats itself; keep the human part.
    int paren = message.indexOf(" (");
    String text =
        paren > 0 && message.endsWith(")")
            ? message.substring(paren + 2, message.length() - 1)
            : message;
    return text.lines().findFirst().orElse(text);
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Closing after a failure: the first error is the one worth reporting.
      }
    }
  }
}
