package dev.unknot.cli;

import dev.unknot.app.Daemon;
import dev.unknot.platform.AppPaths;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "run", mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {

  @ParentCommand UnknotCommand parent;

  @Option(names = "--config", paramLabel = "FILE")
  Path config;

  @Override
  public Integer call() throws Exception {
    return run(parent.paths, parent.env, config != null ? config : parent.config);
  }

  static int run(AppPaths paths, Map<String, String> env, Path config) throws Exception {
    return new Daemon(paths, env, System.out, System.err).run(config);
  }
}
