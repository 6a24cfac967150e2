package dev.unknot.autostart;

import dev.unknot.platform.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The freedesktop autostart entry, which GNOME, KDE, Xfce and the others read at login. The package
 * installs one for everybody in /etc/xdg/autostart; a user's own entry of the same name overrides
 * it, and one with {@code Hidden=true} turns it off for good.
 */
public final class XdgAutostart implements Autostart {

  static final String FILE_NAME = "unknot.desktop";
  private static final Pattern HIDDEN = Pattern.compile("(?m)^Hidden\\s*=\\s*true\\s*$");

  private final Path userEntry;
  private final List<Path> systemDirs;
  private final List<String> command;

  /**
   * @param configHome $XDG_CONFIG_HOME (~/.config)
   * @param configDirs $XDG_CONFIG_DIRS (/etc/xdg), most important first
   */
  public XdgAutostart(Path configHome, List<Path> configDirs, List<String> command) {
    this.userEntry = configHome.resolve("autostart").resolve(FILE_NAME);
    this.systemDirs = List.copyOf(configDirs);
    this.command = List.copyOf(command);
  }

  @Override
  public Status status() throws IOException {
    if (Files.exists(userEntry)) {
      return HIDDEN.matcher(Files.readString(userEntry)).find()
          ? new Status(false, "turned off by " + userEntry)
          : new Status(true, "by " + userEntry);
    }
    return systemEntry()
        .map(p -> new Status(true, "by " + p + ", for every user"))
        .orElse(new Status(false, "no autostart entry"));
  }

  @Override
  public boolean chosen() {
    return Files.exists(userEntry);
  }

  private Optional<Path> systemEntry() {
    return systemDirs.stream()
        .map(d -> d.resolve("autostart").resolve(FILE_NAME))
        .filter(Files::exists)
        .findFirst();
  }

  @Override
  public void enable() throws IOException {
    write(
        """
        [Desktop Entry]
        Type=Application
        Name=Unknot
        Comment=Posture breaks against muscle knots
        Exec=%s
        Icon=unknot
        Terminal=false
        X-GNOME-Autostart-enabled=true
        """
            .formatted(LaunchCommand.quoted(command)));
  }

  @Override
  public void disable() throws IOException {
    write(
        """
        [Desktop Entry]
        Type=Application
        Name=Unknot
        Comment=Turned off with `unknot autostart disable`; `unknot autostart enable` turns it on
        Exec=%s
        Hidden=true
        """
            .formatted(LaunchCommand.quoted(command)));
  }

  private void write(String entry) throws IOException {
    Path tmp = userEntry.resolveSibling("." + FILE_NAME + ".tmp");
    OwnerOnlyFiles.file(tmp);
    Files.writeString(tmp, entry);
    Files.move(
        tmp,
        userEntry,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
