package dev.unknot.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * What Unknot costs on a desktop, beside Workrave in the same run: peak memory of the whole process
 * tree, CPU seconds per idle minute and per minute of input, and the time until the tray icon is
 * up. Each program gets its own fresh headless desktop (Xvfb, D-Bus, openbox, trayer), 60 s without
 * input, then 120 s of xdotool input at 20 events a second. Not a test: run it with
 *
 * <pre>
 * .ci/install-deps &amp;&amp; sudo apt-get install workrave
 * mvn -B -q -Presource-benchmark package -DskipTests
 * </pre>
 *
 * Unknot runs from the built jar with the options in packaging/jvm-options, as installed; the
 * environment variable UNKNOT_BENCH_JVM tries others. Name the programs to measure as arguments
 * (-Dbench.programs="unknot-installed workrave") to measure the installed package instead.
 */
public final class ResourceBenchmark {

  /** The package's Unknot in /usr/bin, with its class-data archive. */
  static final String INSTALLED = "unknot-installed";

  private static final Duration IDLE = Duration.ofSeconds(60);
  private static final Duration INPUT = Duration.ofSeconds(120);
  private static final int EVENTS_PER_SECOND = 20;

  private ResourceBenchmark() {}

  record Result(String program, double peakRssMib, double idleCpu, double inputCpu, double ready) {}

