package dev.unknot.config;

import dev.unknot.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tomlj.Toml;

/**
 * Edits the text of a TOML file in place, the way a careful person would: it replaces only the
 * value of {@code key = value} in the key's table and leaves everything else as it was, comments
 * (the one after the value included), blank lines, key order and keys it was not asked about. A key
 * that is not there is added after the last key of its table, or in a new table at the end.
 */
public final class TomlConfigEditor {

  private static final String BARE_KEY = "[A-Za-z0-9_-]+";

  private TomlConfigEditor() {}

  /** A {@code key = value} line: its full key, the table it is written in, where its value is. */
  record Entry(
      List<String> key,
      List<String> section,
      boolean inArrayTable,
      int valueStart,
      int valueEnd,
      int end,
      int firstLine,
      int lastLine) {}

  /** A {@code [table]} or {@code [[table]]} header line. */
  record Header(List<String> table, boolean array, int end) {}

  /** What a scan of the text found, in file order. */
  record Scan(List<Entry> entries, List<Header> headers) {}

  /**
   * The text with {@code dottedKey} set to {@code tomlValue}, a TOML value as written (use {@link
   * #quoted} and {@link #list} for text).
   *
   * @throws IllegalArgumentException if the key's table is written as an inline table, which this
   *     editor does not change
   */
  public static String set(String text, String dottedKey, String tomlValue) {
    List<String> key = split(dottedKey);
    Scan scan = scan(text);
    for (Entry e : scan.entries()) {
      if (e.key().equals(key)) {
        return text.substring(0, e.valueStart()) + tomlValue + text.substring(e.valueEnd());
      }
      if (isPrefix(e.key(), key) || isPrefix(key, e.key())) {
        throw new IllegalArgumentException(
            Messages.get("settings.error.inline", Toml.joinKeyPath(e.key())));
      }
    }
    List<String> table = key.subList(0, key.size() - 1);
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    Entry last = null;
    for (Entry e : scan.entries()) {
      boolean sameTable =
          !e.inArrayTable()
              && (e.section().equals(table) || isPrefix(e.section(), table))
              && isPrefix(table, e.key())
              && e.key().size() > table.size();
      if (sameTable) {
        last = e;
      }
    }
    if (last != null) {
      String relative = join(key.subList(last.section().size(), key.size()));
      return insert(text, last.end(), relative + " = " + tomlValue, newline);
    }
    for (Header h : scan.headers()) {
      if (!h.array() && h.table().equals(table)) {
        return insert(
            text, h.end(), join(List.of(key.get(key.size() - 1))) + " = " + tomlValue, newline);
      }
    }
    StringBuilder out = new StringBuilder(text);
    if (out.length() > 0 && !text.endsWith("\n")) {
      out.append(newline);
    }
    if (out.length() > 0) {
      out.append(newline);
    }
    out.append('[').append(join(table)).append(']').append(newline);
    out.append(join(List.of(key.get(key.size() - 1))))
        .append(" = ")
        .append(tomlValue)
        .append(newline);
    return out.toString();
  }

  /** The first and last line (from 1) of the key's {@code key = value}, if the text has it. */
  public static Optional<int[]> lines(String text, String dottedKey) {
    List<String> key = split(dottedKey);
    return scan(text).entries().stream()
        .filter(e -> e.key().equals(key))
        .findFirst()
        .map(e -> new int[] {e.firstLine(), e.lastLine()});
  }

  /** Text as a TOML basic string. */
  public static String quoted(String text) {
    return "\"" + Toml.tomlEscape(text) + "\"";
  }

  /** Texts as a one-line TOML list. */
  public static String list(List<String> texts) {
    return texts.stream().map(TomlConfigEditor::quoted).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String insert(String text, int at, String line, String newline) {
    String before = text.substring(0, at);
    String lead = !before.isEmpty() && !before.endsWith("\n") ? newline : "";
    return before + lead + line + newline + text.substring(at);
  }

  private static boolean isPrefix(List<String> prefix, List<String> of) {
    return prefix.size() < of.size() && of.subList(0, prefix.size()).equals(prefix);
  }

  private static List<String> split(String dottedKey) {
    // Unknot's own keys are bare words joined by dots.
    return List.of(dottedKey.split("\\."));
  }

  private static String join(List<String> parts) {
    return parts.stream()
        .map(p -> p.matches(BARE_KEY) ? p : quoted(p))
        .collect(Collectors.joining("."));
  }

  /** Finds every header and {@code key = value}; text that is not TOML is skipped line by line. */
  static Scan scan(String text) {
    return new Scanner(text).run();
  }

  private static final class Scanner {
    private final String text;
    private int i;
    private int line = 1;
    private List<String> section = List.of();
    private boolean arrayTable;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Header> headers = new ArrayList<>();

    Scanner(String text) {
      this.text = text;
    }

    Scan run() {
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF') {
          i++;
        } else if (c == '\n') {
          newline();
        } else if (c == '#') {
          skipToLineEnd();
        } else if (c == '[') {
          header();
        } else {
          keyValue();
        }
      }
      return new Scan(List.copyOf(entries), List.copyOf(headers));
    }

