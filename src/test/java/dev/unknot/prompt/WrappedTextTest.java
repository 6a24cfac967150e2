package dev.unknot.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedTextTest {

  /** One unit a character, so a width of 10 holds ten characters. */
  private static List<String> wrap(String text, int width) {
    return WrappedText.wrap(text, width, String::length);
  }

  /** The prompt's exercise name and steps were missing from the at-spi tree (AccessibilityE2E). */
  @Test
  void screenReadersReachTheTextAsALabelInsideItsPanel() {
    javax.swing.JPanel panel = new javax.swing.JPanel();
    panel.add(
        new WrappedText("Eyes-down posture check", new java.awt.Font("Dialog", 0, 12), null, 300));
    javax.accessibility.AccessibleContext parent = panel.getAccessibleContext();
    assertEquals(1, parent.getAccessibleChildrenCount());
    javax.accessibility.AccessibleContext text =
        parent.getAccessibleChild(0).getAccessibleContext();
    assertEquals("Eyes-down posture check", text.getAccessibleName());
    assertEquals(javax.accessibility.AccessibleRole.LABEL, text.getAccessibleRole());
  }

  @Test
  void breaksBetweenWordsAndDropsTheSpaceAtTheBreak() {
    assertEquals(List.of("Sit tall,", "head level"), wrap("Sit tall, head level", 10));
  }

  @Test
  void aLineMayBeExactlyAsWideAsTheColumn() {
    assertEquals(List.of("head level", "now"), wrap("head level now", 10));
  }

  @Test
  void keepsShortTextOnOneLine() {
    assertEquals(List.of("Hold 5 s"), wrap("Hold 5 s", 10));
  }

  @Test
  void breaksAfterAHyphenAsWell() {
    assertEquals(List.of("upper-", "back knot"), wrap("upper-back knot", 9));
  }

  @Test
  void aWordWiderThanTheColumnIsCutWhereItMustBe() {
    assertEquals(List.of("a", "sternocleid", "omastoid"), wrap("a sternocleidomastoid", 11));
  }

  @Test
  void aLineFeedStartsANewLine() {
    assertEquals(List.of("One.", "", "Two."), wrap("One.\n\nTwo.", 10));
  }

  @Test
  void emptyTextIsOneEmptyLine() {
    assertEquals(List.of(""), wrap("", 10));
  }

  @Test
  void aColumnNarrowerThanOneCharacterStillTakesOneALine() {
    assertEquals(List.of("a", "b"), wrap("ab", 0));
  }
}