  public static void main(String[] args) throws Exception {
    List<String> programs =
        Arrays.stream(String.join(" ", args).split("\\s+")).filter(a -> !a.isBlank()).toList();
    if (programs.isEmpty()) {
      programs = List.of("unknot", "workrave");
    }
    Map<String, Result> results = new LinkedHashMap<>();
    for (String program : programs) {
      results.put(program, measure(program));
    }
    System.out.println();
    System.out.println(
        "| program | peak RSS MiB | CPU s per idle minute | CPU s per input minute | tray up"
            + " after s |");
    System.out.println("|---|---|---|---|---|");
    for (Result r : results.values()) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.0f | %.3f | %.3f | %.1f |%n",
          r.program(),
          r.peakRssMib(),
          r.idleCpu(),
          r.inputCpu(),
          r.ready());
    }
    Result workrave = results.get("workrave");
    for (Result unknot : results.values()) {
      if (workrave == null || unknot == workrave) {
        continue;
      }
      System.out.printf(
          Locale.ROOT,
          "%s / Workrave: RSS %.2f× (goal ≤ 0.8×), idle CPU %.2f×, input CPU %.2f× (goal ≤"
              + " 0.5×)%n",
          unknot.program(),
          unknot.peakRssMib() / workrave.peakRssMib(),
          unknot.idleCpu() / workrave.idleCpu(),
          unknot.inputCpu() / workrave.inputCpu());
    }
  }

  private static Result measure(String program) throws Exception {
    Path home = Files.createTempDirectory("unknot-bench-" + program);
    try (DesktopExtension.Session session = DesktopExtension.Session.start(true)) {
      Desktop desktop = session.desktop();
      Map<String, String> env = homeOnDesktop(home, desktop);
      List<String> command;
      BooleanSupplier ready;
      if (program.startsWith("unknot")) {
        Path config = home.resolve("bench.toml");
        Files.writeString(config, "[knots]\ncheckin = false\n[summary]\nnotify = false\n");
        if (program.equals(INSTALLED)) {
          command = new ArrayList<>(List.of("/usr/bin/unknot"));
        } else {
          command = new ArrayList<>(List.of(javaBin()));
          String override = System.getenv("UNKNOT_BENCH_JVM");
          command.addAll(
              override == null || override.isBlank()
                  ? UnknotProcess.daemonOptions()
                  : List.of(override.strip().split("\\s+")));
          command.addAll(List.of("-jar", UnknotProcess.JAR.toAbsolutePath().toString()));
        }
        command.addAll(List.of("run", "--config", config.toString()));
        Path log = home.resolve("state/unknot/unknot.log");
        ready = () -> contains(log, "tray: ");
      } else {
        command = List.of(program);
        ready = () -> dockedIcon(desktop, program);
      }
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(home.resolve(program + ".out").toFile())
              .directory(home.toFile());
      builder.environment().putAll(env);
      long started = System.nanoTime();
      Process p = builder.start();
      if (!await(Duration.ofSeconds(60), ready)) {
        p.destroyForcibly();
        throw new IllegalStateException(
            program
                + " showed no tray icon in 60 s: "
                + Files.readString(home.resolve(program + ".out")));
      }
      double readySeconds = (System.nanoTime() - started) / 1e9;
      Sampler sampler = new Sampler(p.pid());
      sampler.start();
      double cpu0 = sampler.cpuSeconds();
      Thread.sleep(IDLE.toMillis());
      double cpu1 = sampler.cpuSeconds();
      drive(desktop, INPUT, EVENTS_PER_SECOND);
      double cpu2 = sampler.cpuSeconds();
      sampler.stop();
      p.destroy();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      Result r =
          new Result(
              program,
              sampler.peakRssKib() / 1024.0,
              (cpu1 - cpu0) / (IDLE.toSeconds() / 60.0),
              (cpu2 - cpu1) / (INPUT.toSeconds() / 60.0),
              readySeconds);
      System.out.println(r);
      return r;
    }
  }

  /** A window of the program's class docked in the tray along the bottom edge. */
  private static boolean dockedIcon(Desktop desktop, String program) {
    String tree = desktop.run(List.of("xwininfo", "-root", "-tree")).out();
    for (String line : tree.lines().toList()) {
      if (line.contains("(\"" + program + "\"")) {
        String[] parts = line.trim().split("\\s+");
        String absolute = parts[parts.length - 1]; // +X+Y
        String[] xy = absolute.substring(1).split("\\+");
        if (xy.length == 2 && Integer.parseInt(xy[1]) >= 800 - 40) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Input at a steady rate through one xdotool process: pointer moves across the middle of the
   * screen, every other event a Shift press (which types nothing).
   */
  private static void drive(Desktop desktop, Duration length, int perSecond) {
    List<String> command = new ArrayList<>(List.of("xdotool"));
    long events = length.toSeconds() * perSecond;
    String pause = String.format(Locale.ROOT, "%.3f", 1.0 / perSecond);
    for (long i = 0; i < events; i++) {
      if (i % 2 == 0) {
        command.addAll(List.of("mousemove", String.valueOf(400 + (i % 200)), "400"));
      } else {
        command.addAll(List.of("key", "shift"));
      }
      command.addAll(List.of("sleep", pause));
    }
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().putAll(desktop.env());
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      Process p = builder.start();
      if (!p.waitFor(length.toSeconds() * 2, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IllegalStateException("xdotool did not drive the input");
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run xdotool: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The desktop's variables, with every XDG folder under a home of the benchmark's own. */
  static Map<String, String> homeOnDesktop(Path home, Desktop desktop) throws IOException {
    Map<String, String> env = new HashMap<>(desktop.env());
    env.put("HOME", home.toString());
    env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
    env.put("XDG_DATA_HOME", home.resolve("data").toString());
    env.put("XDG_STATE_HOME", home.resolve("state").toString());
    env.put("XDG_RUNTIME_DIR", home.resolve("run").toString());
    Files.createDirectories(home.resolve("run"));
    return env;
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static boolean contains(Path file, String text) {
    try {
      return Files.exists(file) && Files.readString(file).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  static boolean await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  /** Samples the process tree's memory twice a second and reads its CPU time from /proc. */
  static final class Sampler {
    private final long root;
    private volatile boolean running = true;
    private volatile long peakKib;
    private Thread thread;

    Sampler(long root) {
      this.root = root;
    }

    void start() {
      thread =
          new Thread(
              () -> {
                while (running) {
                  peakKib = Math.max(peakKib, rssKib());
                  try {
                    Thread.sleep(500);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    long peakRssKib() {
      return Math.max(peakKib, rssKib());
    }

    private long rssKib() {
      long sum = 0;
      for (long pid : tree()) {
        for (String line : lines(Path.of("/proc", String.valueOf(pid), "status"))) {
          if (line.startsWith("VmRSS:")) {
            sum += Long.parseLong(line.replaceAll("\\D", ""));
          }
        }
      }
      return sum;
    }

    /** User and system CPU of every live process in the tree. */
    double cpuSeconds() {
      long ticks = 0;
      for (long pid : tree()) {
        String[] f = stat(pid);
        if (f != null) {
          ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
        }
      }
      return ticks / 100.0; // USER_HZ is 100 on Linux
    }

    private Set<Long> tree() {
      Map<Long, Long> parents = new HashMap<>();
      try (var dirs = Files.list(Path.of("/proc"))) {
        for (Path d : dirs.toList()) {
          String name = d.getFileName().toString();
          if (name.matches("\\d+")) {
            String[] f = stat(Long.parseLong(name));
            if (f != null) {
              parents.put(Long.parseLong(name), Long.parseLong(f[1]));
            }
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      Set<Long> tree = new HashSet<>(List.of(root));
      boolean grew = true;
      while (grew) {
        grew = false;
        for (var e : parents.entrySet()) {
          if (tree.contains(e.getValue()) && tree.add(e.getKey())) {
            grew = true;
          }
        }
      }
      return tree;
    }

    /** The fields of /proc/PID/stat after the command name: [0] is the state. */
    private static String[] stat(long pid) {
      List<String> l = lines(Path.of("/proc", String.valueOf(pid), "stat"));
      if (l.isEmpty()) {
        return null;
      }
      String s = l.get(0);
      return s.substring(s.lastIndexOf(')') + 2).split(" ");
    }

    private static List<String> lines(Path file) {
      try {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        return List.of();
      }
    }
  }
}
