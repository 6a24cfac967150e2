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

  static GnomeSession start(boolean appIndicator) {
    try {
      Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "gnome-");
      return GnomeSession.start(dir.toAbsolutePath(), appIndicator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot start GNOME Shell: " + e.getMessage(), e);
    }
  }

  private record Shared(GnomeSession session) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      session.close();
    }
  }
}