    private void newline() {
      i++;
      line++;
    }

    /** Past the end of this line's newline, leaving comments as they are. */
    private void skipToLineEnd() {
      while (i < text.length() && text.charAt(i) != '\n') {
        i++;
      }
      if (i < text.length()) {
        newline();
      }
    }

    private void header() {
      boolean array = text.startsWith("[[", i);
      i += array ? 2 : 1;
      List<String> table = keyPath();
      skipToLineEnd();
      if (table != null) {
        section = table;
        arrayTable = array;
        headers.add(new Header(table, array, i));
      }
    }

    private void keyValue() {
      int firstLine = line;
      List<String> key = keyPath();
      skipBlanks();
      if (key == null || i >= text.length() || text.charAt(i) != '=') {
        skipToLineEnd();
        return;
      }
      i++;
      skipBlanks();
      int valueStart = i;
      value();
      int valueEnd = i;
      int lastLine = line;
      skipToLineEnd();
      List<String> full = new ArrayList<>(section);
      full.addAll(key);
      entries.add(
          new Entry(
              List.copyOf(full),
              section,
              arrayTable,
              valueStart,
              valueEnd,
              i,
              firstLine,
              lastLine));
    }

    private void skipBlanks() {
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
    }

    /** A dotted key of bare and quoted parts; null if there is none here. */
    private List<String> keyPath() {
      List<String> parts = new ArrayList<>();
      while (true) {
        skipBlanks();
        if (i >= text.length()) {
          return null;
        }
        char c = text.charAt(i);
        if (c == '"' || c == '\'') {
          int start = i;
          string();
          String quoted = text.substring(start, i);
          parts.add(
              c == '\''
                  ? quoted.substring(1, Math.max(1, quoted.length() - 1))
                  : unescape(quoted.substring(1, Math.max(1, quoted.length() - 1))));
        } else {
          int start = i;
          while (i < text.length() && String.valueOf(text.charAt(i)).matches(BARE_KEY)) {
            i++;
          }
          if (start == i) {
            return null;
          }
          parts.add(text.substring(start, i));
        }
        skipBlanks();
        if (i < text.length() && text.charAt(i) == '.') {
          i++;
        } else {
          return parts;
        }
      }
    }

    private static String unescape(String basic) {
      return basic.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** Past one value: a string, a list or inline table (over many lines), or a bare word. */
    private void value() {
      if (i >= text.length()) {
        return;
      }
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        string();
      } else if (c == '[' || c == '{') {
        nested();
      } else {
        bare();
      }
    }

    private void string() {
      char quote = text.charAt(i);
      String triple = String.valueOf(quote).repeat(3);
      boolean multiLine = text.startsWith(triple, i);
      i += multiLine ? 3 : 1;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '\\' && quote == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            line++;
          }
          i += 2;
        } else if (multiLine && text.startsWith(triple, i)) {
          i += 3;
          // """a"""" ends with the string's own quote: up to two more belong to it.
          for (int more = 0; more < 2 && i < text.length() && text.charAt(i) == quote; more++) {
            i++;
          }
          return;
        } else if (!multiLine && c == quote) {
          i++;
          return;
        } else if (c == '\n') {
          if (!multiLine) {
            return; // an unclosed string; the parser says so
          }
          line++;
          i++;
        } else {
          i++;
        }
      }
    }

    /** A list or an inline table with what is inside, comments and newlines included. */
    private void nested() {
      int depth = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '"' || c == '\'') {
          string();
          continue;
        }
        if (c == '#') {
          while (i < text.length() && text.charAt(i) != '\n') {
            i++;
          }
          continue;
        }
        if (c == '\n') {
          line++;
        } else if (c == '[' || c == '{') {
          depth++;
        } else if (c == ']' || c == '}') {
          depth--;
          if (depth == 0) {
            i++;
            return;
          }
        }
        i++;
      }
    }

    /** A number, boolean or date; a date and a time may be joined by one space. */
    private void bare() {
      int start = i;
      while (i < text.length() && " \t\r\n#,".indexOf(text.charAt(i)) < 0) {
        i++;
      }
      if (text.substring(start, i).matches("\\d{4}-\\d{2}-\\d{2}")
          && i + 2 < text.length()
          && text.charAt(i) == ' '
          && Character.isDigit(text.charAt(i + 1))) {
        i++;
        while (i < text.length() && " \t\r\n#,".indexOf(text.charAt(i)) < 0) {
          i++;
        }
      }
    }
  }
}
