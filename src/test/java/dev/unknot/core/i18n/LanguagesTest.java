package dev.unknot.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

  @Test
  void lcAllWinsOverLcMessagesWhichWinsOverLang() {
    assertEquals(
        Locale.FRENCH,
        Languages.choose(
            null,
            Map.of("LC_ALL", "fr_FR.UTF-8", "LC_MESSAGES", "de_DE.UTF-8", "LANG", "it_IT.UTF-8")));
    assertEquals(
        Locale.GERMAN,
        Languages.choose(null, Map.of("LC_MESSAGES", "de_DE.UTF-8", "LANG", "it_IT.UTF-8")));
    assertEquals(Locale.ITALIAN, Languages.choose("system", Map.of("LANG", "it_IT.UTF-8")));
  }

  @Test
  void anEmptyVariableIsNotSet() {
    assertEquals(Locale.GERMAN, Languages.choose(null, Map.of("LC_ALL", "", "LANG", "de_AT")));
  }

  @Test
  void theConfigsLanguageOverridesTheEnvironment() {
    assertEquals(Locale.ITALIAN, Languages.choose("it", Map.of("LC_ALL", "de_DE.UTF-8")));
    assertEquals(PT_BR, Languages.choose("pt-BR", Map.of("LANG", "de_DE.UTF-8")));
  }

  @Test
  void theCLocaleAndNoLocaleMeanEnglish() {
    assertEquals(Locale.ENGLISH, Languages.choose(null, Map.of("LANG", "C.UTF-8")));
    assertEquals(Locale.ENGLISH, Languages.choose(null, Map.of("LC_ALL", "POSIX")));
    assertEquals(Locale.ENGLISH, Languages.choose(null, Map.of()));
  }

  @Test
  void aLanguageNotShippedFallsBackToTheClosestOrEnglish() {
    assertEquals(PT_BR, Languages.choose(null, Map.of("LANG", "pt_PT.UTF-8")));
    assertEquals(PT_BR, Languages.choose(null, Map.of("LANG", "pt_BR.UTF-8")));
    assertEquals(Locale.forLanguageTag("es"), Languages.choose(null, Map.of("LANG", "es_MX")));
    assertEquals(Locale.ENGLISH, Languages.choose(null, Map.of("LANG", "nl_NL.UTF-8")));
    assertEquals(Locale.ENGLISH, Languages.choose(null, Map.of("LANG", "en_GB.UTF-8@euro")));
  }
}
