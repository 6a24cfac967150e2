package dev.unknot.notify;

import dev.unknot.core.Notifier;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * macOS Notification Center through {@code osascript}. Its notifications cannot carry an action, so
 * the full report is opened from the tray menu. Untested: there is no macOS machine in CI.
 */
public final class OsascriptNotifier implements Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(OsascriptNotifier.class);

  @Override
  public boolean show(String title, List<String> lines, Runnable onOpen) {
    String script =
        "display notification "
            + quote(String.join(" ", lines))
            + " with title "
            + quote(title)
            + " subtitle \"Weekly summary: open it from the Unknot menu\"";
    try {
      Process p = new ProcessBuilder("osascript", "-e", script).redirectErrorStream(true).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      LOG.info("no osascript ({}); showing a window instead", e.getMessage());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
