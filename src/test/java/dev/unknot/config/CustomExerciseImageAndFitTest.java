package dev.unknot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.unknot.core.Exercise;
import dev.unknot.exercise.TomlExerciseCatalog;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: a custom exercise's image, and holds that must fit in its break. */
class CustomExerciseImageAndFitTest {

  private final TomlConfigLoader loader = new TomlConfigLoader(TomlExerciseCatalog.shipped());

  private static String custom(String extra) {
    return """
        [[exercises.custom]]
        id = "doorway-stretch"
        title = "Doorway stretch"
        steps = ["Forearms on the door frame.", "Step through until the chest stretches."]
        hold = "Hold 8 seconds, 3 times"
        targets = ["chest"]
        kind = "micro"
        """
        + extra;
  }

  private Exercise doorway(UnknotConfig config) {
    return config.exercises().stream()
        .filter(e -> e.id().equals("doorway-stretch"))
        .findFirst()
        .orElseThrow();
  }

  private List<String> problems(Path file, String text) throws Exception {
    Files.writeString(file, text);
    return assertThrows(ConfigException.class, () -> loader.load(file)).problems();
  }

  @Test
  void aPngImageRelativeToTheConfigFileIsRead(@TempDir Path dir) throws Exception {
    ImageIO.write(
        new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB),
        "png",
        dir.resolve("door.png").toFile());
    Path file = dir.resolve("config.toml");
    Files.writeString(file, custom("image = \"door.png\"\n"));
    assertEquals(Optional.of(dir.resolve("door.png")), doorway(loader.load(file)).image());
  }

  @Test
  void anAbsoluteSvgImageIsRead(@TempDir Path dir) throws Exception {
    Path svg = dir.resolve("door.svg");
    Files.writeString(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\">"
            + "<path d=\"M1,1 L19,9\" stroke=\"currentColor\"/></svg>");
    Path file = dir.resolve("config.toml");
    Files.writeString(file, custom("image = \"" + svg + "\"\n"));
    assertEquals(Optional.of(svg), doorway(loader.load(file)).image());
  }

  @Test
  void aMissingImageIsAProblemAtItsLineAndColumn(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("config.toml");
    assertEquals(
        List.of(file + ":8:1: image " + dir.resolve("gone.png") + " does not exist"),
        problems(file, custom("image = \"gone.png\"\n")));
  }

  @Test
  void aBrokenPngIsAProblemAtItsLineAndColumn(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("broken.png"), "not a picture");
    Path file = dir.resolve("config.toml");
    assertEquals(
        List.of(file + ":8:1: image " + dir.resolve("broken.png") + " is not a readable PNG"),
        problems(file, custom("image = \"broken.png\"\n")));
  }

  @Test
  void aBrokenSvgIsAProblemAtItsLineAndColumn(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("broken.svg"), "<svg><path d=\"M1,1");
    Path file = dir.resolve("config.toml");
    assertEquals(
        List.of(file + ":8:1: image " + dir.resolve("broken.svg") + " is not a readable SVG"),
        problems(file, custom("image = \"broken.svg\"\n")));
  }

  @Test
  void anImageThatIsNeitherPngNorSvgIsAProblem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("config.toml");
    assertEquals(
        List.of(file + ":8:1: image " + dir.resolve("door.gif") + " must be a .png or .svg file"),
        problems(file, custom("image = \"door.gif\"\n")));
  }

  @Test
  void holdsThatFitTheMicroBreakAreRead() throws Exception {
    Exercise e = doorway(loader.parse(custom("hold_seconds = 8\nrepetitions = 3\n"), "c.toml"));
    assertEquals(8, e.holdSeconds());
    assertEquals(3, e.repetitions());
  }

  @Test
  void holdsLongerThanTheBreakAreAProblemAtHoldSeconds() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                loader.parse(
                    custom("hold_seconds = 10\nrepetitions = 2\neach_side = true\n"), "c.toml"));
    assertEquals(
        List.of(
            "c.toml:8:1: the holds of `doorway-stretch` add up to 40s (hold_seconds 10 x"
                + " repetitions 2 x 2 sides), longer than the 30s micro-break"
                + " (breaks.micro.duration); shorten the hold or do fewer repetitions"),
        e.problems());
  }

  @Test
  void aShorterBreakMakesHoldsThatFittedBeforeAProblem() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                loader.parse(
                    "[breaks.micro]\nduration = \"20s\"\n"
                        + custom("hold_seconds = 8\nrepetitions = 3\n"),
                    "c.toml"));
    assertEquals(1, e.problems().size());
    assertEquals(true, e.problems().get(0).startsWith("c.toml:10:1: the holds of"));
  }

  @Test
  void badHoldNumbersAreProblemsAtTheirPlace() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                loader.parse(
                    custom("hold_seconds = -1\nrepetitions = 0\neach_side = \"yes\"\n"), "c.toml"));
    assertEquals(
        List.of(
            "c.toml:8:1: `hold_seconds` must be a whole number from 0 to 3600, not -1",
            "c.toml:9:1: `repetitions` must be a whole number from 1 to 100, not 0",
            "c.toml:10:1: `each_side` must be true or false, not the text \"yes\""),
        e.problems());
  }

  @Test
  void theWrittenConfigKeepsTheHoldsAndTheImage(@TempDir Path dir) throws Exception {
    ImageIO.write(
        new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB),
        "png",
        dir.resolve("door.png").toFile());
    Path file = dir.resolve("config.toml");
    Files.writeString(file, custom("hold_seconds = 8\nrepetitions = 3\nimage = \"door.png\"\n"));
    UnknotConfig config = loader.load(file);
    Set<String> builtIn =
        Set.copyOf(TomlExerciseCatalog.shipped().stream().map(Exercise::id).toList());
    Path written = dir.resolve("written.toml");
    Files.writeString(written, TomlConfigWriter.write(config, builtIn));
    assertEquals(config, loader.load(written));
  }
}
