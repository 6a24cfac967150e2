package dev.unknot.core.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word Unknot shows a person, in the language chosen at start-up (see {@link Languages}).
 *
 * <p>The words live in properties bundles under {@code dev/unknot/i18n/}, one bundle per part of
 * the program so that each part's translators work in their own files; a key is looked up in each
 * bundle in turn. Patterns with arguments use {@link MessageFormat} (plurals with {@code
 * {0,choice,...}}), so the bundles never contain an ASCII apostrophe, which MessageFormat would
 * take for a quote: translations use the typographic ’ instead.
 */
public final class Messages {

  /** The bundles, in lookup order. A new part of the program adds its bundle here. */
  public static final List<String> BUNDLES =
      List.of("common", "core", "exercises", "report", "ui", "cli", "config", "settings", "window");

  private static final String PREFIX = "dev.unknot.i18n.";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private static volatile Locale locale = Locale.ENGLISH;

  private Messages() {}

  /** Chooses the language for every word looked up from now on. */
  public static void use(Locale chosen) {
    locale = Languages.shipped(chosen);
  }

  /** The language words are looked up in: one of {@link Languages#SHIPPED}. */
  public static Locale locale() {
    return locale;
  }

  /**
   * The words for a key in the current language, with the arguments put in.
   *
   * @throws MissingResourceException if no bundle has the key (a test checks that every key used is
   *     in every bundle)
   */
  public static String get(String key, Object... args) {
    return in(locale, key, args);
  }

  /** The words for a key in a given language, for tests and for showing a language's own name. */
  public static String in(Locale language, String key, Object... args) {
    String pattern = pattern(Languages.shipped(language), key);
    if (args.length == 0) {
      return pattern;
    }
    return new MessageFormat(pattern, language).format(args);
  }

  /** Whether any bundle has the key. */
  public static boolean has(String key) {
    try {
      pattern(Locale.ENGLISH, key);
      return true;
    } catch (MissingResourceException e) {
      return false;
    }
  }

  private static String pattern(Locale language, String key) {
    for (String name : BUNDLES) {
      ResourceBundle bundle = bundle(name, language);
      if (bundle != null && bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    // not translated: a programming error, caught by BundlesTest
    throw new MissingResourceException("no words for " + key, Messages.class.getName(), key);
  }

  private static ResourceBundle bundle(String name, Locale language) {
    try {
      // Without fallback control, a German user with an English default locale would still get
      // the German bundle, and a missing German key falls back to English (the base bundle).
      return ResourceBundle.getBundle(
          PREFIX + name, language, Messages.class.getClassLoader(), NO_FALLBACK);
    } catch (MissingResourceException e) {
      return null; // a part with no words yet
    }
  }
}
