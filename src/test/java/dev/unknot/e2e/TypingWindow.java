package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;

/**
 * A harmless xmessage window that holds the focus while a test types, so no keystroke lands
 * anywhere that matters. Closing it ends the xmessage process.
 */
final class TypingWindow implements AutoCloseable {

  /** Only a hang reaches it: on a loaded machine xmessage took seconds to map. */
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  private final Process process;
  private final String window;

  private TypingWindow(Process process, String window) {
    this.process = process;
    this.window = window;
  }

  /** Opens the window at GEOMETRY (as X writes it, "480x120+40+40") and gives it the focus. */
  static TypingWindow open(Desktop desktop, String title, String geometry) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
            "xmessage",
            "-geometry",
            geometry,
            "-title",
            title,
            "Unknot end-to-end test: keystrokes land here");
    builder.environment().putAll(desktop.env());
    Process process = builder.start();
    assertTrue(
        Desktop.await(DEADLINE, () -> desktop.window(title).isPresent()),
        "the typing window " + title + " did not appear");
    String window = desktop.window(title).orElseThrow();
    desktop.xdotool("windowfocus", "--sync", window);
    return new TypingWindow(process, window);
  }

  static TypingWindow open(Desktop desktop) throws IOException {
    return open(desktop, "typing-target", "480x120+40+40");
  }

  /** The X window id, for xdotool. */
  String id() {
    return window;
  }

  @Override
  public void close() {
    process.destroy();
  }
}
