package dev.unknot.core.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The languages Unknot speaks, and which one a user gets. */
public final class Languages {

  /** English first: it is the fallback for every missing word and every other language. */
  public static final List<Locale> SHIPPED =
      List.of(
          Locale.ENGLISH,
          Locale.GERMAN,
          Locale.FRENCH,
          Locale.forLanguageTag("es"),
          Locale.forLanguageTag("pt-BR"),
          Locale.ITALIAN);

  private Languages() {}

  /**
   * The language for a user: the config's choice (a tag such as "de" or "pt-BR"), or else the first
   * of {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG} that is set, as POSIX orders them. "C"
   * and "POSIX" mean English.
   *
   * @param configured the {@code [ui] language} value, or "system" or null to follow the
   *     environment
   */
  public static Locale choose(String configured, Map<String, String> env) {
    if (configured != null && !configured.isBlank() && !configured.equals("system")) {
      return shipped(Locale.forLanguageTag(configured.replace('_', '-')));
    }
    return shipped(fromEnvironment(env).orElse(Locale.ENGLISH));
  }

  /** The locale the environment asks for, if any variable names one. */
  public static Optional<Locale> fromEnvironment(Map<String, String> env) {
    for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return Optional.of(posix(value));
      }
    }
    return Optional.empty();
  }

  /** "de_DE.UTF-8@euro" → de-DE; "C" and "POSIX" → English. */
  static Locale posix(String value) {
    String name = value.trim();
    int cut = indexOfAny(name, '.', '@');
    if (cut >= 0) {
      name = name.substring(0, cut);
    }
    if (name.isEmpty() || name.equals("C") || name.equals("POSIX")) {
      return Locale.ENGLISH;
    }
    return Locale.forLanguageTag(name.replace('_', '-'));
  }

  /**
   * The shipped language closest to a locale: the same language and country (pt-BR), else the same
   * language (de-AT → German; pt-PT → Brazilian Portuguese, the only Portuguese), else English.
   */
  public static Locale shipped(Locale wanted) {
    for (Locale l : SHIPPED) {
      if (l.getLanguage().equals(wanted.getLanguage())
          && l.getCountry().equals(wanted.getCountry())) {
        return l;
      }
    }
    for (Locale l : SHIPPED) {
      if (l.getLanguage().equals(wanted.getLanguage())) {
        return l;
      }
    }
    return Locale.ENGLISH;
  }

  private static int indexOfAny(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }
}
