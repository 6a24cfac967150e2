package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * jnativehook's native library logs every event, key codes included. Unknot switches that logger
 * off in the library itself, so no such line is ever built: not even one that java.util.logging
 * would then drop.
 */
@ExtendWith(DesktopExtension.class)
class InputHookE2E {

  private static final int KEYS = 8;
  private static final int MOVES = 5;

  @Test
  void theHookCountsInputWithoutBuildingALogLineForIt(Desktop desktop, @TempDir Path dir)
      throws Exception {
    Counts counts = probe(desktop, dir, List.of());
    assertTrue(counts.keys >= KEYS && counts.moves >= MOVES, "input counted: " + counts);
    assertEquals(0, counts.records, "log lines from the input hook library: " + counts);
  }

  /**
   * Issue 20: every event cost libuiohook's key lookups, a Java event object and a listener call
   * (three for a typed letter), and every mouse event a question to the X server about its screens.
   * Unknot's stand-in counts events natively and hands the hook library only the first of a spell
   * of input, whose screen query its other stand-in answers; the counts are still exact.
   */
  @Test
  void inputIsCountedNativelyAndTheHookLibrarySeesOnlyTheFirstEventOfASpell(
      Desktop desktop, @TempDir Path dir) throws Exception {
    Counts counts = probe(desktop, dir, List.of());
    assertEquals(KEYS, counts.keys, "keys counted: " + counts);
    assertTrue(counts.moves >= MOVES, "moves counted: " + counts);
    assertTrue(
        counts.handedOn >= 1 && counts.handedOn < (KEYS + MOVES) / 2,
        "events handed on to the hook library: " + counts);
    assertTrue(counts.screenQueries >= 1, "screen queries answered by Unknot: " + counts);
  }

  /**
   * Issue 20: the hook thread napped whenever 2 ms had passed since its last nap, so of events that
   * had piled up it read 2 ms' worth a second. On a loaded machine it fell behind 1,000 moves a
   * second and never caught up, and what was still in the X server at exit was lost (a benchmark
   * counted 62% of its moves). The probe is stopped while moves pile up; resumed, it must read them
   * all with a nap or two, not one for each 2 ms of reading, and count every one.
   */
  @Test
  void aPileOfInputIsReadThroughAndNotTwoMillisecondsOfItASecond(Desktop desktop, @TempDir Path dir)
      throws Exception {
    int pile = 50_000;
    try (CountProbe probe = CountProbe.start(desktop, dir)) {
      probe.driver.movePointerAtOnce(1);
      long[] before = probe.countedMoves(1);
      probe.signal("STOP");
      try {
        probe.driver.movePointerAtOnce(pile);
      } finally {
        probe.signal("CONT");
      }
      long[] after = probe.countedMoves(1 + pile);
      assertEquals(1 + pile, after[0], "moves counted");
      assertTrue(
          after[1] - before[1] <= 3,
          "naps to read " + pile + " piled-up moves: " + (after[1] - before[1]));
    }
  }

  /**
   * Issue 20: the native side stamped the last input with the time it read it, and input read after
   * a nap (or after the process was held up) was made up to a nap earlier. The last input of a
   * burst came late, a pause looked shorter than it was, and input seemed to go on into a break
   * (BreakPromptE2E's 10 s pause was no natural break, a rested break ended unanswered). Moves made
   * while the probe is stopped are read only after it resumes: their last input must be when they
   * were made, before the resume.
   */
  @Test
  void inputReadAfterANapIsStampedWhenItWasMadeNotWhenItWasRead(Desktop desktop, @TempDir Path dir)
      throws Exception {
    try (CountProbe probe = CountProbe.start(desktop, dir)) {
      probe.driver.movePointerAtOnce(1);
      probe.countedMoves(1);
      long resumedAt;
      probe.signal("STOP");
      try {
        probe.driver.movePointerAtOnce(100);
        // Not an assertion: it only sets the moves' making well apart from their reading.
        Desktop.pause(Duration.ofMillis(1500));
      } finally {
        resumedAt = System.currentTimeMillis();
        probe.signal("CONT");
      }
      long[] after = probe.countedMoves(101);
      assertEquals(101, after[0], "moves counted");
      assertTrue(
          after[2] < resumedAt,
          "last input at "
              + Instant.ofEpochMilli(after[2])
              + ", after the probe resumed at "
              + Instant.ofEpochMilli(resumedAt)
              + ": stamped when read, not when made");
    }
  }

