package dev.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GnomeBreakRemindersTest {

  @Test
  void readsGsettingsListsOfBreaks() {
    assertEquals(
        List.of("movement", "eyesight"), GnomeBreakReminders.parse("['movement', 'eyesight']"));
    assertEquals(List.of(), GnomeBreakReminders.parse("@as []"));
  }

  @Test
  void aDesktopWithoutTheSchemaHasNone() {
    assertEquals(
        List.of(),
        GnomeBreakReminders.selected(Map.of("GSETTINGS_SCHEMA_DIR", "/nonexistent-unknot")));
  }
}
