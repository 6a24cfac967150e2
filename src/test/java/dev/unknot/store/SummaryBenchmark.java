package dev.unknot.store;

import dev.unknot.core.BreakType;
import dev.unknot.core.KnotArea;
import dev.unknot.core.Outcome;
import dev.unknot.core.Side;
import dev.unknot.launcher.Main;
import dev.unknot.platform.AppPaths;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * How long `unknot summary --json` works on five years of diary: 60 active minutes on each of 250
 * days a year, the breaks that go with them and 200 knot reports. Not a test: run it by hand with
 *
 * <pre>
 * mvn -B -q -Psummary-benchmark package -DskipTests
 * </pre>
 *
 * Each run is a fresh JVM on the packaged jar (and none of the test classpath, whose logging
 * configuration would slow it); "own work" is from {@code main} to exit, so it includes loading
 * Unknot's classes and opening the database.
 */
public final class SummaryBenchmark {

  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final String WEEK = "2026-W47";
  private static final int RUNS = 11;

  private SummaryBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args.length > 0 ? args[0] : "target/summary-benchmark");
    Map<String, String> env = new HashMap<>();
    env.put("HOME", home.toString());
    env.put("XDG_DATA_HOME", home.resolve("data").toString());
    env.put("XDG_STATE_HOME", home.resolve("state").toString());
    env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
    AppPaths paths = AppPaths.fromEnvironment(env);
    if (Files.notExists(paths.database())) {
      long started = System.nanoTime();
      generate(paths.database());
      System.out.printf(
          Locale.ROOT,
          "generated %s in %.1f s%n",
          paths.database(),
          (System.nanoTime() - started) / 1e9);
    }
    report(paths.database());

    List<Double> own = new ArrayList<>();
    List<Double> whole = new ArrayList<>();
    List<Double> open = new ArrayList<>();
    List<Double> first = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long started = System.nanoTime();
      own.add(child(env, Once.class).get(0));
      whole.add((System.nanoTime() - started) / 1e6);
      List<Double> parts = child(env, FirstSummary.class);
      open.add(parts.get(0));
      first.add(parts.get(1));
    }
    System.out.printf(
        Locale.ROOT,
        "the summary's work in a fresh JVM, first call, %d runs:%n"
            + "  open the diary (logging and SQLite's native library start)  median %.0f ms%n"
            + "  read the weeks, summarise, write JSON  median %.0f ms (min %.0f, max %.0f)%n",
        RUNS,
        median(open),
        median(first),
        first.stream().mapToDouble(d -> d).min().orElseThrow(),
        first.stream().mapToDouble(d -> d).max().orElseThrow());
    System.out.printf(
        Locale.ROOT,
        "unknot summary --week %s --json, %d fresh JVMs:%n"
            + "  own work (main to exit)  median %.0f ms (min %.0f, max %.0f)%n"
            + "  whole process, JVM start included: median %.0f ms%n",
        WEEK,
        RUNS,
        median(own),
        own.stream().mapToDouble(d -> d).min().orElseThrow(),
        own.stream().mapToDouble(d -> d).max().orElseThrow(),
        median(whole));
    warm(paths);
  }

  /**
   * Runs a main class in a fresh JVM, on the packaged jar and copies of this benchmark's classes;
   * returns the milliseconds it printed, one per line.
   */
  private static List<Double> child(Map<String, String> env, Class<?> main) throws Exception {
    ProcessBuilder child =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            childClasspath(),
            main.getName());
    child.environment().putAll(env);
    child.redirectErrorStream(true);
    Process p = child.start();
    String out = new String(p.getInputStream().readAllBytes()).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(main.getSimpleName() + " failed: " + out);
    }
    return out.lines().map(Double::parseDouble).toList();
  }

  /**
   * The summary's work alone in a fresh JVM, without the command line around it: prints the time to
   * open the diary, then the time to read, summarise and write JSON.
   */
  public static final class FirstSummary {
    public static void main(String[] args) {
      long started = System.nanoTime();
      var week = dev.unknot.core.summary.IsoWeek.parse(WEEK);
      try (Database db = Database.open(AppPaths.fromEnvironment(System.getenv()).database())) {
        long opened = System.nanoTime();
        System.out.println(String.format(Locale.ROOT, "%.1f", (opened - started) / 1e6));
        started = opened;
        String json =
            dev.unknot.cli.SummaryJsonAccess.json(
                new dev.unknot.core.summary.WeeklySummarizer(
                        dev.unknot.core.BreakSettings.MICRO_DEFAULTS)
                    .summarize(week, LocalDate.parse("2026-11-21"), new SqliteSummaryData(db)));
        if (json.isEmpty()) {
          throw new IllegalStateException("no summary");
        }
      }
      System.out.println(String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e6));
    }
  }

  /** The same summary in a JVM that has made it before, as the daemon's report window does. */
  private static void warm(AppPaths paths) {
    var summarizer =
        new dev.unknot.core.summary.WeeklySummarizer(dev.unknot.core.BreakSettings.MICRO_DEFAULTS);
    var week = dev.unknot.core.summary.IsoWeek.parse(WEEK);
    List<Double> times = new ArrayList<>();
    try (Database db = Database.open(paths.database())) {
      SqliteSummaryData data = new SqliteSummaryData(db);
      for (int i = 0; i < 60; i++) {
        long started = System.nanoTime();
        String text =
            dev.unknot.report.SummaryText.render(
                summarizer.summarize(week, LocalDate.parse("2026-11-21"), data));
        if (text.isEmpty()) {
          throw new IllegalStateException("no summary");
        }
        if (i >= 20) {
          times.add((System.nanoTime() - started) / 1e6);
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "  in a warm JVM (read, summarise, render text): median %.1f ms over %d runs%n",
        median(times),
        times.size());
  }

  private static String classpath;

  private static synchronized String childClasspath() throws IOException {
    if (classpath == null) {
      Path classes = Files.createTempDirectory("unknot-benchmark-classes");
      for (Class<?> c :
          List.of(
              SummaryBenchmark.class,
              Once.class,
              FirstSummary.class,
              dev.unknot.cli.SummaryJsonAccess.class)) {
        String file = c.getName().replace('.', '/') + ".class";
        Path copy = classes.resolve(file);
        Files.createDirectories(copy.getParent());
        try (var in = c.getClassLoader().getResourceAsStream(file)) {
          Files.copy(in, copy);
        }
      }
      classpath = Path.of("target", "unknot.jar").toAbsolutePath() + File.pathSeparator + classes;
    }
    return classpath;
  }

  /** One summary through Unknot's own main; prints its time in milliseconds as it exits. */
  public static final class Once {
    public static void main(String[] args) {
      long started = System.nanoTime();
      PrintStream realOut = System.out;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () ->
                      realOut.println(
                          String.format(
                              Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e6))));
      System.setOut(new PrintStream(PrintStream.nullOutputStream()));
      Main.main(new String[] {"summary", "--week", WEEK, "--json"});
    }
  }

  private static void generate(Path file) throws Exception {
    Random random = new Random(47);
    try (Database db = Database.open(file)) {
      db.locked(c -> c.createStatement().execute("PRAGMA synchronous = OFF"));
      DiaryWriter w = new DiaryWriter(db, ZONE);
      SqliteKnotDiary diary = new SqliteKnotDiary(db);
      LocalDate end = LocalDate.parse("2026-11-20");
      LocalDate day = end.minusYears(5);
      List<LocalDate> workDays = new ArrayList<>();
      for (; !day.isAfter(end); day = day.plusDays(1)) {
        // 250 working days a year: weekdays, less about ten days off.
        if (day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0 && random.nextInt(26) != 0) {
          workDays.add(day);
        }
      }
      for (LocalDate d : workDays) {
        w.work(d.atTime(9, 0), 35, 40, 90).work(d.atTime(14, 0), 25, 40, 90);
        w.micro(d.atTime(9, 15), outcome(random), "chin-tuck");
        w.micro(d.atTime(9, 30), outcome(random), "chest-stretch");
        w.micro(d.atTime(14, 15), outcome(random), "lat-pinch");
        w.rest(d.atTime(12, 0), Duration.ofMinutes(5), BreakType.REST, Outcome.NATURAL, null);
      }
      KnotArea[] areas = KnotArea.values();
      for (int i = 0; i < 200; i++) {
        LocalDate d = workDays.get(random.nextInt(workDays.size()));
        w.knot(d, areas[random.nextInt(areas.length)], Side.RIGHT, 1 + random.nextInt(5));
      }
      for (LocalDate d : workDays) {
        if (diary.checkIn(d).isEmpty() && random.nextInt(3) > 0) {
          w.knotFree(d);
        }
      }
    }
  }

  private static Outcome outcome(Random random) {
    Outcome[] outcomes = {Outcome.TAKEN, Outcome.TAKEN, Outcome.SKIPPED, Outcome.POSTPONED};
    return outcomes[random.nextInt(outcomes.length)];
  }

  /** Row counts, and how SQLite runs each query a summary makes. */
  private static void report(Path file) throws Exception {
    String range = "1794000000 AND 1795000000";
    String[] queries = {
      "SELECT count(*) FROM activity_minutes",
      "SELECT count(*) FROM breaks",
      "SELECT count(*) FROM knot_reports",
      "SELECT count(*) FROM checkins",
      "EXPLAIN QUERY PLAN SELECT minute, active_seconds, keyboard_events, mouse_events,"
          + " utc_offset FROM activity_minutes WHERE minute >= 29000000 AND minute < 29100000"
          + " ORDER BY minute",
      "EXPLAIN QUERY PLAN SELECT type, outcome, exercise, started_at, started_offset, ended_at,"
          + " ended_offset FROM breaks WHERE 1 = 1 AND started_at >= "
          + range.replace(" AND ", " AND started_at < ")
          + " ORDER BY started_at, id",
      "EXPLAIN QUERY PLAN SELECT id, day, area, side, severity, note, created_at, created_offset"
          + " FROM knot_reports WHERE day >= '2026-10-18' ORDER BY day, id",
      "EXPLAIN QUERY PLAN SELECT day, had_knot, recorded_at, recorded_offset FROM checkins"
          + " WHERE day >= '2026-10-18' ORDER BY day",
      "EXPLAIN QUERY PLAN SELECT hand FROM mouse_hand_changes WHERE changed_at < 1795000000000"
          + " ORDER BY changed_at DESC, id DESC LIMIT 1",
    };
    System.out.println(file + " (" + Files.size(file) / 1024 + " KiB)");
    try (Database db = Database.open(file)) {
      db.locked(
          c -> {
            try (Statement s = c.createStatement()) {
              for (String q : queries) {
                System.out.println(q.replaceFirst("^EXPLAIN QUERY PLAN ", "plan: "));
                try (ResultSet rs = s.executeQuery(q)) {
                  int columns = rs.getMetaData().getColumnCount();
                  while (rs.next()) {
                    System.out.println("  " + rs.getString(columns));
                  }
                }
              }
            }
            return null;
          });
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
