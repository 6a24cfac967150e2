package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unknot writes only in its own folders, or where the user pointed, and changes no folder it did
 * not create: a whole daemon run is traced with strace, and the commands that write a file the user
 * named are run against folders of other modes.
 */
class OwnFilesE2E extends DaemonOnDesktop {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONFIG = "[knots]\ncheckin = false\n[summary]\nnotify = false\n";

  /** A call that creates, changes or removes a file, and the path it names first. */
  private static final Pattern WRITE =
      Pattern.compile(
          "^\\d+ +(openat|open|creat|mkdir|mkdirat|rename|renameat2?|unlink|unlinkat|rmdir"
              + "|chmod|fchmodat|symlink|symlinkat|link|linkat|truncate)\\((?:AT_FDCWD, |\\d+, )?"
              + "\"([^\"]+)\"(.*)\\) += (\\d+)");

  OwnFilesE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
  }

  @Test
  void aFullDaemonRunWritesNowhereButItsOwnFolders() throws Exception {
    assumeTrue(onPath("strace"), "needs strace");
    Path home = unknot.home();
    Path config = Files.writeString(home.resolve("test-config.toml"), CONFIG);
    Path trace = home.resolve("trace.txt");
    List<String> command = traced(trace, "run", "--config", config.toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(withFolders(home));
    builder.redirectErrorStream(true);
    builder.redirectOutput(home.resolve("daemon-output.txt").toFile());
    Process daemon = builder.start();
    try {
      // Running means the socket answers; a break shown and dismissed writes the diary too.
      assertTrue(
          Desktop.await(Duration.ofSeconds(90), () -> answersAsRunning(daemon.pid())),
          () -> "the traced daemon did not answer: " + read(home.resolve("daemon-output.txt")));
      assertEquals(0, unknot.cli("pause", "10m").exitCode());
      assertEquals(0, unknot.cli("resume").exitCode());
    } finally {
      // The daemon itself gets the SIGTERM, so that it stops as at a logout; strace, told
      // instead, may detach and leave it running on the shared desktop with its tray icon.
      List<ProcessHandle> traced = daemon.descendants().toList();
      traced.forEach(ProcessHandle::destroy);
      for (ProcessHandle p : traced) {
        try {
          p.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
          p.destroyForcibly();
        }
      }
      if (!daemon.waitFor(30, TimeUnit.SECONDS)) {
        daemon.destroyForcibly();
      }
      assertTrue(traced.stream().noneMatch(ProcessHandle::isAlive), "the traced daemon lives on");
    }

    assertEquals(
        Set.of(),
        writesOutside(trace, home),
        () -> "files written outside Unknot's folders; " + read(home.resolve("daemon-output.txt")));
    try (Stream<Path> files = Files.walk(home.resolve("state"))) {
      for (Path file : files.toList()) {
        Set<PosixFilePermission> mode =
            Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        assertTrue(
            mode.stream().allMatch(p -> p.name().startsWith("OWNER")),
            file + " is " + PosixFilePermissions.toString(mode));
      }
    }
  }

  @Test
  void exportAndSummaryLeaveTheFoldersTheyWriteIntoAsTheyAre() throws Exception {
    Path home = unknot.home();
    Path users = Files.createDirectory(home.resolve("D"));
    Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rwxr-xr-x"));

    Desktop.Result json =
        unknot.cli("export", "--format", "json", "--out", users.resolve("x.json").toString());
    Desktop.Result csv =
        unknot.cli("export", "--format", "csv", "--out", users.resolve("csv").toString());
    Desktop.Result html =
        unknot.cli(Map.of("DISPLAY", ""), "summary", "--html", users.resolve("s.html").toString());

    assertEquals(0, json.exitCode(), json.err());
    assertEquals(0, csv.exitCode(), csv.err());
    assertEquals(0, html.exitCode(), html.err());
    assertEquals("rwxr-xr-x", mode(users));
    assertEquals("rw-------", mode(users.resolve("x.json")));
    assertEquals("rwx------", mode(users.resolve("csv")));
  }

  @Test
  void exportIntoTmpWorksAndLeavesTmpAsItIs() throws Exception {
    Path tmp = Path.of("/tmp");
    String before = mode(tmp);
    Path out = tmp.resolve("unknot-e2e-" + ProcessHandle.current().pid() + ".json");
    try {
      Desktop.Result r = unknot.cli("export", "--format", "json", "--out", out.toString());
      assertEquals(0, r.exitCode(), r.err());
      assertEquals(before, mode(tmp));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  @Test
  void aLockFileThatIsASymlinkIsRefusedAndItsTargetKept() throws Exception {
    Path home = unknot.home();
    Path precious = Files.writeString(home.resolve("precious.txt"), "keep me\n");
    Path runtime = Files.createDirectories(home.resolve("run/unknot"));
    Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
    Files.createSymbolicLink(runtime.resolve("unknot.lock"), precious);
    Path config = Files.writeString(home.resolve("test-config.toml"), CONFIG);

    Desktop.Result r = unknot.cli("run", "--config", config.toString());

    assertEquals(1, r.exitCode(), r.out());
    assertTrue(r.err().contains(runtime.resolve("unknot.lock") + " is a symbolic link"), r.err());
    assertEquals("keep me\n", Files.readString(precious));
  }

  @Test
  void aStateFolderThatIsASymlinkIsRefusedAndItsTargetNotChanged() throws Exception {
    Path home = unknot.home();
    Path elsewhere = Files.createDirectory(home.resolve("elsewhere"));
    Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createDirectories(home.resolve("state"));
    Files.createSymbolicLink(home.resolve("state/unknot"), elsewhere);

    // A command that writes: one that only reads leaves the state folder alone altogether.
    Desktop.Result r =
        unknot.cli("knot", "add", "--area", "neck", "--side", "left", "--severity", "2");

    assertEquals(1, r.exitCode(), r.out());
    assertEquals(
        "unknot: "
            + home.resolve("state/unknot")
            + " is a symbolic link; Unknot does not follow links in its own folders\n",
        r.err());
    assertEquals("rwxr-xr-x", mode(elsewhere));
    try (Stream<Path> left = Files.list(elsewhere)) {
      assertEquals(List.of(), left.toList());
    }
  }

  @Test
  void aCachedSqliteLibraryThatFailsToLoadIsUnpackedInTheStateFolderNotInTmp() throws Exception {
    // Seen in CI: sqlite-jdbc, failing to load the copy kept in the state folder, fell back to
    // unpacking the library into /tmp. A damaged copy stands in for whatever failed there.
    assumeTrue(onPath("strace"), "needs strace");
    Path home = unknot.home();
    assertEquals(
        0,
        unknot
            .cli("knot", "add", "--area", "neck", "--side", "left", "--severity", "2")
            .exitCode());
    Path kept;
    try (Stream<Path> files = Files.walk(home.resolve("state/unknot/native"))) {
      kept =
          files
              .filter(f -> f.getFileName().toString().equals("libsqlitejdbc.so"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no cached copy in the state folder"));
    }
    Files.writeString(kept, "not a library\n");
    Path trace = home.resolve("trace.txt");

    Desktop.Result r =
        Desktop.run(
            traced(trace, "knot", "add", "--area", "neck", "--side", "right", "--severity", "1"),
            withFolders(home));

    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertEquals(Set.of(), writesOutside(trace, home), "files written outside Unknot's folders");
    JsonNode knots =
        JSON.readTree(unknot.cli("export", "--format", "json").out()).path("knot_reports");
    assertEquals(2, knots.size(), knots.toString());
  }

  /** Unknot's command line, run under strace, which writes every file call to {@code trace}. */
  private static List<String> traced(Path trace, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "strace",
                "-f",
                "-qq",
                "-o",
                trace.toString(),
                "-e",
                "trace=%file",
                "-e",
                "signal=none"));
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(UnknotProcess.daemonOptions());
    command.addAll(List.of("-jar", UnknotProcess.JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return command;
  }

  /** Each call in {@code trace} that creates, changes or removes a file outside home's folders. */
  private static Set<String> writesOutside(Path trace, Path home) throws IOException {
    Set<String> outside = new TreeSet<>();
    List<Path> own = Stream.of("data", "state", "config", "run").map(home::resolve).toList();
    for (String line : Files.readAllLines(trace)) {
      Matcher m = WRITE.matcher(line);
      if (!m.find()) {
        continue;
      }
      String call = m.group(1);
      String rest = m.group(3);
      boolean opensForWriting =
          !call.startsWith("open")
              || rest.contains("O_WRONLY")
              || rest.contains("O_RDWR")
              || rest.contains("O_CREAT");
      Path path = Path.of(m.group(2));
      if (opensForWriting
          && path.isAbsolute()
          && own.stream().noneMatch(path::startsWith)
          && !path.startsWith("/dev")
          && !path.startsWith("/proc")) {
        outside.add(call + " " + path);
      }
    }
    return outside;
  }

  private Map<String, String> withFolders(Path home) {
    Map<String, String> env = new java.util.HashMap<>(desktop.env());
    env.putAll(folders(home));
    return env;
  }

  /** The daemon's socket answers `status` (strace's child is the daemon, so its pid differs). */
  private boolean answersAsRunning(long stracePid) {
    try {
      JsonNode status = JSON.readTree(unknot.cli("status", "--json").out());
      return status.path("running").asBoolean() && status.path("pid").asLong() != stracePid;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void theDaemonRunAsNobodyRefusesARuntimeFolderRootOwns() throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")) && onPath("setpriv"), "root only");
    Path home = unknot.home();
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
    var lookup = home.getFileSystem().getUserPrincipalLookupService();
    Path nobodysHome = Files.createDirectory(home.resolve("nobody"));
    Path config = Files.writeString(nobodysHome.resolve("config.toml"), CONFIG);
    Path runtime = Files.createDirectories(nobodysHome.resolve("run/unknot"));
    Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
    for (Path p : List.of(nobodysHome, config, nobodysHome.resolve("run"))) {
      Files.setOwner(p, lookup.lookupPrincipalByName("nobody"));
    }
    List<String> command =
        new ArrayList<>(
            List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(UnknotProcess.daemonOptions());
    command.addAll(
        List.of(
            "-jar",
            UnknotProcess.JAR.toAbsolutePath().toString(),
            "run",
            "--config",
            config.toString()));
    Map<String, String> env = new java.util.HashMap<>(desktop.env());
    env.putAll(folders(nobodysHome));

    Desktop.Result r = Desktop.run(command, env);

    assertEquals(1, r.exitCode(), r.out() + r.err());
    assertTrue(r.err().contains(runtime + " belongs to root, not to nobody"), r.err());
    try (Stream<Path> left = Files.list(runtime)) {
      assertEquals(List.of(), left.toList());
    }
  }

  private static Map<String, String> folders(Path home) {
    return Map.of(
        "HOME", home.toString(),
        "XDG_DATA_HOME", home.resolve("data").toString(),
        "XDG_STATE_HOME", home.resolve("state").toString(),
        "XDG_CONFIG_HOME", home.resolve("config").toString(),
        "XDG_RUNTIME_DIR", home.resolve("run").toString());
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  private static boolean onPath(String program) {
    return Stream.of(System.getenv("PATH").split(":"))
        .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }
}
