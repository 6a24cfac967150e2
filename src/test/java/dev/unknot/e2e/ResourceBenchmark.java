package dev.unknot.e2e;

import dev.unknot.store.DailyActivity;
import dev.unknot.store.Database;
import dev.unknot.store.SqliteActivityLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * What Unknot costs on a desktop, beside Workrave in the same run. Each program gets its own fresh
 * headless desktop (Xvfb, D-Bus, openbox, trayer) and the same schedule:
 *
 * <ol>
 *   <li>the first minute after start, without input, then nothing until minute 3, then a steady
 *       idle minute;
 *   <li>input at three rates, each for {@code bench.input.seconds} (60): 20 events a second of
 *       letters typed into a text window with pointer moves between them, as a person works; 200
 *       pointer moves a second; 1,000 a second from the XTest driver.
 * </ol>
 *
 * It reports peak memory of the whole process tree, CPU seconds per minute of each phase, the ratio
 * to Workrave of each, the time until the tray icon is up, and for Unknot the input it counted
 * against what was sent and where each phase's CPU went, thread by thread. Not a test: run it with
 *
 * <pre>
 * .ci/install-deps &amp;&amp; sudo apt-get install workrave
 * mvn -B -q -Presource-benchmark package -DskipTests
 * </pre>
 *
 * Unknot runs from the built jar with the options in packaging/jvm-options, as installed; the
 * environment variable UNKNOT_BENCH_JVM tries others. Name the programs to measure as arguments
 * (-Dbench.programs="unknot-installed workrave") to measure the installed package instead, or
 * "unknot=PATH" for another jar, e.g. the build before a change, in the same run.
 */
public final class ResourceBenchmark {

  /** The package's Unknot in /usr/bin, with its class-data archive. */
  static final String INSTALLED = "unknot-installed";

  /** Unknot from a jar of one's choice, as {@code unknot=PATH}. */
  static final String OTHER_JAR = "unknot=";

  private static final Duration MINUTE = Duration.ofSeconds(60);
  private static final Duration WARM_UP = Duration.ofMinutes(3);
  private static final Duration INPUT = Duration.ofSeconds(Long.getLong("bench.input.seconds", 60));
  private static final Duration SETTLE = Duration.ofSeconds(10);

  /** The phases, in the order they run; CPU is reported per minute of each. */
  enum Phase {
    IDLE_FIRST("idle, first minute"),
    IDLE_STEADY("idle, a steady minute"),
    TYPING_20("20/s letters and moves"),
    POINTER_200("200/s pointer moves"),
    XTEST_1000("1,000/s XTest moves");

    final String label;

    Phase(String label) {
      this.label = label;
    }
  }

  /** Unknot's goals against Workrave in the same run, where the issues set one. */
  private static final Map<Phase, Double> GOALS =
      Map.of(
          Phase.IDLE_STEADY,
          0.3,
          Phase.TYPING_20,
          0.5,
          Phase.POINTER_200,
          1.0,
          Phase.XTEST_1000,
          1.0);

  private ResourceBenchmark() {}

