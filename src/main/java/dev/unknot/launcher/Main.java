package dev.unknot.launcher;

import dev.unknot.cli.UnknotCommand;
import dev.unknot.platform.AppPaths;
import dev.unknot.platform.OwnerOnlyFiles;
import dev.unknot.store.SqliteNativeLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Entry point: sets up where logs go before anything logs, then runs the command line. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Logging starts on a second core while the command runs (see warmUpInBackground); calls made
    // meanwhile are replayed once it is up, and that is no news to print on every command.
    System.setProperty("slf4j.internal.verbosity", "ERROR");
    Map<String, String> env = System.getenv();
    AppPaths paths = AppPaths.fromEnvironment(env);
    // A command that only reads leaves no trace: no state folder, no log, no unpacked library.
    boolean readOnly = UnknotCommand.readOnly(args);
    if (!readOnly) {
      System.setProperty("unknot.log.dir", paths.stateDir().toString());
      try {
        OwnerOnlyFiles.directory(paths.stateDir());
      } catch (OwnerOnlyFiles.NotOwnFolderException e) {
        // Logs, caches and native libraries would go into a folder that is not Unknot's.
        System.err.println("unknot: " + e.getMessage());
        System.exit(1);
      } catch (IOException e) {
        // Logging then stays on the console; it is no reason not to run.
        System.err.println("unknot: cannot create " + paths.stateDir() + ": " + e.getMessage());
      }
    }
    Path nativeDir = paths.stateDir().resolve("native");
    if (!readOnly || Files.isDirectory(nativeDir)) {
      SqliteNativeLibrary.useCachedCopy(nativeDir);
    }
    warmUpInBackground(!readOnly || Files.exists(paths.database()));
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) ->
            org.slf4j.LoggerFactory.getLogger(Main.class)
                .error("uncaught error in thread {}", thread.getName(), e));
    System.exit(UnknotCommand.execute(paths, env, args));
  }

  /**
   * Starting logging and loading SQLite's native library take a third of a short command's time; on
   * a second core they happen while the command line is parsed.
   */
  private static void warmUpInBackground(boolean sqlite) {
    Thread warmUp =
        new Thread(
            () -> {
              org.slf4j.LoggerFactory.getLogger(Main.class);
              if (!sqlite) {
                return; // no diary to open
              }
              try {
                org.sqlite.SQLiteJDBCLoader.initialize();
              } catch (Exception e) {
                // Opening the database reports it properly.
              }
            },
            "unknot-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }
}
