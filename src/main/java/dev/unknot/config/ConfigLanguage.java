package dev.unknot.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code [ui] language} of a config file, read without parsing the file, for the short
 * commands: loading the TOML parser and the exercise catalog would cost them more time than they
 * take. A file that cannot be read or has no such line has no say; `config check` reports what is
 * wrong with it, in the language this found or the environment's.
 */
public final class ConfigLanguage {

  private static final Pattern TABLE =
      Pattern.compile("\\s*\\[\\[?\\s*([A-Za-z0-9_.\" -]+?)\\s*]]?\\s*(#.*)?");
  private static final Pattern LANGUAGE =
      Pattern.compile(
          "\\s*(ui\\s*\\.\\s*)?language\\s*=\\s*([\"'])([A-Za-z_-]{1,20})\\2\\s*(#.*)?");

  private ConfigLanguage() {}

  /** The language the file names, or null when it names none or cannot be read. */
  public static String peek(Path file) {
    if (file == null) {
      return null;
    }
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      // A pipe would block the reader; a config is never this big.
      if (!attributes.isRegularFile() || attributes.size() > ConfigFile.MOST_BYTES) {
        return null;
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(ConfigFile.MOST_BYTES);
      }
      return in(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /** The language a config's text names: {@code language} in [ui], or {@code ui.language}. */
  static String in(String text) {
    String table = "";
    String found = null;
    for (String line : text.split("\r?\n")) {
      Matcher header = TABLE.matcher(line);
      if (header.matches()) {
        table = header.group(1).replace(" ", "");
        continue;
      }
      Matcher value = LANGUAGE.matcher(line);
      if (value.matches()) {
        boolean dotted = value.group(1) != null;
        if ((dotted && table.isEmpty()) || (!dotted && table.equals("ui"))) {
          found = value.group(3);
        }
      }
    }
    return found;
  }
}
