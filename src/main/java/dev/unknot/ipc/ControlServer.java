package dev.unknot.ipc;

import dev.unknot.store.OwnerOnlyFiles;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running daemon's control socket. A client sends one line of words; the answer is "ok" or
 * "error MESSAGE", then key=value lines, then the connection closes.
 */
public final class ControlServer implements AutoCloseable {

  /** Answers one request; an IllegalArgumentException becomes an error answer. */
  public interface Handler {
    Map<String, String> handle(List<String> words);
  }

  static final int MAX_REQUEST_BYTES = 1024;
  private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);

  private final Path socket;
  private final ServerSocketChannel server;
  private final Handler handler;

  private ControlServer(Path socket, ServerSocketChannel server, Handler handler) {
    this.socket = socket;
    this.server = server;
    this.handler = handler;
  }

  /**
   * Listens on the socket. Call it only while holding the {@link InstanceLock}: a socket file found
   * there is then one a dead daemon left behind, and is replaced.
   */
  public static ControlServer start(Path socket, Handler handler) throws IOException {
    OwnerOnlyFiles.directory(socket.getParent());
    if (Files.deleteIfExists(socket)) {
      LOG.info("removed a stale control socket left by an earlier run: {}", socket);
    }
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socket));
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
    }
    ControlServer control = new ControlServer(socket, server, handler);
    Thread thread = new Thread(control::acceptLoop, "unknot-control");
    thread.setDaemon(true);
    thread.start();
    return control;
  }

  private void acceptLoop() {
    while (server.isOpen()) {
      try {
        SocketChannel client = server.accept();
        // Its own thread, so a client that never writes cannot block the next one.
        Thread serving = new Thread(() -> serve(client), "unknot-control-client");
        serving.setDaemon(true);
        serving.start();
      } catch (IOException e) {
        if (server.isOpen()) {
          LOG.warn("control socket: {}", e.getMessage());
        }
      }
    }
  }

  private void serve(SocketChannel client) {
    try (client) {
      String request = readLine(client);
      String answer;
      try {
        List<String> words = Arrays.asList(request.strip().split("\\s+"));
        StringBuilder out = new StringBuilder("ok\n");
        handler.handle(words).forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        answer = out.toString();
      } catch (IllegalArgumentException e) {
        answer = "error " + e.getMessage().replace('\n', ' ') + "\n";
      } catch (RuntimeException e) {
        LOG.error("control request '{}' failed", request, e);
        answer = "error " + e + "\n";
      }
      ByteBuffer bytes = ByteBuffer.wrap(answer.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        client.write(bytes);
      }
    } catch (IOException e) {
      LOG.debug("control client went away: {}", e.getMessage());
    }
  }

  private static String readLine(SocketChannel client) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(MAX_REQUEST_BYTES);
    while (buffer.hasRemaining() && client.read(buffer) >= 0) {
      if (buffer.position() > 0 && buffer.get(buffer.position() - 1) == '\n') {
        break;
      }
    }
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    server.close();
    Files.deleteIfExists(socket);
  }
}
