package dev.unknot.app;

import ch.qos.logback.core.rolling.RollingFileAppender;
import dev.unknot.platform.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Path;

/** A rolling log whose every file is readable by its owner only. */
public final class OwnerOnlyRollingFileAppender<E> extends RollingFileAppender<E> {

  @Override
  public void openFile(String fileName) throws IOException {
    OwnerOnlyFiles.file(Path.of(fileName));
    super.openFile(fileName);
  }
}
