package dev.unknot.prompt;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The short chime at the end of a break ({@code breaks.sound}), through javax.sound. Without a
 * sound device it says so once and stays quiet.
 */
public final class BreakChime {

  /** Made for Unknot (test ChimeSound writes it); under Unknot's licence. */
  static final String RESOURCE = "/dev/unknot/sound/chime.wav";

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
      Clip clip = AudioSystem.getClip();
      CountDownLatch stopped = new CountDownLatch(1);
      clip.addLineListener(
          event -> {
            if (event.getType() == LineEvent.Type.STOP) {
              stopped.countDown();
            }
          });
      clip.open(audio);
      try {
        clip.start();
        // The sound lasts 1.4 s; the limit is for a sound server that never says it stopped.
        if (!stopped.await(5, TimeUnit.SECONDS)) {
          LOG.debug("the chime did not say it stopped within 5 s");
        }
      } finally {
        clip.close();
      }
      LOG.debug("played the end-of-break chime");
      return true;
    } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
      // IllegalArgumentException: no mixer offers a Clip, as without any sound card.
      if (toldNoSound.compareAndSet(false, true)) {
        LOG.info("no sound for the end-of-break chime ({}); breaks stay silent", e.getMessage());
      }
      return false;
    } catch (IOException | UnsupportedAudioFileException e) {
      LOG.warn("the end-of-break chime is unreadable: {}", e.getMessage());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
