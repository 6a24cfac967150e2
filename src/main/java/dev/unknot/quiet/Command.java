package dev.unknot.quiet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A short helper program run to its end, bounded in time, in the C locale so it can be parsed. */
final class Command {

  /** Long enough for a loaded machine: pactl took over a second there. */
  static final Duration TIMEOUT = Duration.ofSeconds(2);

  /** What it printed and how it ended. */
  record Result(int exitCode, String out) {}

  /** Thrown when the program is not installed: the source cannot work until it is. */
  static final class Missing extends IOException {
    Missing(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private Command() {}

  static Result run(List<String> command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("LC_ALL", "C");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new Missing(command.get(0) + " is not installed", e);
    }
    process.getOutputStream().close();
    // Read on another thread: a full pipe must not stall the program until the timeout.
    CompletableFuture<byte[]> out =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return process.getInputStream().readAllBytes();
              } catch (IOException e) {
                return new byte[0];
              }
            });
    try {
      if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IOException(
            command.get(0) + " did not answer within " + TIMEOUT.toSeconds() + " s");
      }
      byte[] bytes = out.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return new Result(process.exitValue(), new String(bytes, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + command.get(0), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("cannot read what " + command.get(0) + " printed", e);
    }
  }
}
