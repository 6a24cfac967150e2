package dev.unknot.e2e;

import dev.unknot.core.ActivityTracker;
import dev.unknot.input.JNativeHookActivitySource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Runs the input hook in a process of its own, on the test desktop's display, with jnativehook's
 * java.util.logging logger opened up to every level. It prints "ready", then, once it has counted
 * the keys and moves it was told to wait for, how many log records the hook produced meanwhile.
 */
public final class HookLogProbe {

  private HookLogProbe() {}

  public static void main(String[] args) throws Exception {
    Path libraryDir = Path.of(args[0]);
    long keys = Long.parseLong(args[1]);
    long moves = Long.parseLong(args[2]);
    ActivityTracker tracker = new ActivityTracker(Clock.systemUTC(), Duration.ofSeconds(5));
    JNativeHookActivitySource source = new JNativeHookActivitySource(libraryDir);
    AtomicInteger records = new AtomicInteger();
    Logger hookLogger = Logger.getLogger("com.github.kwhat.jnativehook");
    source.start(tracker);
    // Opened after start, which closes it: from here every line the library sends is counted.
    hookLogger.setLevel(Level.ALL);
    hookLogger.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.incrementAndGet();
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
    System.out.println("ready");
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while ((tracker.keyboardEvents() < keys || tracker.mouseEvents() < moves)
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    System.out.println(
        "keys="
            + tracker.keyboardEvents()
            + " moves="
            + tracker.mouseEvents()
            + " records="
            + records.get()
            + " screenQueries="
            + JNativeHookActivitySource.screenQueriesAnswered().orElse(-1L)
            + " handedOn="
            + JNativeHookActivitySource.eventsHandedOn().orElse(-1L));
    source.close();
    System.exit(0);
  }
}
