package dev.unknot.prompt;

import dev.unknot.core.i18n.Messages;
import java.time.format.DateTimeFormatter;

/** Date formats kept in the bundles, where a pattern's quoted words ("d 'de' MMMM") use ’. */
final class DatePatterns {

  private DatePatterns() {}

  /**
   * The formatter for a pattern in the bundles. The bundles may not hold an ASCII apostrophe, which
   * is how DateTimeFormatter quotes words, so they write ’ and it becomes ' here.
   */
  static DateTimeFormatter of(String key) {
    return DateTimeFormatter.ofPattern(Messages.get(key).replace('’', '\''), Messages.locale());
  }
}
