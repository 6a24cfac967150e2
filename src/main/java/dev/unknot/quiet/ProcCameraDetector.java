package dev.unknot.quiet;

import dev.unknot.core.QuietDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Optional;

/**
 * Holds prompts while one of the user's own processes has a camera open: a {@code /proc/PID/fd}
 * link that points at a {@code /dev/video*} device. Only the user's own processes are looked at;
 * their fd links need no extra permission.
 */
public final class ProcCameraDetector implements QuietDetector {

  /** Test only: a glob for the device paths that count as cameras, instead of /dev/video*. */
  public static final String DEVICES_PROPERTY = "unknot.test.cameraDevices";

  static final String DEVICES = "/dev/video*";

  private final Path proc;
  private final int uid;
  private final PathMatcher devices;

  ProcCameraDetector(Path proc, int uid, String devicesGlob) {
    this.proc = proc;
    this.uid = uid;
    this.devices = FileSystems.getDefault().getPathMatcher("glob:" + devicesGlob);
  }

  /**
   * The user's own processes, under /proc; empty where there is no /proc to read (macOS, Windows).
   */
  public static Optional<ProcCameraDetector> forThisUser() {
    Path proc = Path.of("/proc");
    try {
      int uid = (Integer) Files.getAttribute(proc.resolve("self"), "unix:uid");
      return Optional.of(
          new ProcCameraDetector(proc, uid, System.getProperty(DEVICES_PROPERTY, DEVICES)));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<String> reason() {
    return scan(proc, uid, devices).map(name -> "the camera is in use by " + name);
  }

  /**
   * The name of the first process of {@code uid} under {@code proc} with a file descriptor open on
   * a device {@code devices} matches. Processes that end or cannot be read meanwhile are passed
   * over.
   */
  static Optional<String> scan(Path proc, int uid, PathMatcher devices) {
    try (DirectoryStream<Path> pids = Files.newDirectoryStream(proc, ProcCameraDetector::isPid)) {
      for (Path pid : pids) {
        if (ownedBy(pid, uid) && holdsDevice(pid.resolve("fd"), devices)) {
          return Optional.of(name(pid));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + proc + ": " + e.getMessage(), e);
    }
    return Optional.empty();
  }

  private static boolean isPid(Path entry) {
    String name = entry.getFileName().toString();
    return !name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean ownedBy(Path pid, int uid) {
    try {
      return Integer.valueOf(uid)
          .equals(Files.getAttribute(pid, "unix:uid", LinkOption.NOFOLLOW_LINKS));
    } catch (IOException | RuntimeException e) {
      return false; // ended meanwhile
    }
  }

  private static boolean holdsDevice(Path fds, PathMatcher devices) {
    try (DirectoryStream<Path> links = Files.newDirectoryStream(fds)) {
      for (Path link : links) {
        try {
          if (devices.matches(Files.readSymbolicLink(link))) {
            return true;
          }
        } catch (IOException | UnsupportedOperationException e) {
          // closed meanwhile, or not a link
        }
      }
    } catch (IOException e) {
      // ended meanwhile, or not ours to read after all
    }
    return false;
  }

  /** The process's command name, as ps shows it; its pid where that cannot be read. */
  private static String name(Path pid) {
    try {
      String comm = Files.readString(pid.resolve("comm"), StandardCharsets.UTF_8).strip();
      return comm.isEmpty() ? "process " + pid.getFileName() : comm;
    } catch (IOException e) {
      return "process " + pid.getFileName();
    }
  }
}
