package dev.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The About card's line about this build; the card itself is seen in TrayE2E. */
class TrayCommandsTest {

  @Test
  void theAboutCardShowsTheVersionAndTheLicence() {
    assertEquals(
        "Unknot version 0.1.0. Licensed under the Apache License 2.0.",
        TrayCommands.versionAndLicence("0.1.0"));
  }

  @Test
  void classesRunFromABuildFolderSayDevelopmentBuild() {
    assertEquals(
        "Unknot development build. Licensed under the Apache License 2.0.",
        TrayCommands.versionAndLicence(null));
  }
}
