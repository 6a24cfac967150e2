package dev.unknot.prompt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes Unknot's end-of-break chime, src/main/resources/dev/unknot/sound/chime.wav: two soft bell
 * notes (G5, then C6), each a sine with a quieter octave, a 10 ms rise and a slow fade. Made for
 * Unknot by this code, so the sound is under Unknot's own licence. StrictMath makes every run write
 * the same bytes, which {@link BreakChimeTest} checks. Run its main to write the file again.
 */
final class ChimeSound {

  static final int RATE = 22050;
  private static final double SECONDS = 1.4;
  private static final double PEAK = 0.30; // of full scale: a soft sound, not an alarm

  private ChimeSound() {}

  static byte[] wav() {
    int frames = (int) (RATE * SECONDS);
    double[] mix = new double[frames];
    note(mix, 783.99, 0.0);
    note(mix, 1046.50, 0.22);
    ByteBuffer pcm = ByteBuffer.allocate(frames * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (double v : mix) {
      pcm.putShort((short) Math.round(Math.max(-1, Math.min(1, v)) * PEAK * Short.MAX_VALUE));
    }
    return riff(pcm.array());
  }

  private static void note(double[] mix, double hertz, double startSeconds) {
    int start = (int) (startSeconds * RATE);
    for (int i = start; i < mix.length; i++) {
      double t = (double) (i - start) / RATE;
      double rise = Math.min(1.0, t / 0.010);
      // Fades to silence by the end of the file, so the sound never stops with a click.
      double fade = StrictMath.exp(-t * 4.0) * (1.0 - (double) i / mix.length);
      double tone =
          StrictMath.sin(2 * Math.PI * hertz * t) + 0.25 * StrictMath.sin(4 * Math.PI * hertz * t);
      mix[i] += 0.5 * rise * fade * tone;
    }
  }

  private static byte[] riff(byte[] pcm) {
    ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
    header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    header.putInt(36 + pcm.length);
    header.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    header.putInt(16).putShort((short) 1).putShort((short) 1); // PCM, mono
    header.putInt(RATE).putInt(RATE * 2).putShort((short) 2).putShort((short) 16);
    header.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    header.putInt(pcm.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.array());
    out.writeBytes(pcm);
    return out.toByteArray();
  }

  public static void main(String[] args) throws IOException {
    Path file = Path.of("src/main/resources/dev/unknot/sound/chime.wav");
    Files.write(file, wav());
    System.out.println("wrote " + file);
  }
}
