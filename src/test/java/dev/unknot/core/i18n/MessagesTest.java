package dev.unknot.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @AfterEach
  void backToEnglish() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void wordsComeInTheChosenLanguage() {
    Messages.use(Locale.GERMAN);
    assertEquals("Wie im System eingestellt", Messages.get("language.system"));
    Messages.use(Locale.forLanguageTag("fr-CA"));
    assertEquals(Locale.FRENCH, Messages.locale());
    assertEquals("Comme le système", Messages.get("language.system"));
  }

  @Test
  void aLanguageNotShippedGetsEnglishNotTheJvmsDefault() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      Messages.use(Locale.forLanguageTag("nl"));
      assertEquals("As the system says", Messages.get("language.system"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aMissingKeyIsAnErrorNotAnEmptyLabel() {
    assertFalse(Messages.has("no.such.key"));
    assertTrue(Messages.has("language.de"));
    assertThrows(MissingResourceException.class, () -> Messages.get("no.such.key"));
  }
}
