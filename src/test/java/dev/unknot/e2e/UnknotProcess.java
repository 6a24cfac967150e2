package dev.unknot.e2e;

import dev.unknot.ipc.ControlClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged jar, run as a real process with its own XDG folders under a temp dir. */
final class UnknotProcess implements AutoCloseable {

  static final Path JAR = Path.of(System.getProperty("unknot.jar", "target/unknot.jar"));
  static final Path JVM_OPTIONS = Path.of("packaging", "jvm-options");

  /** Only a limit on a hang: under load a start took over 30 s, and a test waits on no less. */
  private static final Duration START_DEADLINE = Duration.ofSeconds(180);

  private final Path home;
  private final Map<String, String> env = new HashMap<>();
  private Process daemon;
  private Path daemonOutput;
  private final List<String> extraOptions = new ArrayList<>();
  private final List<Path> extraJars = new ArrayList<>();

  UnknotProcess(Path home, Map<String, String> desktopEnv) {
    this.home = home;
    env.putAll(desktopEnv);
    env.put("HOME", home.toString());
    env.put("XDG_DATA_HOME", home.resolve("data").toString());
    env.put("XDG_STATE_HOME", home.resolve("state").toString());
    env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
    env.put("XDG_RUNTIME_DIR", home.resolve("run").toString());
  }

  /** Sets an environment variable for the daemon and commands started from now on. */
  void setEnv(String name, String value) {
    env.put(name, value);
  }

  /**
   * Runs Unknot from the class path with these jars after its own, and these JVM options, as the
   * package's launcher does for the Java ATK bridge (AccessibilityE2E).
   */
  void addToClassPath(Path jar, String... options) {
    extraJars.add(jar);
    extraOptions.addAll(List.of(options));
  }

  /** The daemon's process, for tests that kill it. */
  Process daemon() {
    return daemon;
  }

  Path home() {
    return home;
  }

  Path database() {
    return home.resolve("data/unknot/unknot.db");
  }

  Path logFile() {
    return home.resolve("state/unknot/unknot.log");
  }

  /** Starts `unknot run --config FILE` and waits until it answers on its control socket. */
  void start(String configToml) throws IOException {
    Path config = home.resolve("test-config.toml");
    Files.writeString(config, configToml);
    startWith(List.of("run", "--config", config.toString()));
  }

  /** Starts `unknot run` with the config at its default location, if any. */
  void startWithoutConfig() throws IOException {
    startWith(List.of("run"));
  }

  private void startWith(List<String> args) throws IOException {
    launch(args);
    awaitRunning();
  }

  /** Starts `unknot run --config FILE` and returns at once, for tests of start-up itself. */
  void launch(String configToml) throws IOException {
    Path config = home.resolve("test-config.toml");
    Files.writeString(config, configToml);
    launch(List.of("run", "--config", config.toString()));
  }

  private void launch(List<String> args) throws IOException {
    daemonOutput = home.resolve("daemon-output.txt");
    ProcessBuilder builder = new ProcessBuilder(command(args));
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    builder.redirectOutput(daemonOutput.toFile());
    daemon = builder.start();
  }

  Path controlSocket() {
    return home.resolve("run/unknot/control.sock");
  }

  /**
   * Waits until the daemon answers `status` on its control socket, which it opens once everything
   * is wired. The deadline only ends a hang: start-up took over 30 s on a loaded machine. A daemon
   * that exits fails at once.
   */
  void awaitRunning() {
    boolean running = Desktop.await(START_DEADLINE, () -> !daemon.isAlive() || answersStatus());
    if (!daemon.isAlive() || !running) {
      throw new IllegalStateException(
          (daemon.isAlive()
                  ? "unknot did not answer `status` within " + START_DEADLINE.toSeconds() + " s: "
                  : "unknot exited with " + daemon.exitValue() + " while starting: ")
              + output()
              + "\n--- its log:\n"
              + log()
              + threadDump());
    }
  }

  private boolean answersStatus() {
    try {
      return ControlClient.send(controlSocket(), "status")
          .filter(ControlClient.Answer::ok)
          .map(a -> String.valueOf(daemon.pid()).equals(a.values().get("pid")))
          .orElse(false);
    } catch (IOException e) {
      return false; // Not listening yet, or a socket left by an earlier daemon.
    }
  }

  boolean logContains(String text) {
    try {
      return Files.exists(logFile()) && Files.readString(logFile()).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  /** The log's lines holding any of WORDS, for a failure's message. */
  String logLinesWith(String... words) {
    try {
      if (!Files.exists(logFile())) {
        return "(no log)";
      }
      return String.join(
          "\n",
          Files.readAllLines(logFile()).stream()
              .filter(line -> java.util.Arrays.stream(words).anyMatch(line::contains))
              .toList());
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  String output() {
    try {
      return daemonOutput == null ? "" : Files.readString(daemonOutput);
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  private String log() {
    try {
      return Files.exists(logFile()) ? Files.readString(logFile()) : "(no log)";
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  /** Where a daemon that hangs at start is stuck. */
  private String threadDump() {
    if (!daemon.isAlive()) {
      return "";
    }
    Desktop.Result dump =
        Desktop.run(List.of("jcmd", String.valueOf(daemon.pid()), "Thread.print"), Map.of());
    return "\n--- its threads:\n" + dump.out();
  }

  boolean isAlive() {
    return daemon != null && daemon.isAlive();
  }

  /**
   * Runs a one-off command such as `log --json` against the same folders; an empty value in {@code
   * envChanges} removes that variable.
   */
  Desktop.Result cli(Map<String, String> envChanges, String... args) {
    Map<String, String> changed = new HashMap<>(env);
    changed.putAll(envChanges);
    return Desktop.run(command(List.of(args)), changed);
  }

  Desktop.Result cli(String... args) {
    return cli(Map.of(), args);
  }

  /** Stops the daemon the way a logout does (SIGTERM) and waits for it. */
  @Override
  public void close() throws InterruptedException {
    if (daemon != null && daemon.isAlive()) {
      daemon.destroy();
      // A loaded machine may need a while to save and close; SIGKILL only ends a hang.
      if (!daemon.waitFor(60, TimeUnit.SECONDS)) {
        daemon.destroyForcibly();
        daemon.waitFor(60, TimeUnit.SECONDS);
      }
    }
  }

  /** The JVM options the packages start Unknot with, so that tests run what users run. */
  static List<String> daemonOptions() {
    try {
      return List.of(Files.readString(JVM_OPTIONS).trim().split("\\s+"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + JVM_OPTIONS, e);
    }
  }

  private List<String> command(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(daemonOptions());
    // Under `mvn verify`, the JaCoCo agent that records what the E2E tests cover.
    String coverageAgent = System.getProperty("unknot.e2e.agent", "");
    if (coverageAgent.startsWith("-javaagent:")) {
      command.add(coverageAgent);
    }
    if (extraJars.isEmpty()) {
      command.add("-jar");
      command.add(JAR.toAbsolutePath().toString());
    } else {
      // What the jar's manifest says for `java -jar` (Add-Opens), given by hand with -cp.
      command.add("--add-opens=java.desktop/sun.awt.X11=ALL-UNNAMED");
      command.addAll(extraOptions);
      StringBuilder classPath = new StringBuilder(JAR.toAbsolutePath().toString());
      extraJars.forEach(j -> classPath.append(java.io.File.pathSeparator).append(j));
      command.add("-cp");
      command.add(classPath.toString());
      command.add("dev.unknot.launcher.Main");
    }
    command.addAll(args);
    return command;
  }
}
