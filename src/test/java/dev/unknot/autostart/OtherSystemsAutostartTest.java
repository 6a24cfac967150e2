package dev.unknot.autostart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * macOS and Windows autostart, which the installers there cannot set up: the first start turns it
 * on once, and never again after the user has chosen.
 */
class OtherSystemsAutostartTest {

  private static final List<String> COMMAND =
      List.of("/Applications/Unknot.app/Contents/MacOS/Unknot", "--config", "a&b <c>.toml");

  @TempDir Path home;

  @Test
  void theLaunchAgentIsAPlistThatRunsThisUnknotAtLoad() throws Exception {
    MacLaunchAgent agent = new MacLaunchAgent(home, COMMAND);
    assertTrue(agent.enableUnlessChosen());

    Path plist = home.resolve("Library/LaunchAgents/dev.unknot.Unknot.plist");
    Element dict = parse(Files.readString(plist));
    assertEquals("dev.unknot.Unknot", valueOf(dict, "Label").getTextContent());
    NodeList args = valueOf(dict, "ProgramArguments").getElementsByTagName("string");
    List<String> command = new ArrayList<>();
    for (int i = 0; i < args.getLength(); i++) {
      command.add(args.item(i).getTextContent());
    }
    assertEquals(COMMAND, command);
    assertEquals("true", valueOf(dict, "RunAtLoad").getTagName());
    assertEquals("false", valueOf(dict, "Disabled").getTagName());
    assertTrue(agent.status().enabled());
  }

  @Test
  void theShippedLaunchAgentIsTheOneUnknotWrites() throws Exception {
    Path shipped = Path.of("packaging/macos/dev.unknot.Unknot.plist");
    assertEquals(
        MacLaunchAgent.plistText(List.of("/Applications/Unknot.app/Contents/MacOS/Unknot"), false),
        Files.readString(shipped));
  }

  @Test
  void aLaunchAgentTurnedOffStaysOff() throws Exception {
    MacLaunchAgent agent = new MacLaunchAgent(home, COMMAND);
    agent.disable();

    assertFalse(agent.enableUnlessChosen());
    assertFalse(agent.status().enabled());
    Element dict =
        parse(Files.readString(home.resolve("Library/LaunchAgents/dev.unknot.Unknot.plist")));
    assertEquals("true", valueOf(dict, "Disabled").getTagName());
  }

  @Test
  void theRunKeyIsSetOnceAndItsRemovalIsRemembered() throws Exception {
    MapRegistry registry = new MapRegistry();
    WindowsRunKey run =
        new WindowsRunKey(registry, List.of("C:\\Program Files\\Unknot\\Unknot.exe"));

    assertTrue(run.enableUnlessChosen());
    assertEquals(
        Optional.of("\"C:\\Program Files\\Unknot\\Unknot.exe\""),
        registry.get(WindowsRunKey.RUN, "Unknot"));
    assertTrue(run.status().enabled());

    run.disable();
    assertEquals(Optional.empty(), registry.get(WindowsRunKey.RUN, "Unknot"));
    assertFalse(run.enableUnlessChosen());
    assertFalse(run.status().enabled());

    run.enable();
    assertTrue(run.status().enabled());
  }

  @Test
  void loginStartsTheWindowLauncherEvenWhenTheConsoleOneAsks() {
    Path dir = Path.of("/apps/Unknot");
    assertEquals(
        dir.resolve("Unknot.exe"), LaunchCommand.daemonLauncher(dir.resolve("unknot-cli.exe")));
    assertEquals(
        dir.resolve("Unknot.exe"), LaunchCommand.daemonLauncher(dir.resolve("Unknot.exe")));
    assertEquals(
        Path.of("/usr/bin/unknot"), LaunchCommand.daemonLauncher(Path.of("/usr/bin/unknot")));
  }

  @Test
  void aRunValueWrittenByHandCountsAsAChoice() throws Exception {
    MapRegistry registry = new MapRegistry();
    registry.set(WindowsRunKey.RUN, "Unknot", "\"D:\\Tools\\Unknot.exe\"");
    WindowsRunKey run = new WindowsRunKey(registry, List.of("C:\\Unknot.exe"));

    assertFalse(run.enableUnlessChosen());
    assertEquals(
        Optional.of("\"D:\\Tools\\Unknot.exe\""), registry.get(WindowsRunKey.RUN, "Unknot"));
  }

  private static Element parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    return (Element) doc.getDocumentElement().getElementsByTagName("dict").item(0);
  }

  /** The element after {@code <key>name</key>} in a plist dict. */
  private static Element valueOf(Element dict, String name) {
    NodeList keys = dict.getElementsByTagName("key");
    for (int i = 0; i < keys.getLength(); i++) {
      if (keys.item(i).getTextContent().equals(name)) {
        org.w3c.dom.Node next = keys.item(i).getNextSibling();
        while (!(next instanceof Element)) {
          next = next.getNextSibling();
        }
        return (Element) next;
      }
    }
    throw new AssertionError("no key " + name);
  }

  /** The registry as a map: the edge that only Windows has. */
  private static final class MapRegistry implements WindowsRunKey.Registry {
    private final Map<String, String> values = new HashMap<>();

    @Override
    public Optional<String> get(String key, String name) {
      return Optional.ofNullable(values.get(key + "\\" + name));
    }

    @Override
    public void set(String key, String name, String value) {
      values.put(key + "\\" + name, value);
    }

    @Override
    public void delete(String key, String name) {
      values.remove(key + "\\" + name);
    }
  }
}
