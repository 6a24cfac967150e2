package dev.unknot.ipc;

import dev.unknot.core.i18n.Messages;
import dev.unknot.platform.OwnerOnlyFiles;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running daemon's control socket. A client sends one line of words; the answer is "ok" or
 * "error MESSAGE", then key=value lines, then the connection closes.
 *
 * <p>A local client may be hostile or broken, so what it can hold is bounded: one thread does all
 * the socket I/O (an idle connection costs a small buffer, not a thread), requests are answered on
 * a small fixed pool started up front (so no thread is ever created per client), a request must
 * arrive within {@link #TIMEOUT}, and at most {@link #MAX_OPEN} connections are open: beyond that
 * the one that has waited longest without sending its line is closed, so idle connections can never
 * lock out a client that asks promptly.
 */
public final class ControlServer implements AutoCloseable {

  /** Answers one request; an IllegalArgumentException becomes an error answer. */
  public interface Handler {
    Map<String, String> handle(List<String> words);
  }

  static final int MAX_REQUEST_BYTES = 1024;
  static final int MAX_OPEN = 64;
  static final Duration TIMEOUT = Duration.ofSeconds(3);
  private static final int WORKERS = 2;
  private static final long BACK_OFF_MILLIS = 200;
  private static final long QUIET_LOG_NANOS = TimeUnit.SECONDS.toNanos(10);
  private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);

  private final Path socket;
  private final ServerSocketChannel server;
  private final Selector selector;
  private final Handler handler;
  private final ThreadPoolExecutor workers;
  private final Queue<Runnable> forTheLoop = new ConcurrentLinkedQueue<>();

  /** Open connections, oldest first; touched by the I/O thread only. */
  private final Set<Connection> open = new LinkedHashSet<>();

  private volatile boolean closed;
  private long lastProblemLogged = System.nanoTime() - QUIET_LOG_NANOS;
  private int problemsNotLogged;

  private ControlServer(
      Path socket, ServerSocketChannel server, Selector selector, Handler handler) {
    this.socket = socket;
    this.server = server;
    this.selector = selector;
    this.handler = handler;
    this.workers =
        new ThreadPoolExecutor(
            WORKERS,
            WORKERS,
            0,
            TimeUnit.SECONDS,
            // Each open connection queues at most one request.
            new ArrayBlockingQueue<>(MAX_OPEN),
            r -> {
              Thread t = new Thread(r, "unknot-control-worker");
              t.setDaemon(true);
              return t;
            });
    workers.prestartAllCoreThreads();
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
    Selector selector;
    try {
      server.bind(UnixDomainSocketAddress.of(socket));
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
      }
      server.configureBlocking(false);
      selector = Selector.open();
      server.register(selector, SelectionKey.OP_ACCEPT);
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
    ControlServer control = new ControlServer(socket, server, selector, handler);
    Thread thread = new Thread(control::loop, "unknot-control");
    thread.setDaemon(true);
    thread.start();
    return control;
  }

  /** One connection: its request as it arrives, then its answer as it leaves. */
  private static final class Connection {
    final SocketChannel channel;
    final SelectionKey key;
    final ByteBuffer request = ByteBuffer.allocate(MAX_REQUEST_BYTES);
    long deadlineNanos;
    boolean handling;
    ByteBuffer answer;
    boolean draining;

    Connection(SocketChannel channel, SelectionKey key, long deadlineNanos) {
      this.channel = channel;
      this.key = key;
      this.deadlineNanos = deadlineNanos;
    }

    /** Not yet asked anything, or already answered: may be closed to make room. */
    boolean idle() {
      return !handling && (answer == null || draining);
    }
  }

  private void loop() {
    try {
      while (!closed) {
        try {
          selector.select(millisToNextDeadline());
          Thread.interrupted(); // An interrupt must not turn select into a busy loop.
          runQueued();
          Iterator<SelectionKey> selected = selector.selectedKeys().iterator();
          while (selected.hasNext()) {
            SelectionKey key = selected.next();
            selected.remove();
            if (key.isValid() && key.isAcceptable()) {
              acceptAll();
            } else if (key.isValid() && key.attachment() instanceof Connection c) {
              if (key.isReadable()) {
                read(c);
              }
              if (key.isValid() && key.isWritable()) {
                write(c);
              }
            }
          }
          closeExpired();
        } catch (ClosedSelectorException e) {
          return;
        } catch (Throwable e) {
          // Anything, OutOfMemoryError and too many open files included: the socket keeps
          // listening once the pressure is gone, instead of going deaf for the rest of the run.
          if (closed) {
            return;
          }
          survive(e);
        }
      }
    } finally {
      for (Connection c : List.copyOf(open)) {
        close(c);
      }
      try {
        selector.close();
      } catch (IOException e) {
        LOG.debug("closing the control selector: {}", e.getMessage());
      }
    }
  }

  private long millisToNextDeadline() {
    long now = System.nanoTime();
    long next = Long.MAX_VALUE;
    for (Connection c : open) {
      if (!c.handling) {
        next = Math.min(next, c.deadlineNanos - now);
      }
    }
    if (next == Long.MAX_VALUE) {
      return 0; // Nothing waits on a deadline: block until something happens.
    }
    return Math.max(1, TimeUnit.NANOSECONDS.toMillis(next) + 1);
  }

  private void runQueued() {
    Runnable task;
    while ((task = forTheLoop.poll()) != null) {
      task.run();
    }
  }

  private void acceptAll() throws IOException {
    SocketChannel client;
    while ((client = server.accept()) != null) {
      if (open.size() >= MAX_OPEN && !closeOldestIdle()) {
        LOG.debug("control socket: {} connections busy; refused one", open.size());
        closeQuietly(client);
        continue;
      }
      try {
        client.configureBlocking(false);
        SelectionKey key = client.register(selector, SelectionKey.OP_READ);
        Connection c = new Connection(client, key, System.nanoTime() + TIMEOUT.toNanos());
        key.attach(c);
        open.add(c);
      } catch (IOException e) {
        closeQuietly(client);
      }
    }
  }

  /** Makes room for a new connection; false when every open one is being answered. */
  private boolean closeOldestIdle() {
    for (Connection c : open) {
      if (c.idle()) {
        LOG.debug("control socket: {} connections open; closed the oldest idle one", open.size());
        close(c);
        return true;
      }
    }
    return false;
  }

  private void read(Connection c) {
    if (c.draining) {
      drain(c);
      return;
    }
    int from = c.request.position();
    int count;
    try {
      count = c.channel.read(c.request);
    } catch (IOException e) {
      close(c);
      return;
    }
    for (int i = from; i < c.request.position(); i++) {
      if (c.request.get(i) == '\n') {
        handle(c, i);
        return;
      }
    }
    if (count < 0) {
      if (c.request.position() > 0) {
        handle(c, c.request.position()); // A last line without its newline still counts.
      } else {
        close(c);
      }
    } else if (!c.request.hasRemaining()) {
      answer(
          c,
          "error "
              + Messages.get("ipc.server.request.too.long", String.valueOf(MAX_REQUEST_BYTES))
              + "\n");
    }
  }

  private void handle(Connection c, int end) {
    String request = new String(c.request.array(), 0, end, StandardCharsets.UTF_8);
    c.handling = true;
    c.key.interestOps(0);
    try {
      workers.execute(
          () -> {
            String answer = answer(request);
            forTheLoop.add(() -> answer(c, answer));
            selector.wakeup();
          });
    } catch (RejectedExecutionException e) {
      answer(c, "error " + Messages.get("ipc.server.busy") + "\n");
    }
  }

  /** On a worker thread: the handler's answer, or an error; never throws. */
  private String answer(String request) {
    try {
      List<String> words = Arrays.asList(request.strip().split("\\s+"));
      StringBuilder out = new StringBuilder("ok\n");
      handler.handle(words).forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
      return out.toString();
    } catch (IllegalArgumentException e) {
      return "error " + String.valueOf(e.getMessage()).replace('\n', ' ') + "\n";
    } catch (RuntimeException e) {
      LOG.error("control request '{}' failed", request, e);
      return "error " + e + "\n";
    } catch (Throwable e) {
      // A worker that died would have to be replaced by a new thread, which may be what failed.
      try {
        LOG.error("control request '{}' failed: {}", request, e.toString());
      } catch (Throwable ignored) {
        // Nothing more can be done; the answer still goes out.
      }
      return "error "
          + Messages.get("ipc.server.could.not.answer", e.getClass().getSimpleName())
          + "\n";
    }
  }

  /** On the I/O thread: starts sending the answer; the connection closes once it is out. */
  private void answer(Connection c, String text) {
    if (!c.channel.isOpen()) {
      return;
    }
    c.handling = false;
    c.answer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    c.deadlineNanos = System.nanoTime() + TIMEOUT.toNanos();
    write(c);
    if (c.channel.isOpen()) {
      c.key.interestOps(SelectionKey.OP_WRITE);
    }
  }

  private void write(Connection c) {
    try {
      c.channel.write(c.answer);
      if (!c.answer.hasRemaining()) {
        // Closing with the rest of an oversized request unread would reset the connection before
        // the client read its answer: end our side, and wait for the client to end its own.
        c.channel.shutdownOutput();
        c.draining = true;
        c.key.interestOps(SelectionKey.OP_READ);
        drain(c);
      }
    } catch (IOException e) {
      LOG.debug("control client went away: {}", e.getMessage());
      close(c);
    }
  }

  private void drain(Connection c) {
    try {
      ByteBuffer discard = ByteBuffer.allocate(MAX_REQUEST_BYTES);
      int count;
      int reads = 0;
      // Bounded, so a client that streams cannot keep the I/O thread here.
      while ((count = c.channel.read(discard)) > 0 && ++reads < 16) {
        discard.clear();
      }
      if (count < 0) {
        close(c);
      }
    } catch (IOException e) {
      close(c);
    }
  }

  private void closeExpired() {
    long now = System.nanoTime();
    for (Connection c : new ArrayList<>(open)) {
      if (!c.handling && now - c.deadlineNanos >= 0) {
        LOG.debug("control socket: a client sent no request within {}; closed", TIMEOUT);
        close(c);
      }
    }
  }

  private void close(Connection c) {
    open.remove(c);
    c.key.cancel();
    closeQuietly(c.channel);
  }

  private static void closeQuietly(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("closing a control connection: {}", e.getMessage());
    }
  }

  /**
   * Logs at most one line per few seconds, then waits a little so a persisting fault cannot spin.
   */
  private void survive(Throwable problem) {
    try {
      long now = System.nanoTime();
      if (now - lastProblemLogged >= QUIET_LOG_NANOS) {
        LOG.error(
            "control socket: {}; still listening{}",
            problem.toString(),
            problemsNotLogged == 0 ? "" : " (" + problemsNotLogged + " more since the last line)");
        lastProblemLogged = now;
        problemsNotLogged = 0;
      } else {
        problemsNotLogged++;
      }
    } catch (Throwable ignored) {
      // Logging itself failed (no memory): carry on regardless.
    }
    try {
      Thread.sleep(BACK_OFF_MILLIS);
    } catch (InterruptedException e) {
      // Only close() stops the loop.
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    try {
      server.close();
    } finally {
      selector.wakeup();
      workers.shutdownNow();
      Files.deleteIfExists(socket);
    }
  }
}
