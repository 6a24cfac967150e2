package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What the user types never reaches a file: not as text, and not as key codes. */
@ExtendWith(DesktopExtension.class)
class PrivacyE2E {

  private static final String TYPED = "zqxjvkwp";

  /** jnativehook's virtual key codes for z q x j v k w p. */
  private static final int[] HOOK_CODES = {44, 16, 45, 36, 47, 37, 17, 25};

  /** The X server's key codes for the same keys on a US layout. */
  private static final int[] X_CODES = {52, 24, 53, 44, 55, 45, 25, 33};

  @Test
  void typedTextAndItsKeyCodesAppearInNoFileUnknotWrote(Desktop desktop, @TempDir Path home)
      throws Exception {
    UnknotProcess unknot = new UnknotProcess(home, desktop.env());
    try (unknot) {
      unknot.start(
          "[breaks.micro]\ninterval = \"20m\"\n[knots]\ncheckin = false\n[summary]\nnotify = false\n");
      for (int i = 0; i < 5; i++) {
        desktop.xdotool("type", "--delay", "40", TYPED);
        desktop.moveMouse(200 + i * 20, 200);
        Desktop.pause(Duration.ofMillis(300));
      }
    } // SIGTERM: the daemon writes what it holds and exits
    assertEquals(
        0,
        unknot
            .cli("export", "--format", "csv", "--out", home.resolve("csv").toString())
            .exitCode());
    assertEquals(
        0,
        unknot
            .cli("export", "--format", "json", "--out", home.resolve("all.json").toString())
            .exitCode());

    // The keys were counted, so the check below is not vacuous.
    JsonNode days =
        new ObjectMapper().readTree(home.resolve("all.json").toFile()).get("daily_activity");
    long keys = 0;
    for (JsonNode day : days) {
      keys += day.get("keyboard_events").asLong();
    }
    assertTrue(keys >= 5 * TYPED.length(), "keyboard events counted: " + keys);

    List<byte[]> needles = new ArrayList<>();
    needles.add(TYPED.getBytes(StandardCharsets.UTF_8));
    for (int[] codes : new int[][] {HOOK_CODES, X_CODES}) {
      for (String separator : new String[] {",", ", ", " ", ";", "\n"}) {
        needles.add(join(codes, separator).getBytes(StandardCharsets.UTF_8));
      }
      byte[] raw = new byte[codes.length];
      for (int i = 0; i < codes.length; i++) {
        raw[i] = (byte) codes[i];
      }
      needles.add(raw);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(home)) {
      files =
          walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".toml")).toList();
    }
    assertTrue(files.stream().anyMatch(f -> f.toString().endsWith("unknot.db")), files.toString());
    assertTrue(files.stream().anyMatch(f -> f.toString().endsWith("unknot.log")), files.toString());
    for (Path file : files) {
      byte[] content = Files.readAllBytes(file);
      for (byte[] needle : needles) {
        assertEquals(
            -1,
            indexOf(content, needle),
            file + " holds " + new String(needle, StandardCharsets.ISO_8859_1));
      }
    }
  }

  private static String join(int[] codes, String separator) {
    return IntStream.of(codes).mapToObj(String::valueOf).collect(Collectors.joining(separator));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
