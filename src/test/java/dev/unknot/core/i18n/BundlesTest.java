package dev.unknot.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundle in every language has every key, with the same placeholders, and parses. */
class BundlesTest {

  private static final Path DIR = Path.of("src/main/resources/dev/unknot/i18n");
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
  private static final Pattern KEY_USE =
      Pattern.compile("Messages\\.(?:get|in)\\((?:[^\"(),]+,\\s*)?\"([^\"]+)\"");

  @Test
  void everyBundleIsListedAndHasEveryLanguage() throws IOException {
    for (String base : bases()) {
      assertTrue(Messages.BUNDLES.contains(base), base + " is missing from Messages.BUNDLES");
      for (Locale language : Languages.SHIPPED) {
        assertTrue(Files.exists(file(base, language)), file(base, language) + " is missing");
      }
    }
  }

  @Test
  void everyLanguageHasEveryKeyAndNoOther() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String base : bases()) {
      Set<String> english = load(file(base, Locale.ENGLISH)).stringPropertyNames();
      for (Locale language : Languages.SHIPPED) {
        Set<String> keys = load(file(base, language)).stringPropertyNames();
        for (String key : english) {
          if (!keys.contains(key)) {
            problems.add(file(base, language).getFileName() + " lacks " + key);
          }
        }
        for (String key : keys) {
          if (!english.contains(key)) {
            problems.add(file(base, language).getFileName() + " has " + key + ", English does not");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyTranslationHasTheSamePlaceholdersAndParses() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String base : bases()) {
      Properties english = load(file(base, Locale.ENGLISH));
      for (Locale language : Languages.SHIPPED) {
        Properties words = load(file(base, language));
        for (String key : words.stringPropertyNames()) {
          String pattern = words.getProperty(key);
          String where = file(base, language).getFileName() + " " + key;
          if (pattern.isBlank()) {
            problems.add(where + " is empty");
          }
          if (pattern.contains("'")) {
            problems.add(where + " has an ASCII apostrophe (MessageFormat's quote): use ’");
          }
          if (english.containsKey(key)
              && !arguments(pattern).equals(arguments(english.getProperty(key)))) {
            problems.add(
                where
                    + " has arguments "
                    + arguments(pattern)
                    + ", English has "
                    + arguments(english.getProperty(key)));
          }
          if (!arguments(pattern).isEmpty()) {
            try {
              MessageFormat format = new MessageFormat(pattern, language);
              for (int n : new int[] {0, 1, 2, 5, 21}) {
                format.format(sample(arguments(pattern).size(), n));
              }
            } catch (IllegalArgumentException e) {
              problems.add(where + " does not format: " + e.getMessage());
            }
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void noKeyIsInTwoBundles() throws IOException {
    Map<String, String> owner = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (String base : bases()) {
      for (String key : load(file(base, Locale.ENGLISH)).stringPropertyNames()) {
        String before = owner.put(key, base);
        if (before != null) {
          problems.add(key + " is in " + before + " and " + base);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyKeyTheCodeLooksUpExists() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = KEY_USE.matcher(Files.readString(f));
        while (m.find()) {
          if (!Messages.has(m.group(1))) {
            problems.add(f + ": no bundle has " + m.group(1));
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  private static Object[] sample(int count, int n) {
    Object[] args = new Object[count];
    for (int i = 0; i < count; i++) {
      args[i] = n;
    }
    return args;
  }

  private static Set<String> arguments(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  static Set<String> bases() throws IOException {
    Set<String> bases = new TreeSet<>();
    try (Stream<Path> files = Files.list(DIR)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".properties") && !n.contains("_"))
          .forEach(n -> bases.add(n.substring(0, n.length() - ".properties".length())));
    }
    return bases;
  }

  static Path file(String base, Locale language) {
    String suffix = language.equals(Locale.ENGLISH) ? "" : "_" + language.toString();
    return DIR.resolve(base + suffix + ".properties");
  }

  static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
