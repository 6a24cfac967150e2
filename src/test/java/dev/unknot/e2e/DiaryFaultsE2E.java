package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon killed, or its diary damaged, while commands write to it: nothing said saved is lost.
 */
class DiaryFaultsE2E extends DaemonOnDesktop {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONFIG = "[knots]\ncheckin = false\n[summary]\nnotify = false\n";

  DiaryFaultsE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
  }

  private Desktop.Result addKnot(String note) {
    return unknot.cli(
        "knot", "add", "--area", "neck", "--side", "left", "--severity", "2", "--note", note);
  }

  @Test
  void killNineWhileACommandWritesLosesNoKnotItReportedSaved() throws Exception {
    unknot.start(CONFIG);
    List<String> saved = new CopyOnWriteArrayList<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    Thread writer =
        new Thread(
            () -> {
              for (int i = 0; writing.get(); i++) {
                if (addKnot("kill-" + i).exitCode() == 0) {
                  saved.add("kill-" + i);
                }
              }
            });
    writer.start();
    Random random = new Random(9);
    try {
      for (int round = 0; round < 3; round++) {
        int wanted = saved.size() + 1 + random.nextInt(2);
        assertTrue(
            Desktop.await(Duration.ofSeconds(60), () -> saved.size() >= wanted),
            "the writer stalled at " + saved.size());
        unknot.daemon().destroyForcibly(); // SIGKILL, at whatever the daemon was doing
        assertTrue(unknot.daemon().waitFor(20, TimeUnit.SECONDS));
        unknot.start(CONFIG);
      }
    } finally {
      writing.set(false);
      writer.join(60_000);
    }

    JsonNode knots = listKnots();
    Set<String> stored = new HashSet<>();
    knots.forEach(k -> stored.add(k.get("note").asText()));
    for (String note : saved) {
      assertTrue(stored.contains(note), note + " was reported saved but is gone: " + stored);
    }
    assertEquals("ok", integrity(unknot.database()));
    assertEquals(List.of(), damagedCopies(), "a sound diary was moved aside");
  }

  /**
   * Issue 15.4: the command moved aside a diary the daemon had open, and the daemon's writes died.
   */
  @Test
  void aCommandLeavesADamagedDiaryToTheDaemonThatHasItOpen() throws Exception {
    unknot.start(CONFIG);
    assertEquals(0, addKnot("before").exitCode());
    // Every page back in the file, so that SQLite reads the header from it, not from the WAL.
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + unknot.database());
        Statement s = c.createStatement()) {
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    try (RandomAccessFile raf = new RandomAccessFile(unknot.database().toFile(), "rw")) {
      raf.write(new byte[16]); // the header's "SQLite format 3"
    }

    Desktop.Result refused = addKnot("after");
    assertEquals(1, refused.exitCode(), refused.out() + refused.err());
    assertEquals(1, refused.err().lines().count(), refused.err());
    assertTrue(refused.err().contains("is damaged"), refused.err());
    assertEquals(List.of(), damagedCopies(), "the command moved the diary aside");
    // Status answers from the daemon's memory, not from the damaged file.
    Desktop.Result status = unknot.cli("status", "--json");
    assertEquals(0, status.exitCode(), status.err());
    assertTrue(JSON.readTree(status.out()).get("running").asBoolean());
    assertTrue(unknot.isAlive());
  }

  /**
   * Issue 15.8: status waited on a diary another process held locked. Now it answers from the
   * daemon's memory, while a command that must write is kept out by the lock and says so.
   */
  @Test
  void statusAnswersFromTheDaemonWhileAnotherProcessHoldsTheDiaryLocked() throws Exception {
    unknot.start(CONFIG);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + unknot.database());
        Statement s = c.createStatement()) {
      s.execute("BEGIN EXCLUSIVE");
      s.execute("INSERT INTO weekly_summaries (week, shown_at) VALUES ('2026-W01', 0)");
      Desktop.Result write = addKnot("while locked");
      assertEquals(1, write.exitCode(), "the lock keeps writers out: " + write.out() + write.err());
      assertTrue(write.err().contains("locked"), write.err());

      Desktop.Result status = unknot.cli("status", "--json");
      assertEquals(0, status.exitCode(), status.err());
      JsonNode answer = JSON.readTree(status.out());
      assertTrue(answer.get("running").asBoolean());
      assertEquals(0, answer.get("today").get("taken").asLong());
      s.execute("ROLLBACK");
    }
  }

  private JsonNode listKnots() throws Exception {
    Desktop.Result list = unknot.cli("knot", "list", "--json");
    assertEquals(0, list.exitCode(), list.err());
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : list.out().lines().toList()) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return JSON.valueToTree(nodes);
  }

  private List<Path> damagedCopies() throws Exception {
    try (Stream<Path> files = Files.list(unknot.database().getParent())) {
      return files.filter(f -> f.getFileName().toString().contains(".damaged-")).toList();
    }
  }

  private static String integrity(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      return rs.getString(1);
    }
  }
}
