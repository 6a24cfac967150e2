package dev.unknot.notify;

import dev.unknot.core.Notifier;
import dev.unknot.core.i18n.Messages;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Freedesktop notifications through libnotify's {@code notify-send}. A weekly notification does not
 * justify a D-Bus library's memory in a process that runs all day; the command is on every desktop
 * that has a notification service, and it reports the clicked action on its output.
 */
public final class NotifySendNotifier implements Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(NotifySendNotifier.class);
  private static final Duration DELIVERY_LIMIT = Duration.ofSeconds(10);
  private static final Set<String> OPEN_ACTIONS = Set.of("default", "open");

  private static final String ICON = "/dev/unknot/tray/unknot-counting-64.png";

  private final List<String> command;
  // Every notify-send still running: one waits for a click until its notification closes, and
  // several can be up at once (the weekly summary, a long day). Each leaves the set as it exits.
  private final Set<Process> live = ConcurrentHashMap.newKeySet();
  private volatile Optional<Path> iconFile;

  /**
   * notify-send buffers its output when it goes to a pipe, so the id would come only when the
   * notification closes; coreutils' stdbuf makes it write each line at once.
   */
  public NotifySendNotifier() {
    this(onPath("stdbuf") ? List.of("stdbuf", "-oL", "notify-send") : List.of("notify-send"));
  }

  NotifySendNotifier(String command) {
    this(List.of(command));
  }

  private NotifySendNotifier(List<String> command) {
    this.command = List.copyOf(command);
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean show(String title, List<String> lines, Runnable onOpen) {
    Process process;
    try {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("--app-name=Unknot", "--print-id"));
      icon().ifPresent(file -> args.add("--icon=" + file));
      if (onOpen != null) {
        String open = Messages.get("notify.openReport");
        args.addAll(List.of("--action=default=" + open, "--action=open=" + open));
      }
      args.addAll(List.of(title, escape(String.join("\n", lines))));
      process = new ProcessBuilder(args).redirectErrorStream(true).start();
      live.add(process);
      process.onExit().thenRun(() -> live.remove(process));
    } catch (IOException e) {
      LOG.info("no notify-send ({}); showing a window instead", e.getMessage());
      return false;
    }
    CompletableFuture<Boolean> delivered = new CompletableFuture<>();
    Thread reader = new Thread(() -> follow(process, delivered, onOpen), "unknot-notification");
    reader.setDaemon(true);
    reader.start();
    try {
      return delivered.get(DELIVERY_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      LOG.warn("the notification service did not answer in {} s", DELIVERY_LIMIT.toSeconds());
      process.destroy();
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      return false;
    } catch (ExecutionException e) {
      return false;
    }
  }

  /** The first line is the notification's id once it is shown; a later one is the action. */
  private static void follow(
      Process process, CompletableFuture<Boolean> delivered, Runnable onOpen) {
    StringBuilder complaint = new StringBuilder();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (!delivered.isDone()) {
          // It prints id 0 when it could not reach a notification service.
          if (line.strip().matches("0*[1-9]\\d*")) {
            delivered.complete(true);
          } else {
            complaint.append(line.strip()).append(' ');
          }
        } else if (onOpen != null && OPEN_ACTIONS.contains(line.strip())) {
          onOpen.run();
        }
      }
    } catch (IOException e) {
      complaint.append(e.getMessage());
    }
    if (!delivered.isDone()) {
      LOG.warn("notify-send could not show the notification: {}", complaint.toString().strip());
      delivered.complete(false);
    }
  }

  /** Closes every notification still waiting for a click, so no notify-send outlives Unknot. */
  public void close() {
    for (Process p : List.copyOf(live)) {
      p.destroy();
    }
  }

  /** How many notify-send processes are still running. */
  int running() {
    return live.size();
  }

  /**
   * notify-send takes an icon as a file, and Unknot's is inside the jar: it is copied out once,
   * into a file only this user can read. Without it the notification still goes out, bare.
   */
  private Optional<Path> icon() {
    Optional<Path> known = iconFile;
    if (known != null) {
      return known;
    }
    synchronized (this) {
      if (iconFile == null) {
        iconFile = copyIcon();
      }
      return iconFile;
    }
  }

  private static Optional<Path> copyIcon() {
    try (InputStream in = NotifySendNotifier.class.getResourceAsStream(ICON)) {
      if (in == null) {
        return Optional.empty();
      }
      Path file = Files.createTempFile("unknot-icon-", ".png");
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return Optional.of(file);
    } catch (IOException e) {
      LOG.info("notifications go without an icon: {}", e.getMessage());
      return Optional.empty();
    }
  }

  /** Notification services may read the body as markup. */
  static String escape(String body) {
    return body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
