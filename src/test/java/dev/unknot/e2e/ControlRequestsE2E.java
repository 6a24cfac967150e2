package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the control socket answers: the break really on screen, a clean quit, plain errors. */
class ControlRequestsE2E extends DaemonOnDesktop {

  // Breaks long enough that none ends by itself while the test runs.
  private static final String CONFIG =
      "[knots]\ncheckin = false\n[summary]\nnotify = false\n"
          + "[breaks.micro]\ninterval = \"15m\"\nduration = \"10m\"\n";

  ControlRequestsE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
  }

  @Test
  void breakNowReportsTheBreakOnScreenNotTheTypeAskedFor() throws Exception {
    unknot.start(CONFIG);
    assertEquals("A rest break is on screen.\n", ok("break-now", "rest").out());
    assertEquals(
        "A rest break is already on screen, so no micro-break was started.\n",
        ok("break-now", "micro").out());

    // A pause postpones the break on screen; after it, the other direction.
    ok("pause", "5m");
    ok("resume");
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10), () -> desktop.window("Unknot: rest break").isEmpty()));
    assertEquals("A micro-break is on screen.\n", ok("break-now").out());
    assertEquals(
        "A micro-break is already on screen, so no rest break was started.\n",
        ok("break-now", "rest").out());
  }

  @Test
  void resumeWithNothingPausedSaysBreaksWereNotPaused() throws Exception {
    unknot.start(CONFIG);
    assertEquals("Breaks were not paused; nothing changed.\n", ok("resume").out());
    ok("pause", "10m");
    assertEquals("Breaks are back on.\n", ok("resume").out());
  }

  @Test
  void quitStopsTheDaemonCleanlyAndWaitsForIt() throws Exception {
    unknot.start(CONFIG);
    long pid = unknot.daemon().pid();
    Desktop.Result quit = ok("quit");
    assertEquals("Unknot (pid " + pid + ") has stopped.\n", quit.out());
    // The command returned after the process ended; the test's handle only has to reap it.
    assertTrue(unknot.daemon().waitFor(10, TimeUnit.SECONDS));
    assertEquals(0, unknot.daemon().exitValue());
    assertTrue(unknot.logContains("stopping"), "the shutdown ran");
    assertFalse(Files.exists(unknot.home().resolve("run/unknot/control.sock")));
    assertTrue(ok("status").out().startsWith("Unknot is not running."));
    assertEquals("Unknot is not running; nothing to stop.\n", ok("quit").out());
  }

  @Test
  void malformedControlRequestsGetPlainErrorsNotJavaExceptions() throws Exception {
    unknot.start(CONFIG);
    assertEquals(
        "error pause takes 1 to 86400 seconds, not '9223372036854775807'",
        request("pause 9223372036854775807"));
    assertEquals(
        "error pause takes 1 to 86400 seconds, not '31536000000000'",
        request("pause 31536000000000"));
    assertEquals("error pause takes 1 to 86400 seconds, not 'soon'", request("pause soon"));
    assertEquals("error pause takes one argument: a number of seconds", request("pause"));
    assertEquals("error mouse-hand takes one argument: left or right", request("mouse-hand"));
    assertEquals("error mouse-hand takes left or right, not 'LEFT'", request("mouse-hand LEFT"));
    assertEquals(
        "error unknown break type ‘sideways’ (expected micro or rest)",
        request("break-now sideways"));
    assertTrue(ok("status").out().startsWith("Unknot is running"), "still answering");
  }

  /** One request on the raw socket, as any local program could send it: the answer's first line. */
  private String request(String line) throws IOException {
    Path socket = unknot.home().resolve("run/unknot/control.sock");
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
      ByteBuffer in = ByteBuffer.allocate(4096);
      while (channel.read(in) >= 0) {
        // until the daemon closes the connection
      }
      return new String(in.array(), 0, in.position(), StandardCharsets.UTF_8)
          .lines()
          .findFirst()
          .orElse("");
    }
  }

  private Desktop.Result ok(String... args) {
    Desktop.Result result = unknot.cli(args);
    assertEquals(0, result.exitCode(), String.join(" ", args) + ": " + result.err());
    return result;
  }
}
