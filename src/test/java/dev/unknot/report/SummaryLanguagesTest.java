package dev.unknot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.i18n.Messages;
import dev.unknot.core.summary.WeeklySummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The six-week diary's last week in German and in French: translated words, dates and numbers for
 * the language, plurals right at 0, 1 and 2 (French counts 0 as singular), and no line beyond 80
 * columns however long the words. Copies land in target/summary to read.
 */
class SummaryLanguagesTest {

  private static final Path OUT = Path.of("target", "summary");

  @TempDir Path dir;

  @AfterEach
  void backToEnglish() {
    Messages.use(Locale.ENGLISH);
  }

  /** The week summarized in the language, as the daemon does when the user reads German. */
  private WeeklySummary week(Locale language) throws Exception {
    Messages.use(language);
    return Weeks.lastOfSixWeekDiary(dir.resolve(language + ".db"));
  }

  private static String rendered(WeeklySummary s, String name) throws Exception {
    String text = SummaryText.render(s);
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve(name), text);
    for (String line : text.split("\n")) {
      assertTrue(line.length() <= SummaryText.WIDTH, "too long (" + line.length() + "): " + line);
    }
    return text;
  }

  @Test
  void theWeekReadsInGerman() throws Exception {
    WeeklySummary week = week(Locale.GERMAN);
    SummaryChart.writePng(week, OUT.resolve("2026-W47.de.png"));
    String text = rendered(week, "2026-W47.de.txt");

    assertTrue(text.startsWith("Ihre Woche 2026-W47: Mo. 16. Nov. – So. 22. Nov. 2026\n"), text);
    assertTrue(text.contains("Pausen eingehalten 15 von 20 (75\u00a0%)"), text);
    assertTrue(text.contains("Längste Strecke"), text);
    assertTrue(text.contains("Stärke 3"), text);
    assertTrue(text.contains("4-Wochen-Schnitt 0,8"), "a decimal comma: " + text);
    assertTrue(
        text.contains(
            "Ihre 4 Knotentage gegenüber 5 knotenfreien Tagen, Mo. 19. Okt. – So. 22. Nov.\n"),
        text);
    assertTrue(
        text.replace("\n  ", " ").contains("Versuchen Sie breaks.micro.interval = \"10m\""), text);
    assertTrue(text.endsWith("Schmerzen verursacht.\n"), text);
    assertFalse(text.contains("Breaks kept") || text.contains("knot day"), text);
  }

  @Test
  void theWeekReadsInFrench() throws Exception {
    WeeklySummary week = week(Locale.FRENCH);
    SummaryChart.writePng(week, OUT.resolve("2026-W47.fr.png"));
    String text = rendered(week, "2026-W47.fr.txt");

    assertTrue(
        text.startsWith("Votre semaine 2026-W47\u00a0: lun. 16 nov. – dim. 22 nov. 2026\n"), text);
    assertTrue(text.contains("Pauses respectées"), text);
    assertTrue(text.contains("intensité 3"), text);
    assertTrue(text.contains("0,8"), "a decimal comma: " + text);
    assertTrue(text.contains("La veille"), text);
    assertTrue(text.contains("Vos 4 jours avec nœud face à vos 5 jours sans nœud"), text);
    assertTrue(text.contains("Pauses respectées   15 sur 20 (75\u00a0%)"), text);
    assertTrue(text.replace("\n  ", " ").contains("essayez breaks.micro.interval = \"10m\""), text);
    assertFalse(text.contains("Breaks kept") || text.contains("knot day"), text);
  }

  @Test
  void countsReadRightAtZeroOneAndTwoInGerman() throws Exception {
    WeeklySummary week = week(Locale.GERMAN);
    String zero = rendered(Weeks.withCounts(week, 0), "counts0.de.txt");
    String one = rendered(Weeks.withCounts(week, 1), "counts1.de.txt");
    String two = rendered(Weeks.withCounts(week, 2), "counts2.de.txt");

    assertTrue(zero.contains("verschoben 0 Mal"), zero);
    assertTrue(one.contains("verschoben 1 Mal\n"), one);
    assertTrue(zero.contains("14h 30m an 0 Tagen"), zero);
    assertTrue(one.contains("14h 30m an 1 Tag "), one);
    assertTrue(two.contains("14h 30m an 2 Tagen"), two);
    assertTrue(zero.contains("an 0 von 0 Arbeitstagen"), zero);
    assertTrue(one.contains("an 1 von 1 Arbeitstag\n"), one);
    assertTrue(two.contains("an 2 von 2 Arbeitstagen"), two);
    assertEquals(
        List.of("0 Knotentage", "1 Knotentag", "2 Knotentage"),
        List.of(SummaryText.knotDays(0), SummaryText.knotDays(1), SummaryText.knotDays(2)));
    assertEquals(
        List.of("0 knotenfreie Tage", "1 knotenfreier Tag", "2 knotenfreie Tage"),
        List.of(
            SummaryText.knotFreeDays(0), SummaryText.knotFreeDays(1), SummaryText.knotFreeDays(2)));
  }

  @Test
  void countsReadRightAtZeroOneAndTwoInFrenchWhereZeroIsSingular() throws Exception {
    WeeklySummary week = week(Locale.FRENCH);
    String zero = rendered(Weeks.withCounts(week, 0), "counts0.fr.txt");
    String one = rendered(Weeks.withCounts(week, 1), "counts1.fr.txt");
    String two = rendered(Weeks.withCounts(week, 2), "counts2.fr.txt");

    assertTrue(zero.contains("14h 30m sur 0 jour "), zero);
    assertTrue(one.contains("14h 30m sur 1 jour "), one);
    assertTrue(two.contains("14h 30m sur 2 jours"), two);
    assertTrue(zero.contains("0 sur 0 jour travaillé\n"), zero);
    assertTrue(two.contains("2 sur 2 jours travaillés\n"), two);
    assertEquals(
        List.of("0 jour avec nœud", "1 jour avec nœud", "2 jours avec nœud"),
        List.of(SummaryText.knotDays(0), SummaryText.knotDays(1), SummaryText.knotDays(2)));
  }

  @Test
  void theHtmlPageSaysItsLanguage() throws Exception {
    WeeklySummary week = week(Locale.GERMAN);
    String html = SummaryHtml.render(week);
    assertTrue(html.contains("<html lang=\"de\">"), html.substring(0, 80));
    assertTrue(html.contains("alt=\"Aktive Stunden und Pausen pro Tag\""));
    Messages.use(Locale.forLanguageTag("pt-BR"));
    assertTrue(SummaryHtml.render(week).contains("<html lang=\"pt-BR\">"));
  }
}
