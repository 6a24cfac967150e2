package dev.unknot.autostart;

import dev.unknot.platform.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A per-user LaunchAgent in ~/Library/LaunchAgents, which launchd reads at login. Turned off, the
 * file stays with {@code Disabled} set, so Unknot can tell that the user chose.
 */
public final class MacLaunchAgent implements Autostart {

  static final String LABEL = "dev.unknot.Unknot";
  private static final Pattern DISABLED = Pattern.compile("<key>Disabled</key>\\s*<true/>");

  private final Path plist;
  private final List<String> command;

  /**
   * @param home the user's home folder
   */
  public MacLaunchAgent(Path home, List<String> command) {
    this.plist = home.resolve("Library/LaunchAgents").resolve(LABEL + ".plist");
    this.command = List.copyOf(command);
  }

  @Override
  public Status status() throws IOException {
    if (Files.notExists(plist)) {
      return new Status(false, "no LaunchAgent");
    }
    return DISABLED.matcher(Files.readString(plist)).find()
        ? new Status(false, "turned off in " + plist)
        : new Status(true, "by " + plist);
  }

  @Override
  public boolean chosen() {
    return Files.exists(plist);
  }

  @Override
  public void enable() throws IOException {
    write(false);
  }

  @Override
  public void disable() throws IOException {
    write(true);
  }

  static String plistText(List<String> command, boolean disabled) {
    StringBuilder arguments = new StringBuilder();
    for (String arg : command) {
      arguments.append("    <string>").append(escaped(arg)).append("</string>\n");
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" \
        "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        <dict>
          <key>Label</key>
          <string>%s</string>
          <key>ProgramArguments</key>
          <array>
        %s  </array>
          <key>RunAtLoad</key>
          <true/>
          <key>ProcessType</key>
          <string>Interactive</string>
          <key>Disabled</key>
          <%s/>
        </dict>
        </plist>
        """
        .formatted(LABEL, arguments, disabled);
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private void write(boolean disabled) throws IOException {
    Files.createDirectories(plist.getParent());
    Path tmp = plist.resolveSibling("." + plist.getFileName() + ".tmp");
    OwnerOnlyFiles.file(tmp);
    Files.writeString(tmp, plistText(command, disabled));
    Files.move(tmp, plist, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
