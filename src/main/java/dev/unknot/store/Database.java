package dev.unknot.store;

import dev.unknot.platform.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The diary's SQLite file: one connection, WAL, every commit synced before it returns, and the
 * schema brought up to date in order inside a transaction.
 *
 * <p>Only the owner of the diary, the process that holds the single-instance lock, repairs it: it
 * checks the file at open ({@link #open}) and when asked ({@link #checkNow}), moves a damaged one
 * aside and copies what can still be read into a fresh diary, and starts a new file when the one it
 * has open is deleted or replaced. A command opens it {@linkplain #openShared shared} and only says
 * when something is wrong.
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
  private static final int SQLITE_FULL = 13;
  private static final int SQLITE_NOTADB = 26;
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final Path file;
  private final boolean owner;
  private Connection connection;
  private volatile Object fileKey; // read without the lock by a repair that swaps it in
  private Path movedAside;
  private int rowsRecovered;

  private Database(Path file, Connection connection, boolean owner) {
    this.file = file;
    this.connection = connection;
    this.owner = owner;
    this.fileKey = fileKey(file);
  }

  /**
   * Opens the diary as its owner, creating it if needed, and checks it. A file that is not a sound
   * SQLite database is never overwritten: it is moved aside under a timestamped name, a fresh diary
   * is started, and every row that can still be read is copied into it.
   */
  public static Database open(Path file) {
    Database db;
    try {
      db = openAsIs(file, true);
    } catch (StoreException e) {
      if (!(e.getCause() instanceof SQLException sql) || !isCorrupt(sql)) {
        throw e;
      }
      return repaired(file, reason(sql));
    }
    Optional<String> damage = db.damage();
    if (damage.isPresent()) {
      db.close();
      return repaired(file, damage.get());
    }
    return db;
  }

  /**
   * Opens the diary for one command while the daemon may have it open. It is not checked in full,
   * and a damaged file is left as it is, for the daemon to repair.
   */
  public static Database openShared(Path file) {
    try {
      return openAsIs(file, false);
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && isCorrupt(sql)) {
        throw new StoreException(damagedForCommand(file, reason(sql)), e);
      }
      throw e;
    }
  }

  private static String damagedForCommand(Path file, String reason) {
    return "the diary "
        + file
        + " is damaged ("
        + reason
        + "); nothing was changed. Unknot repairs it when it starts (`unknot run`): it keeps the"
        + " damaged file and copies what it can still read into a new diary";
  }

  private static Database repaired(Path file, String reason) {
    Path aside = moveAside(file, reason);
    Database fresh = openAsIs(file, true);
    fresh.movedAside = aside;
    fresh.rowsRecovered = fresh.recoverFrom(aside);
    LOG.warn(
        "{} was damaged ({}); it was kept as {}, and a new diary was started with the {} row(s)"
            + " that could still be read",
        file,
        reason,
        aside,
        fresh.rowsRecovered);
    return fresh;
  }

  /** How many rows were copied from a damaged diary into this one at open. */
  public int rowsRecovered() {
    return rowsRecovered;
  }

  /**
   * Checks the open diary in full (SQLite's quick_check), as the daemon does once a day. A damaged
   * one is repaired as at open, and the new diary carries on under the same object.
   *
   * @return the damage found, if any
   */
  public synchronized Optional<String> checkNow() {
    Optional<String> damage = damage();
    if (damage.isPresent() && owner) {
      closeQuietly(connection);
      Database fresh = repaired(file, damage.get());
      connection = fresh.connection;
      fileKey = fresh.fileKey;
      movedAside = fresh.movedAside;
      rowsRecovered = fresh.rowsRecovered;
    }
    return damage;
  }

  /** What SQLite's quick_check finds wrong, or empty when the file is sound. */
  private synchronized Optional<String> damage() {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
      List<String> problems = new ArrayList<>();
      while (rs.next()) {
        problems.add(rs.getString(1));
      }
      return problems.equals(List.of("ok"))
          ? Optional.empty()
          : Optional.of(String.join("; ", problems.subList(0, Math.min(3, problems.size()))));
    } catch (SQLException e) {
      return Optional.of(reason(e));
    }
  }

  /**
   * Copies every row that can still be read from a damaged diary: each table forwards until the
   * first unreadable page, then backwards from its end, so rows on both sides of the damage come.
   */
  private int recoverFrom(Path damaged) {
    int copied = 0;
    try (Connection old =
        DriverManager.getConnection("jdbc:sqlite:file:" + damaged.toAbsolutePath() + "?mode=ro")) {
      connection.setAutoCommit(false); // one sync for the whole copy, not one a row
      for (String table : tablesOf(connection)) {
        copied += copyTable(old, table);
      }
      connection.commit();
    } catch (SQLException e) {
      LOG.debug("nothing could be read from {}: {}", damaged, reason(e));
    } finally {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        LOG.debug("autocommit back on after the recovery: {}", reason(e));
      }
    }
    return copied;
  }

  private int copyTable(Connection from, String table) {
    List<String> columns = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (rs.next()) {
        columns.add(rs.getString("name"));
      }
    } catch (SQLException e) {
      return 0;
    }
    String list = String.join(", ", columns);
    String insert =
        "INSERT OR IGNORE INTO "
            + table
            + " ("
            + list
            + ") VALUES ("
            + String.join(", ", columns.stream().map(c -> "?").toList())
            + ")";
    int copied = 0;
    try (PreparedStatement into = connection.prepareStatement(insert)) {
      for (String order : new String[] {"ASC", "DESC"}) {
        try (Statement s = from.createStatement();
            ResultSet rs =
                s.executeQuery("SELECT " + list + " FROM " + table + " ORDER BY rowid " + order)) {
          while (rs.next()) {
            for (int i = 0; i < columns.size(); i++) {
              into.setObject(i + 1, rs.getObject(i + 1));
            }
            copied += into.executeUpdate();
          }
        } catch (SQLException e) {
          // An unreadable page ends this direction; the other one may reach past it.
        }
      }
    } catch (SQLException e) {
      LOG.debug("cannot copy {} from the damaged diary: {}", table, reason(e));
    }
    return copied;
  }

  private static List<String> tablesOf(Connection c) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  /** Where a damaged diary was moved at open, if it was. */
  public Optional<Path> movedAside() {
    return Optional.ofNullable(movedAside);
  }

  private static boolean isCorrupt(SQLException e) {
    int code = e.getErrorCode() & 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
  }

  private static Path moveAside(Path file, String why) {
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
          "the diary "
              + file
              + " is damaged ("
              + why
              + "), and moving it aside failed: "
              + e.getMessage(),
          e);
    }
    return aside;
  }

  private static Database openAsIs(Path file, boolean owner) {
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
      Database db = new Database(file, connection, owner);
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
    followFile();
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw explained(e);
    }
  }

  /** Runs work in one transaction: all of it is stored, or none. */
  synchronized <T> T inTransaction(SqlWork<T> work) throws SQLException {
    followFile();
    connection.setAutoCommit(false);
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollbackAfter(e);
      throw explained(e);
    } catch (RuntimeException e) {
      rollbackAfter(e);
      throw e;
    } finally {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        LOG.debug("autocommit back on after a failed transaction: {}", reason(e));
      }
    }
  }

  /** SQLite may already have rolled back (a full disk does); the first error is the one to tell. */
  private void rollbackAfter(Exception first) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      first.addSuppressed(e);
    }
  }

  /** A full disk says so, and where, instead of SQLite's words for what followed from it. */
  private SQLException explained(SQLException e) {
    boolean full = (e.getErrorCode() & 0xff) == SQLITE_FULL || diskFull();
    if (!full) {
      return e;
    }
    return new SQLException(
        "the disk holding " + file.toAbsolutePath().getParent() + " is full",
        e.getSQLState(),
        e.getErrorCode(),
        e);
  }

  private boolean diskFull() {
    try {
      return Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace() < 64 * 1024;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The owner notices, before each read and write, that its file was deleted or replaced under it
   * (SQLite would go on writing to the deleted file, where nothing is kept) and starts a diary at
   * the same path; what is not saved yet is still in the callers' memory and lands there.
   */
  private void followFile() throws SQLException {
    if (!owner || Objects.equals(fileKey, fileKey(file))) {
      return;
    }
    LOG.warn(
        "{} was deleted or replaced while Unknot had it open; a new diary is started there", file);
    closeQuietly(connection); // also removes the old file's -wal and -shm, which would confuse
    Database fresh = openAsIs(file, true);
    connection = fresh.connection;
    fileKey = fresh.fileKey;
  }

  /** The file's identity (device and inode), or null when there is no file. */
  private static Object fileKey(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
          .fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  synchronized Connection connection() {
    return connection;
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized void close() {
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
