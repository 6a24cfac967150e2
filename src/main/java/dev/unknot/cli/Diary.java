package dev.unknot.cli;

import dev.unknot.platform.AppPaths;
import dev.unknot.store.Database;
import dev.unknot.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.function.IntSupplier;
import picocli.CommandLine;

/**
 * Opens the diary for one command, shared with a daemon that may have it open, and turns store
 * failures into one line and exit 1. Only the daemon repairs a damaged diary.
 */
final class Diary {

  interface Work {
    int run(Database db);
  }

  private Diary() {}

  /**
   * For commands that only read: where there is no diary yet, {@code nothingYet} answers as for an
   * empty one, and no file or folder is created.
   */
  static int read(
      AppPaths paths, CommandLine.Model.CommandSpec spec, Work work, IntSupplier nothingYet) {
    if (Files.notExists(paths.database())) {
      int code = nothingYet.getAsInt();
      spec.commandLine().getOut().flush();
      return code;
    }
    return with(paths, spec, work);
  }

  static int with(AppPaths paths, CommandLine.Model.CommandSpec spec, Work work) {
    PrintWriter err = spec.commandLine().getErr();
    try (Database db = Database.openShared(paths.database())) {
      int code = work.run(db);
      spec.commandLine().getOut().flush();
      return code;
    } catch (StoreException | IllegalStateException e) {
      err.println("unknot: " + e.getMessage());
      return 1;
    }
  }
}
