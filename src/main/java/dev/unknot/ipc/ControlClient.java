package dev.unknot.ipc;

import dev.unknot.core.i18n.Messages;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Talks to a running daemon over its control socket. */
public final class ControlClient {

  /** The daemon's answer: ok with values, or an error message. */
  public record Answer(boolean ok, String error, Map<String, String> values) {}

  /** Whether the answer is the one for a reply that could not be read, or no reply at all. */
  public static boolean isNoAnswer(Answer answer) {
    return !answer.ok() && answer.error().startsWith(Messages.get("ipc.client.not.understood"));
  }

  /** Connecting, sending and the whole answer: a daemon that takes longer is stuck. */
  public static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static final int MAX_ANSWER_BYTES = 16 * 1024;

  private ControlClient() {}

  /** Sends one request; empty when no daemon is listening (no socket, or a stale one). */
  public static Optional<Answer> send(Path socket, String request) throws IOException {
    return send(socket, request, TIMEOUT);
  }

  /**
   * Sends one request and waits at most {@code timeout} for the whole answer.
   *
   * @throws SocketTimeoutException when a daemon holds the socket but does not answer in time
   */
  public static Optional<Answer> send(Path socket, String request, Duration timeout)
      throws IOException {
    if (!Files.exists(socket)) {
      return Optional.empty();
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    Optional<SocketChannel> connected = connect(socket, deadline, timeout);
    if (connected.isEmpty()) {
      return Optional.empty(); // A socket left by a daemon that died: nobody answers.
    }
    try (SocketChannel channel = connected.get();
        Selector selector = Selector.open()) {
      SelectionKey key = channel.register(selector, SelectionKey.OP_WRITE);
      ByteBuffer out = ByteBuffer.wrap((request + "\n").getBytes(StandardCharsets.UTF_8));
      while (out.hasRemaining()) {
        await(selector, deadline, timeout);
        channel.write(out);
      }
      key.interestOps(SelectionKey.OP_READ);
      ByteBuffer in = ByteBuffer.allocate(MAX_ANSWER_BYTES);
      // Read until the daemon closes the connection.
      while (in.hasRemaining()) {
        await(selector, deadline, timeout);
        if (channel.read(in) < 0) {
          break;
        }
      }
      String text = new String(in.array(), 0, in.position(), StandardCharsets.UTF_8);
      return Optional.of(parse(text));
    }
  }

  /**
   * A non-blocking channel connected to the socket; empty for a socket nobody listens on. A
   * listener whose queue is full makes a non-blocking connect fail at once (EAGAIN), and a failed
   * connect closes its channel, so that is tried again on a new one until the deadline.
   */
  private static Optional<SocketChannel> connect(Path socket, long deadline, Duration timeout)
      throws IOException {
    while (true) {
      SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
      try {
        channel.configureBlocking(false);
        if (!channel.connect(UnixDomainSocketAddress.of(socket))) {
          try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_CONNECT);
            while (!channel.finishConnect()) {
              await(selector, deadline, timeout);
            }
          }
        }
        return Optional.of(channel);
      } catch (ConnectException e) {
        channel.close();
        return Optional.empty();
      } catch (SocketTimeoutException e) {
        channel.close();
        throw e;
      } catch (IOException e) {
        channel.close();
        if (!Files.exists(socket)) {
          return Optional.empty();
        }
        // not translated: the words of the system's EAGAIN
        if (!String.valueOf(e.getMessage()).contains("temporarily unavailable")) {
          throw e; // Permission denied and such: trying again will not help.
        }
        if (System.nanoTime() - deadline >= 0) {
          throw new SocketTimeoutException(
              Messages.get(
                  "ipc.client.connect.timeout",
                  timeout.toSeconds(),
                  String.valueOf(e.getMessage())));
        }
        sleep(20);
      }
    }
  }

  private static void await(Selector selector, long deadline, Duration timeout) throws IOException {
    while (true) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        throw new SocketTimeoutException(
            Messages.get("ipc.client.answer.timeout", timeout.toSeconds()));
      }
      if (selector.select(left) > 0) {
        selector.selectedKeys().clear();
        return;
      }
    }
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(Messages.get("ipc.client.interrupted"), e);
    }
  }

  static Answer parse(String text) {
    String[] lines = text.split("\n");
    if (lines.length == 0 || !(lines[0].equals("ok") || lines[0].startsWith("error "))) {
      return new Answer(false, Messages.get("ipc.client.not.understood"), Map.of());
    }
    if (!lines[0].equals("ok")) {
      return new Answer(false, lines[0].substring("error ".length()), Map.of());
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int eq = lines[i].indexOf('=');
      if (eq > 0) {
        values.put(lines[i].substring(0, eq), lines[i].substring(eq + 1));
      }
    }
    return new Answer(true, null, values);
  }
}
