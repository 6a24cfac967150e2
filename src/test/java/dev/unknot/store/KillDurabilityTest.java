package dev.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.BreakRecord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL mid-run loses no row whose write had returned. */
class KillDurabilityTest {

  @TempDir Path dir;

  @Test
  void everyReturnedWriteSurvivesKillNine() throws Exception {
    Path file = dir.resolve("unknot.db");
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                DurabilityWriter.class.getName(),
                file.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    int confirmed = -1;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        confirmed = Integer.parseInt(line);
        if (confirmed == 150) {
          writer.destroyForcibly(); // SIGKILL while it keeps writing
          break;
        }
      }
    }
    assertTrue(writer.waitFor(10, TimeUnit.SECONDS));
    assertEquals(150, confirmed, "the writer died before it was killed");

    try (Database db = Database.open(file)) {
      try (Statement s = db.connection().createStatement();
          var rs = s.executeQuery("PRAGMA integrity_check")) {
        assertEquals("ok", rs.getString(1));
      }
      Set<String> stored = new HashSet<>();
      for (BreakRecord r : new SqliteBreakLog(db).breaks(null, null, null)) {
        stored.add(r.exerciseId());
      }
      for (int i = 0; i <= confirmed; i++) {
        assertTrue(stored.contains("n" + i), "row " + i + " was confirmed but is lost");
      }
    }
  }
}
