package dev.unknot.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The control socket against clients that misbehave, over a real Unix socket. */
class ControlSocketTest {

  /** Only ever a limit on a hang: no test passes or fails on how fast something is. */
  private static final Duration HANG = Duration.ofSeconds(60);

  @TempDir Path dir;
  private Path socket;
  private ControlServer server;
  private final List<List<String>> handled = new CopyOnWriteArrayList<>();
  private final List<SocketChannel> clients = new ArrayList<>();

  @BeforeEach
  void listen() throws IOException {
    socket = dir.resolve("control.sock");
    server =
        ControlServer.start(
            socket,
            words -> {
              handled.add(words);
              if (words.get(0).equals("overflow")) {
                throw new StackOverflowError();
              }
              return Map.of("pid", "42");
            });
  }

  @AfterEach
  void stop() throws IOException {
    for (SocketChannel c : clients) {
      c.close();
    }
    server.close();
  }

  private SocketChannel connectAndSayNothing() throws IOException {
    SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX);
    clients.add(c);
    c.connect(UnixDomainSocketAddress.of(socket));
    return c;
  }

  private ControlClient.Answer status() throws IOException {
    return ControlClient.send(socket, "status").orElseThrow();
  }

  @Test
  void aClientThatConnectsAndSendsNothingDoesNotBlockOthers() {
    assertTimeoutPreemptively(
        HANG,
        () -> {
          connectAndSayNothing();
          assertEquals(Map.of("pid", "42"), status().values());
        });
  }

  @Test
  void aClientThatSendsNothingIsClosedAfterTheTimeout() {
    assertTimeoutPreemptively(
        HANG,
        () -> {
          SocketChannel silent = connectAndSayNothing();
          assertEquals(-1, silent.read(ByteBuffer.allocate(16)), "closed without an answer");
        });
  }

  @Test
  void twoHundredIdleConnectionsTakeNoThreadEachAndDoNotStopStatusAnswering() {
    assertTimeoutPreemptively(
        HANG,
        () -> {
          int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
          for (int i = 0; i < 200; i++) {
            connectAndSayNothing();
          }
          ControlClient.Answer answer = status();
          assertTrue(answer.ok(), String.valueOf(answer.error()));
          int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
          assertTrue(
              threadsAfter - threadsBefore < 10,
              "threads before " + threadsBefore + ", after " + threadsAfter);
          // Beyond the cap the oldest idle ones were closed at once, the rest at their timeout.
          for (SocketChannel idle : clients) {
            assertEquals(-1, idle.read(ByteBuffer.allocate(16)));
          }
          assertEquals(List.of(List.of("status")), handled);
        });
  }

  @Test
  void anOversizedRequestLineIsRefusedAndNotHandled() {
    assertTimeoutPreemptively(
        HANG,
        () -> {
          ControlClient.Answer answer =
              ControlClient.send(socket, "status " + "x".repeat(5000)).orElseThrow();
          assertFalse(answer.ok());
          assertEquals("the request is longer than 1024 bytes", answer.error());
          assertEquals(List.of(), handled);
          assertTrue(status().ok());
        });
  }

  @Test
  void anErrorInTheHandlerIsAnErrorAnswerAndTheSocketKeepsAnswering() {
    assertTimeoutPreemptively(
        HANG,
        () -> {
          // More than the worker threads, so a worker that died would show.
          for (int i = 0; i < 5; i++) {
            ControlClient.Answer answer = ControlClient.send(socket, "overflow").orElseThrow();
            assertFalse(answer.ok());
            assertEquals("Unknot could not answer (StackOverflowError)", answer.error());
          }
          assertTrue(status().ok());
        });
  }

  @Test
  void theClientGivesUpOnADaemonThatNeverAnswers() throws IOException {
    Path deaf = dir.resolve("deaf.sock");
    try (ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      listener.bind(UnixDomainSocketAddress.of(deaf));
      SocketTimeoutException e =
          assertTimeoutPreemptively(
              HANG,
              () ->
                  assertThrows(
                      SocketTimeoutException.class,
                      () -> ControlClient.send(deaf, "status", Duration.ofMillis(300))));
      assertTrue(e.getMessage().startsWith("Unknot did not answer within"), e.getMessage());
    }
  }

  @Test
  void aSocketNobodyListensOnIsNoDaemon() throws IOException {
    Path stale = dir.resolve("stale.sock");
    ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    listener.bind(UnixDomainSocketAddress.of(stale));
    listener.close(); // The file stays, as after kill -9.
    assertTrue(ControlClient.send(stale, "status").isEmpty());
  }

  @Test
  void aRequestWithoutItsNewlineIsAnsweredWhenTheClientStopsWriting() throws IOException {
    try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      c.connect(UnixDomainSocketAddress.of(socket));
      c.write(ByteBuffer.wrap("status".getBytes(StandardCharsets.US_ASCII)));
      c.shutdownOutput();
      ByteBuffer in = ByteBuffer.allocate(256);
      while (c.read(in) >= 0) {
        // until the server closes
      }
      assertEquals(
          "ok\npid=42\n", new String(in.array(), 0, in.position(), StandardCharsets.UTF_8));
    }
  }
}
