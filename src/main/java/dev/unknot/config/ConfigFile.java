package dev.unknot.config;

import dev.unknot.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

/**
 * A config file's text, with what cannot be a config refused before the TOML parser sees it: a pipe
 * would block the reader, a huge file would fill the heap, and deep nesting overflows the parser's
 * stack. Each refusal is one line saying what and where.
 */
final class ConfigFile {

  static final int MOST_BYTES = 1024 * 1024;

  /** Lists and inline tables inside each other; a real config needs two. */
  static final int MOST_NESTING = 16;

  private static final char BOM = '\uFEFF';

  private ConfigFile() {}

  static String read(Path file) throws ConfigException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw fileProblem(file, cannotRead(e));
    }
    if (attributes.isDirectory()) {
      throw fileProblem(file, Messages.get("config.file.is.folder"));
    }
    if (!attributes.isRegularFile()) {
      // Checked before opening: opening a FIFO waits for a writer, for ever.
      throw fileProblem(file, Messages.get("config.file.not.regular"));
    }
    if (attributes.size() > MOST_BYTES) {
      throw tooBig(file, attributes.size());
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MOST_BYTES + 1); // never more, even if the file grew since
    } catch (IOException e) {
      throw fileProblem(file, cannotRead(e));
    }
    if (bytes.length > MOST_BYTES) {
      throw tooBig(file, bytes.length);
    }
    return decode(bytes, file.toString());
  }

  /** UTF-8 text; a bad byte is reported at its line and column, UTF-16 as such. */
  static String decode(byte[] bytes, String name) throws ConfigException {
    boolean utf16Mark =
        bytes.length >= 2
            && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    boolean utf16Zeros = bytes.length >= 2 && (bytes[0] == 0) != (bytes[1] == 0);
    if (utf16Mark || utf16Zeros) {
      throw new ConfigException(
          List.of(name + ":1:1: " + Messages.get("config.file.utf16", "UTF-16", "UTF-8")));
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (result.isError()) {
      String before = out.toString();
      int lineStart = before.lastIndexOf('\n') + 1;
      int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
      int column = before.codePointCount(lineStart, before.length()) + 1;
      if (line == 1 && before.indexOf(BOM) == 0) {
        column--; // the mark is no column an editor shows
      }
      throw problemAt(
          name,
          line,
          column,
          Messages.get(
              "config.file.not.utf8",
              String.format(Locale.ROOT, "0x%02X", bytes[in.position()] & 0xFF),
              "UTF-8"));
    }
    return out.toString();
  }

  /** The text without the byte-order mark some editors write at the start of UTF-8. */
  static String withoutByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  /**
   * Refuses lists and inline tables nested deeper than {@link #MOST_NESTING}, at the bracket that
   * goes too deep. Brackets in strings and comments do not count.
   */
  static void checkNesting(String text, String name) throws ConfigException {
    int depth = 0;
    int line = 1;
    int column = 0;
    String inString = null; // the quote that closes the string we are in
    boolean inComment = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      column++;
      if (c == '\n') {
        line++;
        column = 0;
        inComment = false;
        if (inString != null && inString.length() == 1) {
          inString = null; // an unclosed one-line string; the parser reports it
        }
        continue;
      }
      if (inComment) {
        continue;
      }
      if (inString != null) {
        if (c == '\\' && inString.charAt(0) == '"') {
          i++; // escaped: \" does not close the string
          column++;
        } else if (text.startsWith(inString, i)) {
          i += inString.length() - 1;
          column += inString.length() - 1;
          inString = null;
        }
        continue;
      }
      switch (c) {
        case '#' -> inComment = true;
        case '"', '\'' -> {
          String triple = String.valueOf(c).repeat(3);
          inString = text.startsWith(triple, i) ? triple : String.valueOf(c);
          i += inString.length() - 1;
          column += inString.length() - 1;
        }
        case '[', '{' -> {
          if (++depth > MOST_NESTING) {
            throw problemAt(
                name,
                line,
                column,
                Messages.get("config.file.nested", String.valueOf(MOST_NESTING)));
          }
        }
        case ']', '}' -> depth = Math.max(0, depth - 1);
        default -> {}
      }
    }
  }

  private static ConfigException tooBig(Path file, long size) {
    return fileProblem(
        file,
        Messages.get(
            "config.file.too.big",
            size / (double) MOST_BYTES,
            String.valueOf(MOST_BYTES / (1024 * 1024))));
  }

  /** One problem at FILE:LINE:COLUMN, the way editors and compilers point at it. */
  private static ConfigException problemAt(String name, int line, int column, String problem) {
    return new ConfigException(List.of(name + ":" + line + ":" + column + ": " + problem));
  }

  private static ConfigException fileProblem(Path file, String problem) {
    return new ConfigException(List.of(file + ": " + problem));
  }

  /** Why a file cannot be read, in words: Java's own messages often name only the file. */
  static String cannotRead(IOException e) {
    if (e instanceof NoSuchFileException) {
      return Messages.get("config.file.no.such");
    }
    if (e instanceof AccessDeniedException) {
      return Messages.get("config.file.permission.denied");
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return Messages.get("config.file.cannot.read", f.getReason().toLowerCase(Locale.ROOT));
    }
    return Messages.get(
        "config.file.cannot.read",
        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }
}
