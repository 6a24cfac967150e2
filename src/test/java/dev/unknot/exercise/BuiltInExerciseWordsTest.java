package dev.unknot.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.BreakType;
import dev.unknot.core.Exercise;
import dev.unknot.core.i18n.Languages;
import dev.unknot.core.i18n.Messages;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19: the built-in exercises' title, steps and hold in each of the six languages. */
class BuiltInExerciseWordsTest {

  private static final Path BUNDLES = Path.of("src/main/resources/dev/unknot/i18n");
  private static final Locale PORTUGUESE = Locale.forLanguageTag("pt-BR");

  @AfterEach
  void backToEnglish() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void theEnglishBundleSaysWordForWordWhatTheTomlSays() {
    assertEquals(TomlExerciseCatalog.english(), TomlExerciseCatalog.shipped(Locale.ENGLISH));
  }

  /** Read from each language's own file, so a key that falls back to English counts as missing. */
  @Test
  void everyBuiltInHasItsTitleEveryStepAndItsHoldInEveryLanguage() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Locale language : Languages.SHIPPED) {
      Properties words = load(language);
      Set<String> expected = new java.util.TreeSet<>();
      for (Exercise e : TomlExerciseCatalog.english()) {
        String key = "exercise." + e.id() + ".";
        expected.add(key + "title");
        expected.add(key + "hold");
        for (int n = 1; n <= e.steps().size(); n++) {
          expected.add(key + "step." + n);
        }
      }
      for (String key : expected) {
        if (words.getProperty(key, "").isBlank()) {
          problems.add(language + " lacks " + key);
        }
      }
      for (String key : words.stringPropertyNames()) {
        if (!key.startsWith("exercise.image.") && !expected.contains(key)) {
          problems.add(language + " has " + key + ", which no step count or exercise asks for");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyLanguageHasAsManyStepsAsTheToml() {
    for (Locale language : Languages.SHIPPED) {
      List<Exercise> translated = TomlExerciseCatalog.shipped(language);
      List<Exercise> english = TomlExerciseCatalog.english();
      assertEquals(english.size(), translated.size(), language.toString());
      for (int i = 0; i < english.size(); i++) {
        assertEquals(
            english.get(i).steps().size(),
            translated.get(i).steps().size(),
            language + " " + english.get(i).id());
      }
    }
  }

  @Test
  void theGermanAndFrenchCatalogsSpeakGermanAndFrench() {
    Map<String, Exercise> german = byId(TomlExerciseCatalog.shipped(Locale.GERMAN));
    Map<String, Exercise> french = byId(TomlExerciseCatalog.shipped(Locale.FRENCH));
    assertEquals("Kinn zurückziehen", german.get("chin-tuck").title());
    assertEquals("5 Sekunden halten, 4-mal", german.get("chin-tuck").hold());
    assertEquals("Rentrer le menton", french.get("chin-tuck").title());
    assertEquals("Tenir 5 secondes, 4 fois", french.get("chin-tuck").hold());
    assertTrue(german.get("shoulder-blade-squeeze").steps().get(1).contains("Schulterblätter"));
    assertTrue(french.get("shoulder-blade-squeeze").steps().get(1).contains("omoplates"));
  }

  /** No text is left in English: a translator who copied one would pass the key-parity check. */
  @Test
  void noTranslatedTextIsTheEnglishOne() {
    List<String> untranslated = new ArrayList<>();
    for (Locale language : Languages.SHIPPED.subList(1, Languages.SHIPPED.size())) {
      List<Exercise> translated = TomlExerciseCatalog.shipped(language);
      for (int i = 0; i < translated.size(); i++) {
        List<String> ours = texts(translated.get(i));
        List<String> english = texts(TomlExerciseCatalog.english().get(i));
        for (int t = 0; t < ours.size(); t++) {
          if (ours.get(t).equals(english.get(t))) {
            untranslated.add(language + " " + translated.get(i).id() + ": " + ours.get(t));
          }
        }
      }
    }
    assertEquals(List.of(), untranslated);
  }

  /**
   * The seconds and counts are what the hold and fit checks are made on (in English): a translation
   * says the same numbers, so "Hold 5 seconds, 4 times" stays 5 and 4 in every language.
   */
  @Test
  void everyTranslationKeepsTheNumbersOfItsEnglishText() {
    List<String> changed = new ArrayList<>();
    for (Locale language : Languages.SHIPPED) {
      List<Exercise> translated = TomlExerciseCatalog.shipped(language);
      for (int i = 0; i < translated.size(); i++) {
        List<String> ours = texts(translated.get(i));
        List<String> english = texts(TomlExerciseCatalog.english().get(i));
        for (int t = 0; t < ours.size(); t++) {
          if (!numbers(ours.get(t)).equals(numbers(english.get(t)))) {
            changed.add(language + " " + translated.get(i).id() + ": " + ours.get(t));
          }
        }
      }
    }
    assertEquals(List.of(), changed);
  }

  /** health.md: stop what causes sharp pain. The ball massage's last step says so in each. */
  @Test
  void theBallMassageStillSaysToEaseOffWhenThePainTurnsSharp() {
    Map<Locale, String> pain =
        Map.of(
            Locale.ENGLISH,
            "pain",
            Locale.GERMAN,
            "Schmerz",
            Locale.FRENCH,
            "douleur",
            Locale.forLanguageTag("es"),
            "dolor",
            PORTUGUESE,
            "dor",
            Locale.ITALIAN,
            "dolore");
    for (Locale language : Languages.SHIPPED) {
      List<String> steps =
          byId(TomlExerciseCatalog.shipped(language)).get("ball-massage-back").steps();
      assertTrue(steps.get(steps.size() - 1).contains(pain.get(language)), language + ": " + steps);
    }
  }

  @Test
  void aTranslatedStepStillReadsAtAGlance() {
    for (Locale language : Languages.SHIPPED) {
      for (Exercise e : TomlExerciseCatalog.shipped(language)) {
        for (String step : e.steps()) {
          assertTrue(
              step.length() <= 130, language + ": step too long to read at a glance: " + step);
        }
      }
    }
  }

  @Test
  void theCurrentLanguageDecidesAndACustomExerciseKeepsTheUsersWords() {
    Exercise chinTuck = byId(TomlExerciseCatalog.shipped(Locale.ENGLISH)).get("chin-tuck");
    Exercise custom =
        new Exercise(
            "doorway",
            "Doorway stretch",
            List.of("Forearms on the door frame.", "Step through until the chest stretches."),
            "Hold 4 seconds, twice",
            Set.of("chest"),
            BreakType.MICRO);
    Messages.use(Locale.FRENCH);
    assertEquals("Rentrer le menton", TomlExerciseCatalog.inCurrentLanguage(chinTuck).title());
    assertEquals("Rentrer le menton", byId(TomlExerciseCatalog.shipped()).get("chin-tuck").title());
    assertSame(custom, TomlExerciseCatalog.inCurrentLanguage(custom));
    Messages.use(Locale.GERMAN);
    Exercise german = TomlExerciseCatalog.inCurrentLanguage(chinTuck);
    assertEquals("Kinn zurückziehen", german.title());
    assertEquals(chinTuck.holdsTotal(), german.holdsTotal());
    assertEquals(chinTuck.targets(), german.targets());
  }

  /** A custom exercise's image problem is a config error: in the user's language. */
  @Test
  void anImageThatCannotBeShownIsExplainedInTheUsersLanguage(@TempDir Path dir) {
    Path gone = dir.resolve("gone.png");
    Messages.use(Locale.GERMAN);
    IOException german = assertThrows(IOException.class, () -> ExerciseDrawing.load(gone));
    assertEquals("Bild " + gone + " existiert nicht", german.getMessage());
    Messages.use(Locale.FRENCH);
    IOException french =
        assertThrows(IOException.class, () -> ExerciseDrawing.load(dir.resolve("door.gif")));
    assertEquals(
        "l’image " + dir.resolve("door.gif") + " doit être un fichier .png ou .svg",
        french.getMessage());
  }

  private static List<String> texts(Exercise e) {
    List<String> texts = new ArrayList<>();
    texts.add(e.title());
    texts.addAll(e.steps());
    texts.add(e.hold());
    return texts;
  }

  private static List<String> numbers(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("\\d+").matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static Map<String, Exercise> byId(List<Exercise> exercises) {
    Map<String, Exercise> map = new java.util.LinkedHashMap<>();
    exercises.forEach(e -> map.put(e.id(), e));
    return map;
  }

  private static Properties load(Locale language) throws IOException {
    String suffix = language.equals(Locale.ENGLISH) ? "" : "_" + language;
    Properties p = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            BUNDLES.resolve("exercises" + suffix + ".properties"), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
