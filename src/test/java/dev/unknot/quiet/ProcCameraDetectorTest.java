package dev.unknot.quiet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The /proc scan on a tree the test makes: pid folders with fd links and a comm file. */
class ProcCameraDetectorTest {

  private static final PathMatcher VIDEO =
      FileSystems.getDefault().getPathMatcher("glob:" + ProcCameraDetector.DEVICES);

  @TempDir Path proc;

  private int uid() throws IOException {
    return (Integer) Files.getAttribute(proc, "unix:uid");
  }

  private void process(String pid, String comm, String... fdTargets) throws IOException {
    Path dir = Files.createDirectories(proc.resolve(pid).resolve("fd"));
    Files.writeString(proc.resolve(pid).resolve("comm"), comm + "\n");
    for (int i = 0; i < fdTargets.length; i++) {
      Files.createSymbolicLink(dir.resolve(String.valueOf(i)), Path.of(fdTargets[i]));
    }
  }

  @Test
  void findsTheProcessWithAVideoDeviceOpen() throws IOException {
    process("100", "bash", "/dev/pts/0", "/dev/null");
    process("2000", "zoom", "/dev/null", "socket:[1234]", "/dev/video0");

    assertEquals(Optional.of("zoom"), ProcCameraDetector.scan(proc, uid(), VIDEO));
  }

  @Test
  void seesNothingWhenNoProcessHasACameraOpen() throws IOException {
    process("100", "bash", "/dev/pts/0", "/dev/null", "/dev/vhost-net", "/home/me/video.mp4");

    assertEquals(Optional.empty(), ProcCameraDetector.scan(proc, uid(), VIDEO));
  }

  @Test
  void looksAtTheUsersOwnProcessesOnly() throws IOException {
    process("2000", "zoom", "/dev/video0");

    assertEquals(Optional.empty(), ProcCameraDetector.scan(proc, uid() + 1, VIDEO));
  }

  @Test
  void passesOverWhatIsNotAProcessOrCannotBeRead() throws IOException {
    Files.createDirectories(proc.resolve("self"));
    Files.createSymbolicLink(proc.resolve("self").resolve("video"), Path.of("/dev/video0"));
    Files.createDirectories(proc.resolve("sys/fd"));
    Files.createDirectories(proc.resolve("300")); // ended: no fd folder left
    Files.writeString(proc.resolve("uptime"), "1.0 1.0\n");
    Files.createDirectories(proc.resolve("400").resolve("fd"));
    Files.writeString(proc.resolve("400/fd/0"), "not a link");
    process("500", "", "/dev/video2");

    assertEquals(Optional.of("process 500"), ProcCameraDetector.scan(proc, uid(), VIDEO));
  }

  @Test
  void theDevicePatternDecidesWhatCountsAsACamera() throws IOException {
    process("700", "sleep", "/tmp/unknot-test/fake-video0");

    PathMatcher fake = FileSystems.getDefault().getPathMatcher("glob:/tmp/unknot-test/fake-video*");
    assertEquals(Optional.of("sleep"), ProcCameraDetector.scan(proc, uid(), fake));
    assertEquals(Optional.empty(), ProcCameraDetector.scan(proc, uid(), VIDEO));
  }
}
