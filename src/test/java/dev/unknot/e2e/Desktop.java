package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A real X display, with a D-Bus session and a tray host, that tests drive with xdotool. */
public final class Desktop {

  private final Map<String, String> env;

  Desktop(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** DISPLAY, the bus address and friends, for processes started on this desktop. */
  public Map<String, String> env() {
    return env;
  }

  public String xdotool(String... args) {
    List<String> command = new ArrayList<>(List.of("xdotool"));
    command.addAll(List.of(args));
    Result result = run(command);
    if (result.exitCode != 0) {
      throw new IllegalStateException("xdotool " + String.join(" ", args) + ": " + result.err);
    }
    return result.out.strip();
  }

  public void moveMouse(int x, int y) {
    xdotool("mousemove", String.valueOf(x), String.valueOf(y));
  }

  public void key(String key) {
    xdotool("key", key);
  }

  public void click(int x, int y) {
    moveTo(x, y);
    xdotool("click", "1");
  }

  /** Moves the pointer and waits until it is there. */
  public void moveTo(int x, int y) {
    // --sync waits for the pointer to move; if it is already there it would wait in vain.
    if (!xdotool("getmouselocation").startsWith("x:" + x + " y:" + y + " ")) {
      xdotool("mousemove", "--sync", String.valueOf(x), String.valueOf(y));
    }
  }

  /** The window with exactly this title, if one is mapped. */
  public Optional<String> window(String title) {
    return windowMatching("^" + title + "$");
  }

  /** A mapped window whose title matches the (POSIX extended) regular expression, if any. */
  public Optional<String> windowMatching(String regex) {
    Result result = run(List.of("xdotool", "search", "--onlyvisible", "--name", regex));
    String out = result.out.strip();
    return result.exitCode == 0 && !out.isEmpty()
        ? Optional.of(out.lines().findFirst().orElseThrow())
        : Optional.empty();
  }

  public Rectangle geometry(String windowId) {
    Map<String, Integer> values = new HashMap<>();
    for (String line : xdotool("getwindowgeometry", "--shell", windowId).lines().toList()) {
      String[] kv = line.split("=", 2);
      if (kv.length == 2 && kv[1].matches("-?\\d+")) {
        values.put(kv[0], Integer.parseInt(kv[1]));
      }
    }
    return new Rectangle(
        values.get("X"), values.get("Y"), values.get("WIDTH"), values.get("HEIGHT"));
  }

  public String focusedWindow() {
    return xdotool("getwindowfocus", "-f");
  }

  public void screenshot(Path png) {
    try {
      Files.createDirectories(png.getParent());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Result result = run(List.of("import", "-window", "root", png.toString()));
    assertEquals(0, result.exitCode, "screenshot failed: " + result.err);
  }

  /** Polls until the condition holds; returns false if the deadline passes first. */
  public static boolean await(Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      pause(Duration.ofMillis(100));
    }
    return condition.getAsBoolean();
  }

  /** Paces input the way a person would; never used to decide a test's outcome. */
  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Result run(List<String> command) {
    return run(command, env);
  }

  /**
   * Runs a command to completion with these variables added to the environment (an empty value
   * removes the variable), and captures what it printed.
   */
  static Result run(List<String> command, Map<String, String> environment) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(environment);
      builder.environment().values().removeIf(String::isEmpty);
      Process process = builder.start();
      process.getOutputStream().close();
      // Both streams are read while it runs: one left unread fills its pipe past 64 KB (a thread
      // dump, a long log) and the process blocks until the deadline.
      CompletableFuture<String> out = readAll(process.getInputStream());
      CompletableFuture<String> err = readAll(process.getErrorStream());
      if (!process.waitFor(COMMAND_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish");
      }
      return new Result(process.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Only a limit on a hang: a JVM's start on a loaded machine can take many seconds. */
  private static final Duration COMMAND_DEADLINE = Duration.ofSeconds(180);

  private static CompletableFuture<String> readAll(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
          }
        },
        runnable -> {
          Thread reader = new Thread(runnable, "command-output");
          reader.setDaemon(true);
          reader.start();
        });
  }

  record Result(int exitCode, String out, String err) {}
}
