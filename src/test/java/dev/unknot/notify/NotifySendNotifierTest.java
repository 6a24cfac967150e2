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
}
