package dev.unknot.e2e;

import dev.unknot.core.ActivityTracker;
import dev.unknot.input.JNativeHookActivitySource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Runs the input hook in a process of its own, on the test desktop's display. It prints "ready";
 * then, for each number it reads, waits (up to two minutes) until it has counted that many pointer
 * moves in all and prints the moves counted, how often the hook thread has napped, and the epoch
 * milliseconds of the last input as the tracker has it.
 */
public final class HookCountProbe {

  private HookCountProbe() {}

  public static void main(String[] args) throws Exception {
    ActivityTracker tracker = new ActivityTracker(Clock.systemUTC(), Duration.ofSeconds(5));
    JNativeHookActivitySource source = new JNativeHookActivitySource(Path.of(args[0]));
    source.start(tracker);
    System.out.println("ready");
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      long moves = Long.parseLong(line.strip());
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (tracker.mouseEvents() < moves && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      System.out.println(
          "moves="
              + tracker.mouseEvents()
              + " naps="
              + JNativeHookActivitySource.hookNaps().orElse(-1L)
              + " last="
              + tracker.lastInputMillis());
    }
    source.close();
    System.exit(0);
  }
}
