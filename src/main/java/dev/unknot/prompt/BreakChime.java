package dev.unknot.prompt;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The short chime at the end of a break ({@code breaks.sound}), through javax.sound. Without a
 * sound device it says so once and stays quiet.
 *
 * <p>It is written to a {@link SourceDataLine}, not played from a {@code Clip}: on ALSA's pulse
 * plugin (PulseAudio, PipeWire) a Clip reports STOP about 0.5 s after start, when its drain gives
 * up because the frame position it reads does not move, and closing it then drops the sound still
 * queued at the sound server, so the chime was heard or not by timing (ChimeE2E).
 */
public final class BreakChime {

  /** Made for Unknot (test ChimeSound writes it); under Unknot's licence. */
  static final String RESOURCE = "/dev/unknot/sound/chime.wav";

  /**
   * Silence written after the sound, so that what the server may still hold when the line closes is
   * silence, not the chime's tail.
   */
  private static final int TRAILING_SILENCE_MS = 500;

  private static final Logger LOG = LoggerFactory.getLogger(BreakChime.class);

  private final AtomicBoolean toldNoSound = new AtomicBoolean();

  /** Plays the chime on a thread of its own and returns at once. */
  public void play() {
    Thread player = new Thread(this::playNow, "unknot-chime");
    player.setDaemon(true);
    player.start();
  }

  /** Plays it through; false, after one log line, where there is no sound. */
  boolean playNow() {
    try (InputStream resource = BreakChime.class.getResourceAsStream(RESOURCE);
        AudioInputStream audio =
            AudioSystem.getAudioInputStream(new BufferedInputStream(resource))) {
      AudioFormat format = audio.getFormat();
      byte[] sound = audio.readAllBytes();
      byte[] silence =
          new byte
              [(int) (format.getFrameRate() * TRAILING_SILENCE_MS / 1000) * format.getFrameSize()];
      SourceDataLine line = AudioSystem.getSourceDataLine(format);
      line.open(format);
      try {
        line.start();
        // write blocks while the line's buffer is full, so this returns near the sound's end.
        line.write(sound, 0, sound.length);
        line.write(silence, 0, silence.length);
        line.drain();
      } finally {
        line.close();
      }
      LOG.debug("played the end-of-break chime");
      return true;
    } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
      // IllegalArgumentException: no mixer offers such a line, as without any sound card.
      if (toldNoSound.compareAndSet(false, true)) {
        LOG.info("no sound for the end-of-break chime ({}); breaks stay silent", e.getMessage());
      }
      return false;
    } catch (IOException | UnsupportedAudioFileException e) {
      LOG.warn("the end-of-break chime is unreadable: {}", e.getMessage());
      return false;
    }
  }
}
