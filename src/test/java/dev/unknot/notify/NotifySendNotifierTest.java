package dev.unknot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the notifier reads notify-send's output, with scripts that answer the way notify-send 0.8
 * does. The real one, with dunst, is in SummaryE2E.
 */
class NotifySendNotifierTest {

  @TempDir Path dir;

  private String script(String body) throws Exception {
    Path file = dir.resolve("notify-send");
    Files.writeString(file, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file.toString();
  }

  @Test
  void aShownNotificationReportsItsClick() throws Exception {
    CountDownLatch opened = new CountDownLatch(1);
    NotifySendNotifier notifier =
        new NotifySendNotifier(script("echo 17; sleep 0.2; echo default"));

    assertTrue(notifier.show("Your week", List.of("a", "b"), opened::countDown));
    assertTrue(opened.await(5, TimeUnit.SECONDS), "the click was not passed on");
  }

  @Test
  void noNotificationServiceMeansNotShown() throws Exception {
    // notify-send prints id 0, then fails, when the session bus cannot be reached.
    NotifySendNotifier notifier =
        new NotifySendNotifier(script("echo 0; echo 'Could not connect' >&2; exit 1"));

    assertFalse(notifier.show("Your week", List.of("a"), () -> {}));
  }

  @Test
  void noNotifySendMeansNotShown() {
    assertFalse(
        new NotifySendNotifier(dir.resolve("missing").toString())
            .show("Your week", List.of("a"), () -> {}));
  }

  @Test
  void theBodyIsEscapedForServicesThatReadMarkup() throws Exception {
    Path args = dir.resolve("args");
    NotifySendNotifier notifier =
        new NotifySendNotifier(script("printf '%s\\n' \"$@\" > " + args + "; echo 3"));

    assertTrue(notifier.show("Title", List.of("5 < 6 & 7 > 2", "next"), () -> {}));
    List<String> written = Files.readAllLines(args);
    assertEquals("Title", written.get(written.size() - 3));
    assertEquals("5 &lt; 6 &amp; 7 &gt; 2", written.get(written.size() - 2));
    assertEquals("next", written.get(written.size() - 1));
  }

  @Test
  void aNotificationWithNothingToOpenOffersNoAction() throws Exception {
    Path args = dir.resolve("args");
    NotifySendNotifier notifier =
        new NotifySendNotifier(script("printf '%s\\n' \"$@\" > " + args + "; echo 4"));

    assertTrue(notifier.show("A long day", List.of("6h"), null));
    List<String> written = Files.readAllLines(args);
    assertTrue(written.stream().noneMatch(a -> a.startsWith("--action")), written.toString());
    assertTrue(written.contains("--print-id"), written.toString());

    assertTrue(notifier.show("Your week", List.of("a"), () -> {}));
    assertTrue(Files.readAllLines(args).contains("--action=default=Open report"));
  }

  @Test
  void closeEndsEveryNotificationStillWaitingForAClickNotOnlyTheNewest() throws Exception {
    Path pids = dir.resolve("pids");
    // exec: the waiting process is the one whose pid is written, as notify-send itself would be.
    NotifySendNotifier notifier =
        new NotifySendNotifier(script("echo $$ >> " + pids + "; echo 21; exec sleep 120"));

    assertTrue(notifier.show("Your week", List.of("a"), () -> {}));
    assertTrue(notifier.show("A long day", List.of("6h"), () -> {}));
    List<ProcessHandle> waiting =
        Files.readAllLines(pids).stream()
            .map(pid -> ProcessHandle.of(Long.parseLong(pid)).orElseThrow())
            .toList();
    assertEquals(2, waiting.size());

    notifier.close();
    for (ProcessHandle p : waiting) {
      p.onExit().get(10, TimeUnit.SECONDS);
    }
    assertTrue(waiting.stream().noneMatch(ProcessHandle::isAlive));
  }

  @Test
  void finishedNotifySendProcessesAreReapedAndForgotten() throws Exception {
    NotifySendNotifier notifier = new NotifySendNotifier(script("echo 8; echo default"));

    for (int i = 0; i < 3; i++) {
      assertTrue(notifier.show("Your week", List.of("a"), () -> {}));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (notifier.running() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10); // a poll interval, not a wait for the answer
    }
    assertEquals(0, notifier.running(), "exited notify-send processes are still kept");
  }

  @Test
  void notificationsCarryUnknotsIcon() throws Exception {
    Path args = dir.resolve("args");
    NotifySendNotifier notifier =
        new NotifySendNotifier(script("printf '%s\\n' \"$@\" > " + args + "; echo 5"));

    assertTrue(notifier.show("A long day", List.of("6h"), null));
    String icon =
        Files.readAllLines(args).stream()
            .filter(a -> a.startsWith("--icon="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no --icon"))
            .substring("--icon=".length());
    byte[] png = Files.readAllBytes(Path.of(icon));
    assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
  }
}
