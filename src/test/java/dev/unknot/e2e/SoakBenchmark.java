package dev.unknot.e2e;

import dev.unknot.store.DailyActivity;
import dev.unknot.store.Database;
import dev.unknot.store.SqliteActivityLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load, not a test: Unknot from the built jar on a headless desktop under 1,000 pointer events a
 * second from a native driver (XTest through JNA) for ten minutes, in bursts of 50 s with 10 s
 * pauses. It prints the active time Unknot recorded against what the driver's schedule implies, the
 * heap after a full GC each minute, and the daemon's CPU.
 *
 * <pre>
 * mvn -B -q -Psoak-benchmark package -DskipTests
 * </pre>
 */
public final class SoakBenchmark {

  private static final int EVENTS_PER_SECOND = 1000;
  private static final Duration BURST = Duration.ofSeconds(50);
  private static final Duration PAUSE = Duration.ofSeconds(10);
  private static final int ROUNDS =
      Integer.parseInt(System.getenv().getOrDefault("SOAK_MINUTES", "10"));
  private static final Duration IDLE_THRESHOLD = Duration.ofSeconds(5);
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private SoakBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path home = Files.createTempDirectory("unknot-soak");
    try (DesktopExtension.Session session = DesktopExtension.Session.start(true)) {
      Desktop desktop = session.desktop();
      Map<String, String> env = ResourceBenchmark.homeOnDesktop(home, desktop);
      Path config = home.resolve("soak.toml");
      Files.writeString(
          config,
          "[knots]\ncheckin = false\n[summary]\nnotify = false\n"
              + "[breaks.micro]\nenabled = false\n[breaks.rest]\nenabled = false\n");
      List<String> command =
          new ArrayList<>(
              List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
      command.addAll(UnknotProcess.daemonOptions());
      command.addAll(
          List.of(
              "-jar",
              UnknotProcess.JAR.toAbsolutePath().toString(),
              "run",
              "--config",
              config.toString()));
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(home.resolve("unknot.out").toFile());
      builder.environment().putAll(env);
      Process daemon = builder.start();
      Path log = home.resolve("state/unknot/unknot.log");
      if (!Desktop.await(Duration.ofSeconds(60), () -> contains(log, "Unknot is running"))) {
        daemon.destroyForcibly();
        throw new IllegalStateException("Unknot did not start: " + Files.readString(log));
      }
      Desktop.pause(Duration.ofSeconds(10)); // past the start, and idle

      ResourceBenchmark.Sampler sampler = new ResourceBenchmark.Sampler(daemon.pid());
      sampler.start();
      double cpuStart = sampler.cpuSeconds();
      long sent = 0;
      List<Long> heapKib = new ArrayList<>();
      XTestDriver driver = new XTestDriver(desktop);
      long started = System.nanoTime();
      for (int round = 0; round < ROUNDS; round++) {
        sent += driver.movePointer(BURST, EVENTS_PER_SECOND);
        Desktop.pause(PAUSE);
        heapKib.add(heapAfterGc(daemon.pid()));
        System.out.printf(
            Locale.ROOT,
            "minute %d: %d events sent, heap after GC %d KiB%n",
            round + 1,
            sent,
            heapKib.get(heapKib.size() - 1));
      }
      double minutes = (System.nanoTime() - started) / 60e9;
      double cpu = sampler.cpuSeconds() - cpuStart;
      sampler.stop();
      driver.close();
      daemon.destroy();
      daemon.waitFor(30, TimeUnit.SECONDS);

      List<DailyActivity> days;
      try (Database db = Database.open(home.resolve("data/unknot/unknot.db"))) {
        days = new SqliteActivityLog(db).daily(LocalDate.now().minusDays(1));
      }
      long recorded = days.stream().mapToLong(DailyActivity::activeSeconds).sum();
      long counted = days.stream().mapToLong(DailyActivity::mouseEvents).sum();
      long expected = ROUNDS * (BURST.toSeconds() + IDLE_THRESHOLD.toSeconds());
      System.out.println();
      System.out.println("| measured | value |");
      System.out.println("|---|---|");
      System.out.printf(
          Locale.ROOT,
          "| pointer events sent | %d in %.1f min (%.0f a second while driving) |%n",
          sent,
          minutes,
          sent / (double) (ROUNDS * BURST.toSeconds()));
      System.out.printf(
          Locale.ROOT, "| mouse events Unknot counted / sent | %d / %d |%n", counted, sent);
      System.out.printf(
          Locale.ROOT,
          "| active time recorded / driver's schedule | %d s / %d s |%n",
          recorded,
          expected);
      System.out.printf(
          Locale.ROOT,
          "| heap after full GC, first and last minute | %d KiB, %d KiB |%n",
          heapKib.get(0),
          heapKib.get(heapKib.size() - 1));
      System.out.printf(
          Locale.ROOT,
          "| daemon CPU | %.1f s over %.1f min (%.2f s a minute) |%n",
          cpu,
          minutes,
          cpu / minutes);
      System.out.printf(Locale.ROOT, "| peak RSS | %.0f MiB |%n", sampler.peakRssKib() / 1024.0);
    }
  }

  private static long heapAfterGc(long pid) {
    Desktop.Result gc = Desktop.run(List.of("jcmd", String.valueOf(pid), "GC.run"), Map.of());
    Desktop.Result info =
        Desktop.run(List.of("jcmd", String.valueOf(pid), "GC.heap_info"), Map.of());
    if (gc.exitCode() != 0 || info.exitCode() != 0) {
      return -1;
    }
    long used = 0;
    for (String line : info.out().lines().toList()) {
      Matcher m = USED.matcher(line);
      if (line.contains("generation") && m.find()) {
        used += Long.parseLong(m.group(1));
      }
    }
    return used;
  }

  private static boolean contains(Path file, String text) {
    try {
      return Files.exists(file) && Files.readString(file).contains(text);
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
