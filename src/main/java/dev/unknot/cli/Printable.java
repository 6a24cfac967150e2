package dev.unknot.cli;

/**
 * Text from the user (a note, a config value, an argument) made safe to print on a terminal: a
 * control character such as ESC could otherwise recolour, retitle or rewrite the terminal.
 */
final class Printable {

  private Printable() {}

  /** Control characters as escapes: \n, \t, \r, others as \\u001b. */
  static String escaped(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                  if (Character.getType(c) == Character.CONTROL
                      || Character.getType(c) == Character.FORMAT && isBidiControl(c)) {
                    out.append(String.format("\\u%04x", c));
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }

  /** Bidirectional overrides can make a printed line read differently from what it holds. */
  private static boolean isBidiControl(int c) {
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  }
}
