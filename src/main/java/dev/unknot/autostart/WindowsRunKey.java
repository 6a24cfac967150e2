package dev.unknot.autostart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-user Run key, which Windows reads at login. Turning it off removes the value and notes
 * the choice under Unknot's own key, so Unknot never turns it back on by itself.
 */
public final class WindowsRunKey implements Autostart {

  static final String RUN = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
  static final String OWN = "HKCU\\Software\\Unknot";
  static final String VALUE = "Unknot";
  static final String CHOICE = "Autostart";

  /** The current user's registry: string values only. */
  public interface Registry {
    Optional<String> get(String key, String name) throws IOException;

    void set(String key, String name, String value) throws IOException;

    void delete(String key, String name) throws IOException;
  }

  private final Registry registry;
  private final List<String> command;

  public WindowsRunKey(Registry registry, List<String> command) {
    this.registry = registry;
    this.command = List.copyOf(command);
  }

  @Override
  public Status status() throws IOException {
    if (registry.get(RUN, VALUE).isPresent()) {
      return new Status(true, "by the value " + VALUE + " in " + RUN);
    }
    return chosen()
        ? new Status(false, "turned off with `unknot autostart disable`")
        : new Status(false, "no value in " + RUN);
  }

  @Override
  public boolean chosen() throws IOException {
    return registry.get(OWN, CHOICE).isPresent() || registry.get(RUN, VALUE).isPresent();
  }

  @Override
  public void enable() throws IOException {
    registry.set(RUN, VALUE, commandLine(command));
    registry.set(OWN, CHOICE, "on");
  }

  @Override
  public void disable() throws IOException {
    registry.set(OWN, CHOICE, "off");
    if (registry.get(RUN, VALUE).isPresent()) {
      registry.delete(RUN, VALUE);
    }
  }

  /** Quoted the way Windows splits a command line: every argument in quotes. */
  static String commandLine(List<String> command) {
    List<String> quoted = new ArrayList<>();
    for (String arg : command) {
      quoted.add('"' + arg.replace("\"", "\\\"") + '"');
    }
    return String.join(" ", quoted);
  }

  /** The registry through reg.exe, which every Windows has; no native code needed. */
  public static Registry regExe() {
    return new Registry() {
      private static final Pattern LINE =
          Pattern.compile("^\\s+(\\S+)\\s+REG_(?:EXPAND_)?SZ\\s+(.*)$", Pattern.MULTILINE);

      @Override
      public Optional<String> get(String key, String name) throws IOException {
        Result r = run(List.of("reg", "query", key, "/v", name));
        if (r.exitCode != 0) {
          return Optional.empty();
        }
        Matcher m = LINE.matcher(r.output);
        while (m.find()) {
          if (m.group(1).equalsIgnoreCase(name)) {
            return Optional.of(m.group(2).strip());
          }
        }
        return Optional.empty();
      }

      @Override
      public void set(String key, String name, String value) throws IOException {
        check(run(List.of("reg", "add", key, "/v", name, "/t", "REG_SZ", "/d", value, "/f")));
      }

      @Override
      public void delete(String key, String name) throws IOException {
        check(run(List.of("reg", "delete", key, "/v", name, "/f")));
      }

      private void check(Result r) throws IOException {
        if (r.exitCode != 0) {
          throw new IOException("reg.exe failed: " + r.output.strip());
        }
      }

      private record Result(int exitCode, String output) {}

      private Result run(List<String> args) throws IOException {
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        try (InputStream in = p.getInputStream()) {
          String out = new String(in.readAllBytes(), Charset.defaultCharset());
          if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("reg.exe did not answer in 10 s");
          }
          return new Result(p.exitValue(), out);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for reg.exe", e);
        }
      }
    };
  }
}
