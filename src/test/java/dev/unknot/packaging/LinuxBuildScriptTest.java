package dev.unknot.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/linux/build.sh, run as the README says, in a copy of the project with stand-ins for
 * jdeps, jlink and jpackage (the real ones take minutes; check.sh checks a real package).
 */
class LinuxBuildScriptTest {

  private static final String MACHINE =
      System.getProperty("os.arch").equals("aarch64") ? "aarch64" : "x86_64";
  private static final String OWN_SQLITE =
      "org/sqlite/native/Linux/" + MACHINE + "/libsqlitejdbc.so";
  private static final List<String> FOREIGN =
      List.of(
          "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll",
          "org/sqlite/native/Linux-Android/aarch64/libsqlitejdbc.so",
          "org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib",
          "com/github/kwhat/jnativehook/lib/windows/x86/JNativeHook.dll",
          "com/sun/jna/sunos-sparc/libjnidispatch.so");

  @TempDir Path root;
  private Path tools;

  @BeforeEach
  void copyTheProject() throws IOException {
    assumeTrue(onPath("zip") && onPath("unzip") && onPath("bash"), "needs bash, zip and unzip");
    Path project = Path.of("").toAbsolutePath();
    copyTree(project.resolve("packaging"), root.resolve("packaging"));
    for (String file : List.of("LICENSE", "NOTICE", "pom.xml")) {
      Files.copy(project.resolve(file), root.resolve(file));
    }
    copyTree(
        project.resolve("src/main/resources/dev/unknot/tray"),
        root.resolve("src/main/resources/dev/unknot/tray"));
    script(root.resolve("packaging/linux/class-list.sh"), "echo java/lang/Object > \"$2\"");
    tools = Files.createDirectories(root.resolve("tools"));
    script(tools.resolve("jdeps"), "echo java.base");
    script(
        tools.resolve("jlink"),
        "while [ $# -gt 0 ]; do [ \"$1\" = --output ] && out=$2; shift; done\n"
            + "mkdir -p \"$out/bin\" && touch \"$out/bin/java\"");
    script(
        tools.resolve("jpackage"),
        "while [ $# -gt 0 ]; do case $1 in --type) t=$2;; --dest) d=$2;; --app-version) v=$2;;"
            + " esac; shift; done\n"
            + "if [ \"$t\" = deb ]; then touch \"$d/unknot_$v-1_amd64.deb\";"
            + " else touch \"$d/unknot-$v-1.x86_64.rpm\"; fi");
  }

  @Test
  void buildShDebExitsZeroWithoutAnRpm() throws Exception {
    jar("0.1.0");

    Run run = build("deb");

    assertEquals(0, run.exitCode, run.output);
    assertEquals(root.resolve("target/packaging/unknot_0.1.0-1_amd64.deb") + "\n", run.output);
  }

  @Test
  void packageVersionIsTheJarsAndASnapshotIsRefused() throws Exception {
    jar("0.1.0-SNAPSHOT");

    Run run = build("deb");

    assertEquals(1, run.exitCode, run.output);
    assertTrue(run.output.contains("says its version is '0.1.0-SNAPSHOT'"), run.output);
  }

  @Test
  void packagedJarHoldsOnlyThisMachinesNativesAndTheLicence() throws Exception {
    jar("0.1.0");

    Run run = build("deb");

    assertEquals(0, run.exitCode, run.output);
    Path input = root.resolve("target/packaging/input");
    try (ZipFile packaged = new ZipFile(input.resolve("unknot.jar").toFile())) {
      assertTrue(packaged.getEntry(OWN_SQLITE) != null);
      for (String foreign : FOREIGN) {
        assertEquals(null, packaged.getEntry(foreign), foreign);
      }
    }
    assertTrue(Files.isRegularFile(input.resolve("share/LICENSE")));
    assertTrue(Files.isRegularFile(input.resolve("share/NOTICE")));
    // The build's own jar is left whole: `java -jar target/unknot.jar` runs anywhere.
    try (ZipFile built = new ZipFile(root.resolve("target/unknot.jar").toFile())) {
      assertFalse(built.getEntry(FOREIGN.get(0)) == null);
    }
  }

  private void jar(String version) throws IOException {
    Path jar = Files.createDirectories(root.resolve("target")).resolve("unknot.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
      zip.write(
          ("Manifest-Version: 1.0\r\nImplementation-Version: " + version + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      for (String entry : Stream.concat(Stream.of(OWN_SQLITE), FOREIGN.stream()).toList()) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(1);
      }
    }
  }

  private record Run(int exitCode, String output) {}

  private Run build(String... types) throws Exception {
    List<String> command =
        Stream.concat(
                Stream.of("bash", root.resolve("packaging/linux/build.sh").toString()),
                Stream.of(types))
            .toList();
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("PATH", tools + ":" + env.get("PATH"));
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    return new Run(process.exitValue(), output);
  }

  private static void script(Path file, String body) throws IOException {
    Files.writeString(file, "#!/usr/bin/env bash\nset -eu\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static boolean onPath(String program) {
    return Stream.of(System.getenv("PATH").split(":"))
        .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }
}
