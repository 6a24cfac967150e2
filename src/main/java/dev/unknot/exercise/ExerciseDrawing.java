package dev.unknot.exercise;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import dev.unknot.core.Exercise;
import dev.unknot.core.i18n.Messages;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exercise's drawing: a built-in SVG from {@code /exercises/<id>.svg}, or the PNG or SVG file a
 * custom exercise names. SVGs are drawn as vectors, so they are crisp at any screen scale; their
 * {@code currentColor} becomes the ink the window asks for, so one drawing reads on light and dark.
 */
public final class ExerciseDrawing {

  private static final Logger LOG = LoggerFactory.getLogger(ExerciseDrawing.class);

  /** Larger files are refused: a drawing this size is a mistake, and would cost memory. */
  static final long MOST_BYTES = 4L << 20;

  private final String name;
  private final byte[] svg; // null for a raster image
  private final BufferedImage raster; // null for an SVG
  private final float width;
  private final float height;
  private Color documentInk;
  private SVGDocument document;

  private ExerciseDrawing(
      String name, byte[] svg, BufferedImage raster, float width, float height) {
    this.name = name;
    this.svg = svg;
    this.raster = raster;
    this.width = width;
    this.height = height;
  }

  /** Where a built-in exercise's drawing lives in the jar. */
  public static String resource(String exerciseId) {
    return "/exercises/" + exerciseId + ".svg";
  }

  /**
   * The drawing to show with an exercise, if it has one that can be read now; a custom image that
   * went missing since the config was checked is logged and the prompt shows the steps alone.
   */
  public static Optional<ExerciseDrawing> of(Exercise exercise) {
    try {
      if (exercise.image().isPresent()) {
        return Optional.of(load(exercise.image().get()));
      }
      try (InputStream in = ExerciseDrawing.class.getResourceAsStream(resource(exercise.id()))) {
        if (in == null) {
          return Optional.empty(); // a custom exercise without an image
        }
        return Optional.of(svg(resource(exercise.id()), in.readAllBytes()));
      }
    } catch (IOException e) {
      LOG.warn("the drawing of exercise {} cannot be shown: {}", exercise.id(), e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Reads and checks a PNG or SVG file.
   *
   * @throws IOException saying in one line what is wrong with it
   */
  public static ExerciseDrawing load(Path file) throws IOException {
    String lower = file.getFileName() == null ? "" : file.getFileName().toString();
    lower = lower.toLowerCase(Locale.ROOT);
    boolean isSvg = lower.endsWith(".svg");
    if (!isSvg && !lower.endsWith(".png")) {
      throw new IOException(Messages.get("exercise.image.notPngOrSvg", file));
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException(Messages.get("exercise.image.missing", file));
    }
    if (Files.size(file) > MOST_BYTES) {
      throw new IOException(Messages.get("exercise.image.tooLarge", file));
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IOException(Messages.get("exercise.image.unreadable", file), e);
    }
    if (isSvg) {
      return svg(file.toString(), bytes);
    }
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
      throw new IOException(Messages.get("exercise.image.notPng", file));
    }
    return new ExerciseDrawing(file.toString(), null, image, image.getWidth(), image.getHeight());
  }

  private static ExerciseDrawing svg(String name, byte[] bytes) throws IOException {
    SVGDocument document = parse(name, bytes, null);
    FloatSize size = document.size();
    if (!(size.width > 0 && size.height > 0)) {
      throw new IOException(Messages.get("exercise.image.svgWithoutSize", name));
    }
    return new ExerciseDrawing(name, bytes, null, size.width, size.height);
  }

  private static SVGDocument parse(String name, byte[] bytes, Color ink) throws IOException {
    LoaderContext.Builder context = LoaderContext.builder();
    if (ink != null) {
      String hex = String.format("#%06X", ink.getRGB() & 0xFFFFFF);
      context.preProcessor(root -> root.setAttribute("color", hex));
    }
    SVGDocument document;
    try {
      document =
          new SVGLoader()
              .load(new ByteArrayInputStream(bytes), URI.create("file:/unknot"), context.build());
    } catch (RuntimeException e) {
      throw new IOException(
          Messages.get("exercise.image.notSvgBecause", name, String.valueOf(e.getMessage())), e);
    }
    if (document == null) {
      throw new IOException(Messages.get("exercise.image.notSvg", name));
    }
    return document;
  }

  /** The drawing's own size, in its units: only its proportions matter. */
  public float width() {
    return width;
  }

  public float height() {
    return height;
  }

  /**
   * Draws the whole drawing, proportions kept, centred in the box. The graphics' transform carries
   * the screen scale, so the vectors (and a large enough PNG) come out sharp on HiDPI screens.
   *
   * @param ink the colour for an SVG's {@code currentColor}
   */
  public void paint(Graphics2D g, Component owner, int x, int y, int w, int h, Color ink) {
    float scale = Math.min(w / width, h / height);
    float dw = width * scale;
    float dh = height * scale;
    float dx = x + (w - dw) / 2;
    float dy = y + (h - dh) / 2;
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g2.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      if (raster != null) {
        g2.drawImage(raster, Math.round(dx), Math.round(dy), Math.round(dw), Math.round(dh), owner);
        return;
      }
      documentFor(ink).render(owner, g2, new ViewBox(dx, dy, dw, dh));
    } finally {
      g2.dispose();
    }
  }

  private SVGDocument documentFor(Color ink) {
    if (document == null || !ink.equals(documentInk)) {
      try {
        document = parse(name, svg, ink);
        documentInk = ink;
      } catch (IOException e) {
        // not translated: a programming error, for the developer
        throw new IllegalStateException("parsed once, so it parses again: " + name, e);
      }
    }
    return document;
  }

  @Override
  public String toString() {
    return name;
  }
}
