package dev.unknot.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of a shutdown, run in the order they were added, each on its own: one that fails (a
 * tray library that throws, an input hook that will not let go) is logged, and the rest still run,
 * so the last records are still saved and the diary still closed.
 */
final class ShutdownSteps {

  /** One step; it may throw anything. */
  interface Step {
    void run() throws Exception;
  }

  private static final Logger LOG = LoggerFactory.getLogger(ShutdownSteps.class);

  private final Map<String, Step> steps = new LinkedHashMap<>();

  /** Adds a step, named for the log. */
  ShutdownSteps then(String what, Step step) {
    steps.put(what, step);
    return this;
  }

  /** Runs every step; returns the names of those that failed. */
  List<String> runAll() {
    List<String> failed = new ArrayList<>();
    steps.forEach(
        (what, step) -> {
          try {
            step.run();
          } catch (Throwable e) {
            // Errors too (a library's NoClassDefFoundError, an OutOfMemoryError): what comes
            // after may still succeed, and the diary matters more than a clean stack.
            failed.add(what);
            try {
              LOG.error("while stopping, {} failed", what, e);
            } catch (Throwable ignored) {
              // Nothing left to tell it to; the next step runs regardless.
            }
          }
        });
    return failed;
  }
}
