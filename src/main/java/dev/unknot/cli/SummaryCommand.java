package dev.unknot.cli;

import dev.unknot.config.ConfigException;
import dev.unknot.config.UnknotConfig;
import dev.unknot.core.i18n.Messages;
import dev.unknot.core.summary.IsoWeek;
import dev.unknot.core.summary.SummaryInput;
import dev.unknot.core.summary.WeeklySummarizer;
import dev.unknot.core.summary.WeeklySummary;
import dev.unknot.platform.OwnerOnlyFiles;
import dev.unknot.report.SummaryChart;
import dev.unknot.report.SummaryHtml;
import dev.unknot.report.SummaryText;
import dev.unknot.store.SqliteSummaryData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `unknot summary`: the weekly summary of any week, as text, JSON, HTML or a chart. */
@Command(name = "summary", mixinStandardHelpOptions = true)
final class SummaryCommand implements Callable<Integer> {

  @ParentCommand UnknotCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--week", paramLabel = "YYYY-Www", converter = IdConverters.Week.class)
  IsoWeek week;

  @Option(names = "--json")
  boolean json;

  @Option(names = "--html", paramLabel = "FILE")
  Path html;

  @Option(names = "--png", paramLabel = "FILE")
  Path png;

  @Override
  public Integer call() {
    System.setProperty("java.awt.headless", "true");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate today = LocalDate.now();
    IsoWeek shown = week != null ? week : IsoWeek.of(today);
    // The config parses while the diary is read: each takes about as long as the other.
    CompletableFuture<UnknotConfig> config = CompletableFuture.supplyAsync(() -> settings(err));
    return Diary.read(
        parent.paths,
        spec,
        db -> {
          SummaryInput input =
              new SqliteSummaryData(db).read(WeeklySummarizer.firstDay(shown), shown.sunday());
          WeeklySummary s =
              new WeeklySummarizer(config.join().engine().micro()).summarize(shown, today, input);
          out.print(json ? SummaryJson.of(s) + "\n" : SummaryText.render(s));
          out.flush();
          try {
            if (html != null) {
              Files.writeString(
                  OwnerOnlyFiles.chosenFile(html), SummaryHtml.render(s), StandardCharsets.UTF_8);
            }
            if (png != null) {
              SummaryChart.writePng(s, OwnerOnlyFiles.chosenFile(png));
            }
          } catch (IOException e) {
            err.println("unknot: " + Messages.get("cli.summary.cannot.write", e.getMessage()));
            return 1;
          }
          return 0;
        },
        () -> {
          // No diary yet: the summary of an empty week, and no reason to create a diary for it.
          SummaryInput nothing =
              new SummaryInput(
                  List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());
          WeeklySummary s =
              new WeeklySummarizer(config.join().engine().micro()).summarize(shown, today, nothing);
          out.print(json ? SummaryJson.of(s) + "\n" : SummaryText.render(s));
          return 0;
        });
  }

  /** The micro-break settings shape the stretches; a broken config falls back to defaults. */
  private UnknotConfig settings(PrintWriter err) {
    var location =
        dev.unknot.config.ConfigLocation.resolve(parent.config, parent.env, parent.paths);
    try {
      return ConfigCommand.load(location);
    } catch (ConfigException e) {
      err.println(
          "unknot: "
              + Messages.get(
                  "cli.summary.config.broken",
                  e.problems().get(0),
                  e.problems().size() - 1,
                  // not translated: a command
                  "unknot config check"));
      return ConfigCommand.loader().defaults();
    }
  }
}
