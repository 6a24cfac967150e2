package dev.unknot.prompt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedInputStream;
import java.io.InputStream;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class BreakChimeTest {

  @Test
  void theShippedChimeIsTheOneItsGeneratorWrites() throws Exception {
    try (InputStream in = BreakChime.class.getResourceAsStream(BreakChime.RESOURCE)) {
      assertArrayEquals(ChimeSound.wav(), in.readAllBytes(), "run ChimeSound.main to write it");
    }
  }

  @Test
  void theChimeIsAShortSoundJavaSoundReads() throws Exception {
    try (InputStream in = BreakChime.class.getResourceAsStream(BreakChime.RESOURCE);
        AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(in))) {
      assertEquals(ChimeSound.RATE, audio.getFormat().getSampleRate());
      double seconds = audio.getFrameLength() / (double) ChimeSound.RATE;
      assertEquals(1.4, seconds, 0.01);
    }
  }
}
