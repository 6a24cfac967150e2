package dev.unknot.notify;

import dev.unknot.core.Notifier;
import dev.unknot.core.i18n.Messages;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * macOS Notification Center through {@code osascript}. Its notifications cannot carry an action, so
 * a notice with something to open says where to open it: the tray menu. Run on macOS by no test:
 * there is no macOS machine in CI; the script it hands osascript is tested.
 */
public final class OsascriptNotifier implements Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(OsascriptNotifier.class);

  private final String command;

  public OsascriptNotifier() {
    this("osascript");
  }

  OsascriptNotifier(String command) {
    this.command = command;
  }

  @Override
  public boolean show(String title, List<String> lines, Runnable onOpen) {
    try {
      Process p =
          new ProcessBuilder(command, "-e", script(title, lines, onOpen != null))
              .redirectErrorStream(true)
              .start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      LOG.info("no osascript ({}); showing a window instead", e.getMessage());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The subtitle belongs to the notice: only one with a report to open points to the menu. */
  static String script(String title, List<String> lines, boolean opensSomething) {
    // not translated: AppleScript
    String display = "display notification ";
    // not translated: AppleScript
    String withTitle = " with title ";
    return display
        + quote(String.join(" ", lines))
        + withTitle
        + quote(title)
        + (opensSomething ? " subtitle " + quote(Messages.get("notify.openFromMenu")) : "");
  }

  static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
