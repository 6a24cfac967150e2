package dev.unknot.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

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
          """);

  static final int BUSY_TIMEOUT_MILLIS = 5000;

  private final Path file;
  private final Connection connection;

  private Database(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  public static Database open(Path file) {
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
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      for (int v = version; v < MIGRATIONS.size(); v++) {
        for (String sql : MIGRATIONS.get(v).split(";")) {
          if (!sql.isBlank()) {
            s.execute(sql);
          }
        }
      }
      s.execute("PRAGMA user_version = " + MIGRATIONS.size());
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  int userVersion() throws SQLException {
    try (Statement s = connection.createStatement();
        var rs = s.executeQuery("PRAGMA user_version")) {
      return rs.getInt(1);
    }
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