  record Result(
      String program,
      double peakRssMib,
      Map<Phase, Double> cpuPerMinute,
      double ready,
      String notes) {}

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
    StringBuilder header = new StringBuilder("| program | peak RSS MiB | tray up after s |");
    StringBuilder rule = new StringBuilder("|---|---|---|");
    for (Phase phase : Phase.values()) {
      header.append(" CPU s/min, ").append(phase.label).append(" |");
      rule.append("---|");
    }
    System.out.println(header);
    System.out.println(rule);
    Result workrave = results.get("workrave");
    for (Result r : results.values()) {
      StringBuilder row =
          new StringBuilder(
              String.format(
                  Locale.ROOT, "| %s | %.0f | %.1f |", r.program(), r.peakRssMib(), r.ready()));
      for (Phase phase : Phase.values()) {
        double cpu = r.cpuPerMinute().get(phase);
        row.append(String.format(Locale.ROOT, " %.3f", cpu));
        if (workrave != null && r != workrave) {
          row.append(
              String.format(Locale.ROOT, " (%.2f×)", cpu / workrave.cpuPerMinute().get(phase)));
        }
        row.append(" |");
      }
      System.out.println(row);
    }
    for (Result unknot : results.values()) {
      if (workrave == null || unknot == workrave) {
        continue;
      }
      System.out.printf(
          Locale.ROOT,
          "%n%s / Workrave: RSS %.2f×%n",
          unknot.program(),
          unknot.peakRssMib() / workrave.peakRssMib());
      for (Map.Entry<Phase, Double> goal : new java.util.TreeMap<>(GOALS).entrySet()) {
        double ratio =
            unknot.cpuPerMinute().get(goal.getKey()) / workrave.cpuPerMinute().get(goal.getKey());
        System.out.printf(
            Locale.ROOT,
            "  %s: %.2f× (goal ≤ %.1f×: %s)%n",
            goal.getKey().label,
            ratio,
            goal.getValue(),
            ratio <= goal.getValue() ? "met" : "NOT met");
      }
    }
    for (Result r : results.values()) {
      if (!r.notes().isEmpty()) {
        System.out.printf("%n%s:%n%s", r.program(), r.notes());
      }
    }
  }

  private static Result measure(String program) throws Exception {
    String fileName = program.replaceAll("[^A-Za-z0-9.-]", "_");
    Path home = Files.createTempDirectory("unknot-bench-" + fileName);
    try (DesktopExtension.Session session = DesktopExtension.Session.start(true)) {
      Desktop desktop = session.desktop();
      Map<String, String> env = homeOnDesktop(home, desktop);
      List<String> command;
      BooleanSupplier ready;
      boolean unknot = program.startsWith("unknot");
      if (unknot) {
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
          command.addAll(List.of("-jar", jar(program).toAbsolutePath().toString()));
        }
        command.addAll(List.of("run", "--config", config.toString()));
        Path log = home.resolve("state/unknot/unknot.log");
        ready = () -> contains(log, "tray: ");
      } else {
        command = List.of(program);
        ready = () -> dockedIcon(desktop, program);
      }
      Process typing = typingTarget(desktop);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(home.resolve(fileName + ".out").toFile())
              .directory(home.toFile());
      builder.environment().putAll(env);
      long started = System.nanoTime();
      Process p = builder.start();
      if (!await(Duration.ofSeconds(60), ready)) {
        p.destroyForcibly();
        typing.destroyForcibly();
        throw new IllegalStateException(
            program
                + " showed no tray icon in 60 s: "
                + Files.readString(home.resolve(fileName + ".out")));
      }
      double readySeconds = (System.nanoTime() - started) / 1e9;
      Sampler sampler = new Sampler(p.pid());
      sampler.start();
      Map<Phase, Double> cpu = new LinkedHashMap<>();
      StringBuilder notes = new StringBuilder();
      Threads threads = new Threads(p.pid());

      double before = sampler.cpuSeconds();
      Thread.sleep(MINUTE.toMillis());
      cpu.put(Phase.IDLE_FIRST, sampler.cpuSeconds() - before);
      Thread.sleep(Math.max(0, WARM_UP.toMillis() - MINUTE.toMillis()));
      threads.mark();
      before = sampler.cpuSeconds();
      Thread.sleep(MINUTE.toMillis());
      cpu.put(Phase.IDLE_STEADY, sampler.cpuSeconds() - before);
      notes.append(threads.report(Phase.IDLE_STEADY));

      long keysSent;
      long movesSent;
      threads.mark();
      before = sampler.cpuSeconds();
      long[] typed = typeAndMove(desktop, INPUT, 20);
      cpu.put(Phase.TYPING_20, perMinute(sampler.cpuSeconds() - before, INPUT));
      notes.append(threads.report(Phase.TYPING_20));
      keysSent = typed[0];
      movesSent = typed[1];
      try (XTestDriver driver = new XTestDriver(desktop)) {
        for (Phase phase : List.of(Phase.POINTER_200, Phase.XTEST_1000)) {
          Thread.sleep(SETTLE.toMillis());
          threads.mark();
          before = sampler.cpuSeconds();
          movesSent += driver.movePointer(INPUT, phase == Phase.POINTER_200 ? 200 : 1000);
          cpu.put(phase, perMinute(sampler.cpuSeconds() - before, INPUT));
          notes.append(threads.report(phase));
        }
      }
      sampler.stop();
      p.destroy();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      typing.destroy();
      if (unknot) {
        notes.append(counted(home, keysSent, movesSent));
      }
      Result r =
          new Result(program, sampler.peakRssKib() / 1024.0, cpu, readySeconds, notes.toString());
      System.out.println(r);
      return r;
    }
  }

  /** The built jar, or another one named as {@code unknot=PATH}: to compare two builds in a run. */
  private static Path jar(String program) {
    return program.startsWith(OTHER_JAR)
        ? Path.of(program.substring(OTHER_JAR.length()))
        : UnknotProcess.JAR;
  }

  private static double perMinute(double cpuSeconds, Duration length) {
    return cpuSeconds / (length.toMillis() / 60_000.0);
  }

  /** What Unknot stored against what was sent: its counts must be right to within 1%. */
  private static String counted(Path home, long keysSent, long movesSent) {
    Path file = home.resolve("data/unknot/unknot.db");
    try (Database db = Database.open(file)) {
      List<DailyActivity> days = new SqliteActivityLog(db).daily(LocalDate.now().minusDays(1));
      long keys = days.stream().mapToLong(DailyActivity::keyboardEvents).sum();
      long moves = days.stream().mapToLong(DailyActivity::mouseEvents).sum();
      return String.format(
          Locale.ROOT,
          "  counted: %d of %d keys typed (%.2f%%), %d of %d pointer moves (%.2f%%)%n",
          keys,
          keysSent,
          100.0 * keys / keysSent,
          moves,
          movesSent,
          100.0 * moves / movesSent);
    }
  }

  /** A text window of its own process, focused, for the typing phase. */
  private static Process typingTarget(Desktop desktop) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                javaBin(),
                "-cp",
                System.getProperty("java.class.path"),
                TypingTarget.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(desktop.env());
    Process p = builder.start();
    if (!await(Duration.ofSeconds(30), () -> desktop.window(TypingTarget.TITLE).isPresent())) {
      p.destroyForcibly();
      throw new IllegalStateException("the typing window did not appear");
    }
    return p;
  }

  /**
   * Letters typed into the focused text window with a pointer move between each two, {@code
   * perSecond} actions a second through one xdotool process; returns {keys, moves} sent.
   */
  private static long[] typeAndMove(Desktop desktop, Duration length, int perSecond) {
    String window = desktop.window(TypingTarget.TITLE).orElseThrow();
    desktop.xdotool("windowactivate", "--sync", window);
    List<String> command = new ArrayList<>(List.of("xdotool"));
    long actions = length.toSeconds() * perSecond;
    String pause = String.format(Locale.ROOT, "%.3f", 1.0 / perSecond);
    String letters = "the quick brown fox jumps over the lazy dog ";
    long keys = 0;
    long moves = 0;
    for (long i = 0; i < actions; i++) {
      if (i % 2 == 0) {
        command.addAll(List.of("mousemove", String.valueOf(300 + (i % 200)), "300"));
        moves++;
      } else {
        char c = letters.charAt((int) (keys % letters.length()));
        command.addAll(List.of("key", c == ' ' ? "space" : String.valueOf(c)));
        keys++;
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
    return new long[] {keys, moves};
  }

  /** CPU ticks per thread of one process (from /proc/PID/task), to say where a phase went. */
  static final class Threads {
    private final long pid;
    private Map<String, Long> marked = Map.of();

    Threads(long pid) {
      this.pid = pid;
    }

    void mark() {
      marked = ticks();
    }

    String report(Phase phase) {
      Map<String, Long> now = ticks();
      List<Map.Entry<String, Long>> spent = new ArrayList<>();
      for (Map.Entry<String, Long> e : now.entrySet()) {
        long d = e.getValue() - marked.getOrDefault(e.getKey(), 0L);
        if (d > 0) {
          spent.add(Map.entry(e.getKey(), d));
        }
      }
      spent.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
      StringBuilder line = new StringBuilder("  " + phase.label + ", CPU ticks by thread:");
      for (Map.Entry<String, Long> e : spent.subList(0, Math.min(8, spent.size()))) {
        line.append(' ').append(e.getKey()).append('=').append(e.getValue());
      }
      return line.append('\n').toString();
    }

    /** Thread name (with its id, as names repeat) to user+system ticks. */
    private Map<String, Long> ticks() {
      Map<String, Long> ticks = new HashMap<>();
      try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
        for (Path task : tasks.toList()) {
          List<String> stat = Sampler.lines(task.resolve("stat"));
          if (stat.isEmpty()) {
            continue;
          }
          String s = stat.get(0);
          String name = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')'));
          String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
          ticks.put(name + "#" + task.getFileName(), Long.parseLong(f[11]) + Long.parseLong(f[12]));
        }
      } catch (IOException e) {
        return ticks; // the process is gone
      }
      return ticks;
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

    static List<String> lines(Path file) {
      try {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        return List.of();
      }
    }
  }
}
