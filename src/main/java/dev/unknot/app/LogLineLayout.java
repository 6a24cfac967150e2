package dev.unknot.app;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The two lines Unknot logs, written out in code. Logback's PatternLayout would print the same from
 * a pattern, but its class registers a converter for each of its 70 keywords, and those are some
 * 150 classes that the daemon would keep loaded all day.
 */
final class LogLineLayout extends LayoutBase<ILoggingEvent> {

  /** What {@code %d{ISO8601}} prints. */
  private static final DateTimeFormatter ISO8601 =
      // not translated: the log's time stamp, the same in every language
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS", Locale.ROOT);

  private final boolean forTheFile;
  private final TargetLengthBasedClassNameAbbreviator loggerName;
  private final ZoneId zone;

  private LogLineLayout(boolean forTheFile, ZoneId zone) {
    this.forTheFile = forTheFile;
    this.loggerName = forTheFile ? new TargetLengthBasedClassNameAbbreviator(24) : null;
    this.zone = zone;
  }

  /** {@code unknot: %level: %msg%n%nopex}: one line per warning, never a stack trace. */
  static LogLineLayout console() {
    return new LogLineLayout(false, ZoneId.systemDefault());
  }

  /** {@code %d{ISO8601} %-5level [%thread] %logger{24} - %msg%n}, then the stack trace if any. */
  static LogLineLayout file(ZoneId zone) {
    return new LogLineLayout(true, zone);
  }

  @Override
  public String doLayout(ILoggingEvent event) {
    StringBuilder line = new StringBuilder(128);
    if (!forTheFile) {
      return line.append("unknot: ")
          .append(event.getLevel())
          .append(": ")
          .append(event.getFormattedMessage())
          .append(CoreConstants.LINE_SEPARATOR)
          .toString();
    }
    ISO8601.formatTo(Instant.ofEpochMilli(event.getTimeStamp()).atZone(zone), line);
    String level = event.getLevel().toString();
    line.append(' ').append(level);
    for (int i = level.length(); i < 5; i++) {
      line.append(' ');
    }
    line.append(" [")
        .append(event.getThreadName())
        .append("] ")
        .append(loggerName.abbreviate(event.getLoggerName()))
        .append(" - ")
        .append(event.getFormattedMessage())
        .append(CoreConstants.LINE_SEPARATOR);
    IThrowableProxy thrown = event.getThrowableProxy();
    if (thrown != null) {
      line.append(ThrowableProxyUtil.asString(thrown));
    }
    return line.toString();
  }
}
