package dev.unknot.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.time.ZoneId;

/**
 * Logback's configuration in code: reading it from XML loaded some 400 more classes and took about
 * 150 ms of every command's start. The console gets one line per warning and no stack trace; the
 * file in the state folder (system property {@code unknot.log.dir}) has the details.
 */
public final class LoggingSetup extends ContextAwareBase implements Configurator {

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (getClass().getClassLoader().getResource("logback-test.xml") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(console(context));
    String dir = System.getProperty("unknot.log.dir");
    if (dir != null) {
      root.addAppender(file(context, dir));
    }
    context.getLogger("org.quartz").setLevel(Level.WARN);
    // dorkbox warns about tray sizes and tooltips it copes with anyway.
    context.getLogger("dorkbox").setLevel(Level.ERROR);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  private static ConsoleAppender<ILoggingEvent> console(LoggerContext context) {
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("CONSOLE");
    console.setTarget("System.err");
    ThresholdFilter warnings = new ThresholdFilter();
    warnings.setLevel("WARN");
    warnings.start();
    console.addFilter(warnings);
    console.setEncoder(encoder(context, LogLineLayout.console()));
    console.start();
    return console;
  }

  private static OwnerOnlyRollingFileAppender<ILoggingEvent> file(
      LoggerContext context, String dir) {
    OwnerOnlyRollingFileAppender<ILoggingEvent> file = new OwnerOnlyRollingFileAppender<>();
    file.setContext(context);
    file.setName("FILE");
    file.setFile(dir + "/unknot.log");
    SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
    rolling.setContext(context);
    rolling.setParent(file);
    rolling.setFileNamePattern(dir + "/unknot.%d{yyyy-MM-dd}.%i.log.gz");
    rolling.setMaxFileSize(FileSize.valueOf("5MB"));
    rolling.setMaxHistory(14);
    rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
    rolling.start();
    file.setRollingPolicy(rolling);
    file.setEncoder(encoder(context, LogLineLayout.file(ZoneId.systemDefault())));
    file.start();
    return file;
  }

  private static LayoutWrappingEncoder<ILoggingEvent> encoder(
      LoggerContext context, LogLineLayout layout) {
    layout.setContext(context);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();
    return encoder;
  }
}