  /** A probe in a JVM of its own on the desktop, with its native folder in {@code dir}. */
  private static Process startProbe(
      Desktop desktop, Path dir, Class<?> probe, List<String> options, List<String> arguments)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            probe.getName(),
            dir.resolve("native").toString()));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(desktop.env());
    return builder.start();
  }

  private static BufferedReader probeOutput(Process probe) {
    return new BufferedReader(
        new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Reads up to the probe's "ready"; returns what it printed before, for a later failure. */
  private static StringBuilder awaitReady(BufferedReader out) throws IOException {
    StringBuilder printed = new StringBuilder();
    String line;
    while ((line = out.readLine()) != null && !line.equals("ready")) {
      printed.append(line).append('\n');
    }
    assertEquals("ready", line, "the probe did not start:\n" + printed);
    return printed;
  }

  /**
   * HookCountProbe, started and ready, with an XTest driver on its display: it counts moves when
   * asked and can be stopped and resumed. Closing it ends the probe.
   */
  private static final class CountProbe implements AutoCloseable {
    private static final Pattern RESULT =
        Pattern.compile("moves=(\\d+) naps=(-?\\d+) last=(-?\\d+)");

    final XTestDriver driver;
    private final Process process;
    private final BufferedReader out;
    private final PrintWriter in;

    private CountProbe(Process process, XTestDriver driver) {
      this.process = process;
      this.driver = driver;
      this.out = probeOutput(process);
      this.in =
          new PrintWriter(
              new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
    }

    static CountProbe start(Desktop desktop, Path dir) throws Exception {
      Process process = startProbe(desktop, dir, HookCountProbe.class, List.of(), List.of());
      CountProbe probe;
      try {
        probe = new CountProbe(process, new XTestDriver(desktop));
      } catch (RuntimeException | Error e) {
        process.destroyForcibly();
        throw e;
      }
      try {
        awaitReady(probe.out);
      } catch (IOException | RuntimeException | Error e) {
        probe.close();
        throw e;
      }
      return probe;
    }

    /** {moves counted, naps, last input} once the probe has counted {@code moves} or given up. */
    long[] countedMoves(long moves) throws IOException {
      in.println(moves);
      StringBuilder printed = new StringBuilder();
      String line;
      while ((line = out.readLine()) != null) {
        Matcher m = RESULT.matcher(line);
        if (m.matches()) {
          return new long[] {
            Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))
          };
        }
        printed.append(line).append('\n');
      }
      throw new AssertionError("the probe printed no counts:\n" + printed);
    }

    void signal(String name) throws Exception {
      Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).start();
      assertEquals(0, kill.waitFor(), "kill -" + name);
    }

    @Override
    public void close() throws Exception {
      try {
        driver.close();
      } finally {
        in.close();
        out.close();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
    }
  }

  /** Without the stand-ins the probe sees none, which keeps the test above honest. */
  @Test
  void withoutTheStandInsEveryEventGoesThroughTheHookLibrary(Desktop desktop, @TempDir Path dir)
      throws Exception {
    Counts counts = probe(desktop, dir, List.of("-Dunknot.hook.plain=true"));
    assertEquals(KEYS, counts.keys, "keys counted: " + counts);
    assertTrue(counts.moves >= MOVES, "moves counted: " + counts);
    assertEquals(-1, counts.screenQueries, "the stand-in was loaded: " + counts);
    assertEquals(-1, counts.handedOn, "the stand-in was loaded: " + counts);
  }

  /** The same probe with jnativehook's own locator shows that the probe sees the lines if made. */
  @Test
  void withJNativeHooksOwnLocatorTheLibraryLogsEveryEvent(Desktop desktop, @TempDir Path dir)
      throws Exception {
    Counts counts =
        probe(
            desktop,
            dir,
            List.of(
                "-Djnativehook.lib.locator=com.github.kwhat.jnativehook.DefaultLibraryLocator",
                // Every event through the library, not only the first of a spell.
                "-Dunknot.hook.plain=true"));
    assertTrue(counts.keys >= KEYS && counts.moves >= MOVES, "input counted: " + counts);
    assertTrue(counts.records >= KEYS, "log lines from the input hook library: " + counts);
  }

  private static Counts probe(Desktop desktop, Path dir, List<String> options) throws Exception {
    Process process =
        startProbe(
            desktop,
            dir,
            HookLogProbe.class,
            options,
            List.of(String.valueOf(KEYS), String.valueOf(MOVES)));
    try (BufferedReader out = probeOutput(process)) {
      StringBuilder printed = awaitReady(out);
      String line;
      for (int i = 0; i < MOVES; i++) {
        desktop.moveMouse(300 + 40 * i, 300);
      }
      desktop.xdotool("type", "--delay", "30", "qwertyui");
      Pattern result =
          Pattern.compile(
              "keys=(\\d+) moves=(\\d+) records=(\\d+) screenQueries=(-?\\d+)"
                  + " handedOn=(-?\\d+)");
      while ((line = out.readLine()) != null) {
        Matcher m = result.matcher(line);
        if (m.matches()) {
          return new Counts(
              Long.parseLong(m.group(1)),
              Long.parseLong(m.group(2)),
              Long.parseLong(m.group(3)),
              Long.parseLong(m.group(4)),
              Long.parseLong(m.group(5)));
        }
        printed.append(line).append('\n');
      }
      throw new AssertionError("the probe printed no counts:\n" + printed);
    } finally {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /** screenQueries and handedOn are -1 where Unknot's native stand-ins are not loaded. */
  private record Counts(long keys, long moves, long records, long screenQueries, long handedOn) {}
}
