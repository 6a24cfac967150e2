package dev.unknot.ipc;

import dev.unknot.platform.OwnerOnlyFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One Unknot per user: an OS file lock, which the system releases when the process dies, even by
 * kill -9, so a stale lock can never keep Unknot from starting.
 */
public final class InstanceLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private InstanceLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock and writes this process's id into it, or returns empty if it is held. */
  public static Optional<InstanceLock> acquire(Path file) throws IOException {
    OwnerOnlyFiles.directory(file.toAbsolutePath().getParent());
    OwnerOnlyFiles.file(file);
    // Opened without following a link, in case one was put there after the check.
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      return Optional.empty();
    }
    channel.truncate(0);
    channel.write(
        ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
        0);
    channel.force(true);
    return Optional.of(new InstanceLock(channel, lock));
  }

  /** The process id the holder wrote, if it can be read. */
  public static OptionalLong holder(Path file) {
    try {
      String text;
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        text = new String(in.readNBytes(32), StandardCharsets.US_ASCII).strip();
      }
      return text.matches("\\d+") ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }
}
