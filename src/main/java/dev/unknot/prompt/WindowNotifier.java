package dev.unknot.prompt;

import dev.unknot.core.Notifier;
import dev.unknot.core.i18n.Messages;
import java.awt.GraphicsEnvironment;
import java.util.List;

/** A small card in the corner, where the desktop has no notification service. */
public final class WindowNotifier implements Notifier {

  @Override
  public boolean show(String title, List<String> lines, Runnable onOpen) {
    if (GraphicsEnvironment.isHeadless()) {
      return false;
    }
    NoticeWindow.show(
        Messages.get("notice.title", title),
        NoticeWindow.INFO,
        title,
        lines,
        onOpen == null ? null : Messages.get("notice.openReport"),
        onOpen);
    return true;
  }
}
