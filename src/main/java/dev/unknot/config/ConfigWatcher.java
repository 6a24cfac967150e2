package dev.unknot.config;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls back when the config file changes. It watches the file's folder, so saving by rename (vim,
 * VS Code) counts, and waits for the writes to go quiet, so one save is one call. An empty file is
 * taken as a save still being written (an editor that truncates, then writes): the empty file is a
 * valid config of all defaults, and applying it would silently undo every setting.
 */
public final class ConfigWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ConfigWatcher.class);

  private final Path file;
  private final Duration quiet;
  private final Runnable onChange;
  private final WatchService watcher;
  private final AtomicInteger emptySavesPassedOver = new AtomicInteger();

  public ConfigWatcher(Path file, Duration quiet, Runnable onChange) throws IOException {
    this.file = file.toAbsolutePath();
    this.quiet = quiet;
    this.onChange = onChange;
    this.watcher = FileSystems.getDefault().newWatchService();
    this.file
        .getParent()
        .register(
            watcher,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
    Thread thread = new Thread(this::watch, "unknot-config-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  private void watch() {
    try {
      while (true) {
        if (!concernsFile(watcher.take())) {
          continue;
        }
        // Quiet means no write to the file itself for a while: other files in a busy folder (a
        // home folder, a dotfiles repository) must not keep the reload waiting for ever.
        long lastWrite = System.nanoTime();
        long left;
        while ((left = quiet.toNanos() - (System.nanoTime() - lastWrite)) > 0) {
          WatchKey more = watcher.poll(left, TimeUnit.NANOSECONDS);
          if (more != null && concernsFile(more)) {
            lastWrite = System.nanoTime();
          }
        }
        if (isEmpty()) {
          LOG.info(
              "{} is empty: taken as a save still being written; the settings in use stay", file);
          emptySavesPassedOver.incrementAndGet();
          continue;
        }
        try {
          onChange.run();
        } catch (Throwable e) {
          // Errors too (a stack overflow, a full heap): one bad save must not end live reload.
          LOG.error(
              "applying the changed {} failed; the settings in use stay, and the next save is"
                  + " read again",
              file,
              e);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed: Unknot is stopping.
    }
  }

  private boolean isEmpty() {
    try {
      return Files.isRegularFile(file) && Files.size(file) == 0;
    } catch (IOException e) {
      return false; // gone or unreadable: the callback says so
    }
  }

  /** How many times the file was found empty and left alone; for tests. */
  int emptySavesPassedOver() {
    return emptySavesPassedOver.get();
  }

  private boolean concernsFile(WatchKey key) {
    boolean relevant = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      relevant |=
          event.kind() == StandardWatchEventKinds.OVERFLOW
              || file.getFileName().equals(event.context());
    }
    key.reset();
    return relevant;
  }

  @Override
  public void close() throws IOException {
    watcher.close();
  }
}
