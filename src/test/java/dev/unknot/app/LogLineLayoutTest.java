package dev.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Layout;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lines written in code are the ones the patterns they replace printed, character for
 * character.
 */
class LogLineLayoutTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private final LoggerContext context = new LoggerContext();

  @Test
  void theFileLineIsWhatItsPatternPrinted() {
    Layout<LoggingEvent> pattern =
        pattern("%d{ISO8601, Europe/Berlin} %-5level [%thread] %logger{24} - %msg%n");
    LogLineLayout layout = started(LogLineLayout.file(BERLIN));
    for (LoggingEvent event : events()) {
      assertEquals(pattern.doLayout(event), layout.doLayout(event));
    }
  }

  @Test
  void theConsoleLineIsWhatItsPatternPrintedWithNoStackTrace() {
    Layout<LoggingEvent> pattern = pattern("unknot: %level: %msg%n%nopex");
    LogLineLayout layout = started(LogLineLayout.console());
    for (LoggingEvent event : events()) {
      assertEquals(pattern.doLayout(event), layout.doLayout(event));
    }
  }

  @Test
  void theFileLineCarriesTheWholeStackTraceAndItsCause() {
    LoggingEvent failed = events().get(2);
    String line = started(LogLineLayout.file(BERLIN)).doLayout(failed);
    assertTrue(line.contains("java.io.IOException: cannot write the diary"), line);
    assertTrue(line.contains("Caused by: java.lang.IllegalStateException: disk full"), line);
    assertTrue(line.contains("\tat dev.unknot.app.LogLineLayoutTest"), line);
  }

  /** Levels of each width, a short and a long logger name, arguments, and a cause. */
  private List<LoggingEvent> events() {
    Logger tray = context.getLogger("dev.unknot.tray.DorkboxTray");
    Logger quartz = context.getLogger("org.quartz.core.QuartzSchedulerThread");
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    IOException failure =
        new IOException("cannot write the diary", new IllegalStateException("disk full"));
    return List.of(
        event(
            tray, Level.INFO, "tray: {} host", new Object[] {"XEMBED"}, null, "unknot-tray-start"),
        event(quartz, Level.WARN, "misfire of {} by {} ms", new Object[] {"focus", 12}, null, "q"),
        event(root, Level.ERROR, "uncaught error in thread main", null, failure, "main"),
        event(tray, Level.DEBUG, "100% — Übung", null, null, "AWT-EventQueue-0"));
  }

  private static LoggingEvent event(
      Logger logger, Level level, String message, Object[] args, Throwable thrown, String thread) {
    LoggingEvent event =
        new LoggingEvent(Logger.class.getName(), logger, level, message, thrown, args);
    event.setInstant(Instant.parse("2026-12-02T14:05:07.042Z"));
    event.setThreadName(thread);
    return event;
  }

  private Layout<LoggingEvent> pattern(String text) {
    PatternLayout layout = new PatternLayout();
    layout.setContext(context);
    layout.setPattern(text);
    layout.start();
    @SuppressWarnings("unchecked")
    Layout<LoggingEvent> events = (Layout<LoggingEvent>) (Layout<?>) layout;
    return events;
  }

  private LogLineLayout started(LogLineLayout layout) {
    layout.setContext(context);
    layout.start();
    return layout;
  }
}
