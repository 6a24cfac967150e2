package dev.unknot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.exercise.TomlExerciseCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live-reload watcher on a real folder, with the real loader where it matters. */
class ConfigWatcherTest {

  /** Far longer than a reload takes; only a dead or blocked watcher reaches it. */
  private static final long DEADLINE_SECONDS = 60;

  private static final Duration QUIET = Duration.ofMillis(100);

  @TempDir Path dir;

  @Test
  void liveReloadSurvivesAnErrorThrownByOneReload() throws Exception {
    Path file = dir.resolve("config.toml");
    Files.writeString(file, "# one\n");
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch second = new CountDownLatch(1);
    try (ConfigWatcher watcher =
        new ConfigWatcher(
            file,
            QUIET,
            () -> {
              if (first.getCount() > 0) {
                first.countDown();
                throw new StackOverflowError("from the first save");
              }
              second.countDown();
            })) {
      save(file, "# two\n");
      assertTrue(first.await(DEADLINE_SECONDS, TimeUnit.SECONDS), "no call for the first save");
      save(file, "# three\n");
      assertTrue(
          second.await(DEADLINE_SECONDS, TimeUnit.SECONDS), "the watcher died with the error");
    }
  }

  /** Issue 15 item 10: each of these saves stopped live reload for good. */
  @Test
  void liveReloadSurvivesDeepNestingAHugeFileAndAFifo() throws Exception {
    TomlConfigLoader loader = new TomlConfigLoader(TomlExerciseCatalog.shipped());
    Path file = dir.resolve("config.toml");
    Files.writeString(file, "[knots]\ncheckin = true\n");
    List<String> refused = new CopyOnWriteArrayList<>();
    List<UnknotConfig> applied = new CopyOnWriteArrayList<>();
    // What the daemon does with a change: apply it, or keep the settings and say why.
    Runnable reload =
        () -> {
          try {
            applied.add(loader.load(file));
          } catch (ConfigException e) {
            refused.addAll(e.problems());
          }
        };
    try (ConfigWatcher watcher = new ConfigWatcher(file, QUIET, reload)) {
      save(file, "[quiet]\napps = " + "[".repeat(500) + "]".repeat(500) + "\n");
      awaitRefusal(refused, p -> p.contains("nested more than 16 deep"));

      save(file, "# " + "x".repeat(10 * 1024 * 1024) + "\n");
      awaitRefusal(refused, p -> p.contains("a config file may be at most 1 MB"));

      Path fifo = dir.resolve("fifo");
      assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
      Files.move(fifo, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      awaitRefusal(refused, p -> p.contains("is not a regular file"));

      save(file, "[knots]\ncheckin = false\n");
      assertTrue(
          await(() -> applied.stream().anyMatch(c -> !c.checkIn().enabled())),
          "the valid save after them was not applied; refused: " + refused);
    }
  }

  /**
   * An editor that truncates the file and then writes it leaves an empty file for a moment; read
   * then, it was a valid config of all defaults, and every setting was silently undone.
   */
  @Test
  void aHalfWrittenEmptyConfigIsNotAppliedAsDefaults() throws Exception {
    Path file = dir.resolve("config.toml");
    Files.writeString(file, "[knots]\ncheckin = false\n");
    List<Long> sizesSeen = new CopyOnWriteArrayList<>();
    Runnable reload =
        () -> {
          try {
            sizesSeen.add(Files.size(file));
          } catch (java.io.IOException e) {
            sizesSeen.add(-1L);
          }
        };
    try (ConfigWatcher watcher = new ConfigWatcher(file, QUIET, reload)) {
      Files.write(file, new byte[0]); // truncated in place, the rest not yet written
      assertTrue(
          await(() -> watcher.emptySavesPassedOver() > 0 || !sizesSeen.isEmpty()),
          "the truncation was not seen at all");
      assertEquals(List.of(), sizesSeen, "the empty file was handed on to be applied");
      Files.writeString(file, "[knots]\ncheckin = true\n");
      assertTrue(await(() -> !sizesSeen.isEmpty()), "the finished save was not applied");
      assertTrue(sizesSeen.get(0) > 0, "applied while empty: " + sizesSeen);
    }
  }

  /**
   * Other files written in the config's folder more often than the quiet period, as the settings
   * test's screenshots were, kept the watcher waiting for quiet, and the save was never applied.
   */
  @Test
  void aBusyFolderDoesNotHoldBackTheReload() throws Exception {
    Path file = dir.resolve("config.toml");
    Files.writeString(file, "# one\n");
    CountDownLatch applied = new CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean busy =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    Thread neighbour =
        new Thread(
            () -> {
              Path other = dir.resolve("screenshot.png");
              while (busy.get()) {
                try {
                  Files.writeString(other, "x".repeat(1000));
                  Thread.sleep(QUIET.toMillis() / 4); // pacing the writes; nothing is timed
                } catch (Exception e) {
                  return;
                }
              }
            });
    try (ConfigWatcher watcher = new ConfigWatcher(file, QUIET, applied::countDown)) {
      neighbour.start();
      save(file, "# two\n");
      assertTrue(
          applied.await(DEADLINE_SECONDS, TimeUnit.SECONDS),
          "the save waited for the whole folder to go quiet");
    } finally {
      busy.set(false);
      neighbour.join();
    }
  }

  /** Saved as editors do, in one step, so the watcher never reads half a file. */
  private void save(Path file, String text) throws Exception {
    Path swap = dir.resolve(".config.toml.swp");
    Files.writeString(swap, text);
    Files.move(swap, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void awaitRefusal(List<String> refused, Predicate<String> which)
      throws InterruptedException {
    assertTrue(
        await(() -> refused.stream().anyMatch(which)), "not refused with a reason: " + refused);
  }

  private static boolean await(java.util.function.BooleanSupplier state)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
    while (!state.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(20); // polling a state, not asserting a time
    }
    return true;
  }
}
