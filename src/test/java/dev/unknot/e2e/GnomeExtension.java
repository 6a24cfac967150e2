package dev.unknot.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real GNOME Shell, with the AppIndicator extension on, for every GNOME test in the run (it
 * takes about 10 s to start); stopped when the run ends. Its logs stay under target/gnome-*.
 */
public final class GnomeExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == GnomeSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(GnomeExtension.class))
        .getOrComputeIfAbsent("gnome", key -> new Shared(start(true)), Shared.class)
        .session();
  }

  /**
   * Starts a shell, up to three times: on this loaded machine, about one start in eight saw
   * Xwayland fail to connect to the compositor ("could not connect to wayland server"), and the
   * shell then hangs waiting for it. Each failed attempt is reported with its log, and the tests
   * themselves are never repeated.
   */
  static GnomeSession start(boolean appIndicator) {
    IllegalStateException failed = null;
    for (int attempt = 1; attempt <= 3; attempt++) {
      Path dir;
      try {
        dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "gnome-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try {
        return GnomeSession.start(dir.toAbsolutePath(), appIndicator);
      } catch (Exception e) {
        Path log = dir.resolve("gnome-shell.log");
        System.err.printf(
            "%n*** GNOME Shell did not start (attempt %d of 3): %s%n--- %s:%n%s%n%n",
            attempt, e.getMessage(), log, GnomeSession.tail(log));
        if (failed == null) {
          failed = new IllegalStateException("cannot start GNOME Shell: " + e.getMessage(), e);
        } else {
          failed.addSuppressed(e);
        }
      }
    }
    throw failed;
  }

  private record Shared(GnomeSession session) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      session.close();
    }
  }
}
