package dev.unknot.ipc;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Talks to a running daemon over its control socket. */
public final class ControlClient {

  /** The daemon's answer: ok with values, or an error message. */
  public record Answer(boolean ok, String error, Map<String, String> values) {}

  private ControlClient() {}

  /** Sends one request; empty when no daemon is listening (no socket, or a stale one). */
  public static Optional<Answer> send(Path socket, String request) throws IOException {
    if (!Files.exists(socket)) {
      return Optional.empty();
    }
    SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    try (channel) {
      try {
        channel.connect(UnixDomainSocketAddress.of(socket));
      } catch (IOException e) {
        return Optional.empty(); // A socket left by a daemon that died: nobody answers.
      }
      ByteBuffer out = ByteBuffer.wrap((request + "\n").getBytes(StandardCharsets.UTF_8));
      while (out.hasRemaining()) {
        channel.write(out);
      }
      ByteBuffer in = ByteBuffer.allocate(16 * 1024);
      while (in.hasRemaining() && channel.read(in) >= 0) {
        // Read until the daemon closes the connection.
      }
      String text = new String(in.array(), 0, in.position(), StandardCharsets.UTF_8);
      return Optional.of(parse(text));
    }
  }

  static Answer parse(String text) {
    String[] lines = text.split("\n");
    if (lines.length == 0 || !(lines[0].equals("ok") || lines[0].startsWith("error "))) {
      return new Answer(false, "the daemon gave an answer Unknot does not understand", Map.of());
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
