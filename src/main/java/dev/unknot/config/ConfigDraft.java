package dev.unknot.config;

import dev.unknot.core.i18n.Messages;
import dev.unknot.platform.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes to config.toml as a form makes them: each edit is a key and its new TOML value, checked
 * by the same loader as `unknot config check` on the edited text, and saved in place with {@link
 * TomlConfigEditor}, so the user's comments, order and other keys stay.
 */
public final class ConfigDraft {

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final Pattern AT = Pattern.compile("^(\\d+):(\\d+): (.*)$", Pattern.DOTALL);

  private final TomlConfigLoader loader;
  private final Path file;

  /**
   * What the loader says of an edited text.
   *
   * @param byKey the problems at a key the form shows, by key
   * @param elsewhere the other problems, each as the loader says it
   */
  public record Check(Map<String, String> byKey, List<String> elsewhere, UnknotConfig config) {
    public boolean ok() {
      return byKey.isEmpty() && elsewhere.isEmpty();
    }
  }

  public ConfigDraft(TomlConfigLoader loader, Path file) {
    this.loader = loader;
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /** The file's text now, or the commented defaults where there is no file yet. */
  public String text() throws ConfigException {
    if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
      return TomlConfigLoader.defaultsText();
    }
    return ConfigFile.read(file);
  }

  /** The text with every edit made. */
  public static String apply(String text, Map<String, String> edits) {
    String edited = text;
    for (Map.Entry<String, String> edit : edits.entrySet()) {
      edited = TomlConfigEditor.set(edited, edit.getKey(), edit.getValue());
    }
    return edited;
  }

  /**
   * Checks the text with the edits made; each problem goes to the key on whose line the loader
   * places it, when that is one of {@code shown}.
   */
  public Check check(String text, Map<String, String> edits, Collection<String> shown) {
    String edited;
    try {
      edited = apply(text, edits);
    } catch (IllegalArgumentException e) {
      return new Check(Map.of(), List.of(e.getMessage()), null);
    }
    try {
      UnknotConfig config = loader.parse(edited, file.toString());
      return new Check(Map.of(), List.of(), config);
    } catch (ConfigException e) {
      Map<String, String> byKey = new LinkedHashMap<>();
      List<String> elsewhere = new ArrayList<>();
      String prefix = file + ":";
      for (String problem : e.problems()) {
        String rest = problem.startsWith(prefix) ? problem.substring(prefix.length()) : problem;
        Matcher m = AT.matcher(rest);
        Optional<String> key =
            m.matches() ? keyOnLine(edited, Integer.parseInt(m.group(1)), shown) : Optional.empty();
        if (key.isPresent()) {
          byKey.merge(key.get(), m.group(3), (a, b) -> a + "\n" + b);
        } else {
          elsewhere.add(m.matches() ? m.group(3) : rest.strip());
        }
      }
      return new Check(byKey, elsewhere, null);
    }
  }

  private static Optional<String> keyOnLine(String text, int line, Collection<String> shown) {
    for (String key : shown) {
      Optional<int[]> lines = TomlConfigEditor.lines(text, key);
      if (lines.isPresent() && line >= lines.get()[0] && line <= lines.get()[1]) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  /**
   * Makes the edits in the file as it is now (it may have changed since the form opened) and
   * replaces it in one rename, so the daemon's watcher never reads half a file. A file that is not
   * there yet starts as the commented defaults, private to its owner.
   *
   * @return the check of the saved text; nothing is written unless it is ok
   * @throws IOException if the file is a symbolic link (Unknot does not write through links it did
   *     not make) or cannot be written
   */
  public Check save(Map<String, String> edits, Collection<String> shown)
      throws IOException, ConfigException {
    refuseLink();
    String text = text();
    Check check = check(text, edits, shown);
    if (!check.ok()) {
      return check;
    }
    String edited = apply(text, edits);
    if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
      OwnerOnlyFiles.file(file); // its folders too, private, as the daemon's first start does
    }
    Path folder = file.toAbsolutePath().getParent();
    Path partial =
        POSIX
            ? Files.createTempFile(
                folder,
                "." + file.getFileName() + ".",
                ".saving",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : Files.createTempFile(folder, "." + file.getFileName() + ".", ".saving");
    try {
      try (var channel =
          java.nio.channels.FileChannel.open(
              partial, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        channel.write(java.nio.ByteBuffer.wrap(edited.getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
      }
      refuseLink(); // checked again right before the rename, which replaces a link, never follows
      // it
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
    return check;
  }

  private void refuseLink() throws IOException {
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      BasicFileAttributes attributes =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (attributes.isSymbolicLink()) {
        throw new IOException(Messages.get("settings.error.link", file.toString()));
      }
    }
  }
}
