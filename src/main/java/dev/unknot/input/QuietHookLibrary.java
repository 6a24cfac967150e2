package dev.unknot.input;

import com.github.kwhat.jnativehook.DefaultLibraryLocator;
import com.github.kwhat.jnativehook.NativeLibraryLocator;
import com.sun.jna.NativeLibrary;
import dev.unknot.platform.OwnerOnlyFiles;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds jnativehook's native library through its own locator, remembering the file it loaded, so
 * that the library's logger can be switched off. Otherwise the library formats a debug line for
 * every event, key codes included, and hands it to java.util.logging, which looks the logger up by
 * its caller each time: a third of the hook's CPU, for lines no one reads.
 */
public final class QuietHookLibrary implements NativeLibraryLocator {

  private static final Logger LOG = LoggerFactory.getLogger(QuietHookLibrary.class);
  private static final String LOCATOR_PROPERTY = "jnativehook.lib.locator";
  private static volatile File offered;

  /** Must run before jnativehook's GlobalScreen is first used: that loads the library. */
  static void install() {
    if (System.getProperty(LOCATOR_PROPERTY) == null) {
      System.setProperty(LOCATOR_PROPERTY, QuietHookLibrary.class.getName());
    }
  }

  /**
   * Replaces the library's logger with its built-in one, which this build compiles to do nothing.
   * Where that fails, java.util.logging still drops the lines.
   */
  static void silence() {
    File library = offered;
    if (library == null) {
      LOG.debug("input hook library was not loaded through Unknot's locator; its log stays on");
      return;
    }
    try {
      NativeLibrary.getInstance(library.getAbsolutePath())
          .getFunction("hook_set_logger_proc")
          .invokeVoid(new Object[] {null});
    } catch (UnsatisfiedLinkError e) {
      LOG.debug("cannot switch the input hook library's log off: {}", e.getMessage());
    }
  }

  /** jnativehook unpacks its library as 0644; in Unknot's folder it is the owner's alone. */
  private static void ownerOnly(File library) {
    try {
      if (library.isFile()) {
        OwnerOnlyFiles.file(library.toPath());
      }
    } catch (IOException e) {
      LOG.debug("cannot make {} owner-only: {}", library, e.getMessage());
    }
  }

  @Override
  public Iterator<File> getLibraries() {
    List<File> files = new ArrayList<>();
    new DefaultLibraryLocator().getLibraries().forEachRemaining(files::add);
    Iterator<File> each = files.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return each.hasNext();
      }

      @Override
      public File next() {
        File file = each.next();
        ownerOnly(file);
        offered = file;
        return file;
      }
    };
  }
}
