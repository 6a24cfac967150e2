package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every card that wraps text, shown on a real X display at a HiDPI scale, keeps each line inside
 * its text column (dev.unknot.prompt.CardTextCheck paints each part without its clip and reports
 * ink past its edge).
 */
@ExtendWith(DesktopExtension.class)
class CardTextE2E {

  private static final Pattern SUMMARY =
      Pattern.compile("scale (\\S+): (\\d+) cards, (\\d+) parts");

  private final Desktop desktop;

  CardTextE2E(Desktop desktop) {
    this.desktop = desktop;
  }

  /**
   * At 2x the text areas wrapped with scale-1 metrics and painted with 2x ones: step 2 of the chin
   * tuck read "...making a double chin, unt".
   */
  @Test
  void wrappedTextFitsItsColumnAtTwiceTheScale() {
    Desktop.Result result =
        Desktop.run(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsun.java2d.uiScale=2",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.unknot.prompt.CardTextCheck"),
            desktop.env());
    assertEquals(0, result.exitCode(), result.err());
    Matcher summary = SUMMARY.matcher(result.out());
    assertTrue(summary.find(), result.out() + result.err());
    assertEquals("2.0", summary.group(1), "the cards were not shown at scale 2");
    // Every prompt and heads-up, the check-in and its answers, a massage, a meeting, a notice.
    assertTrue(Integer.parseInt(summary.group(2)) >= 30, summary.group());
    List<String> over = result.out().lines().filter(l -> l.startsWith("OVER")).toList();
    assertEquals(List.of(), over, "text past its column at scale 2");
  }
}
