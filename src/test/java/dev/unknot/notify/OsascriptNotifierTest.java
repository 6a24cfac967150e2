package dev.unknot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AppleScript handed to osascript, through a stand-in osascript that keeps its arguments. */
class OsascriptNotifierTest {

  @TempDir Path dir;

  private String scriptHandedToOsascript(String title, List<String> lines, Runnable onOpen)
      throws Exception {
    Path args = dir.resolve("args");
    Path osascript = dir.resolve("osascript");
    Files.writeString(osascript, "#!/bin/sh\nprintf '%s\\n' \"$@\" > " + args + "\n");
    Files.setPosixFilePermissions(osascript, PosixFilePermissions.fromString("rwx------"));

    assertTrue(new OsascriptNotifier(osascript.toString()).show(title, lines, onOpen));
    List<String> written = Files.readAllLines(args);
    assertEquals("-e", written.get(0));
    return String.join("\n", written.subList(1, written.size()));
  }

  @Test
  void aLongDayNoticeIsNotSubtitledWeeklySummary() throws Exception {
    String script = scriptHandedToOsascript("Unknot: a long day", List.of("6 h today"), null);

    assertEquals("display notification \"6 h today\" with title \"Unknot: a long day\"", script);
    assertFalse(script.contains("Weekly summary"), script);
  }

  @Test
  void aNoticeWithAReportToOpenSaysWhereToOpenIt() throws Exception {
    String script = scriptHandedToOsascript("Your week", List.of("3 breaks", "1 knot"), () -> {});

    assertEquals(
        "display notification \"3 breaks 1 knot\" with title \"Your week\""
            + " subtitle \"Open the full report from the Unknot menu\"",
        script);
  }

  @Test
  void quotesAndBackslashesAreEscapedForAppleScript() {
    assertEquals("\"say \\\"hi\\\" \\\\ bye\"", OsascriptNotifier.quote("say \"hi\" \\ bye"));
  }
}
