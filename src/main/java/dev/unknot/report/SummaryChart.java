package dev.unknot.report;

import dev.unknot.core.i18n.Messages;
import dev.unknot.core.summary.DaySummary;
import dev.unknot.core.summary.KnotDayStatus;
import dev.unknot.core.summary.WeeklySummary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The week as a picture, drawn with XChart: active hours per day with knot days marked by their
 * severity, and breaks kept against breaks due per day.
 */
public final class SummaryChart {

  public static final int WIDTH = 760;
  public static final int HEIGHT = 560;

  static final Color ACTIVE = new Color(0x4C7A9A);
  static final Color KNOT = new Color(0xC8553D);
  static final Color DUE = new Color(0xB8C4CE);
  static final Color KEPT = new Color(0x5B9A6B);

  private SummaryChart() {}

  public static BufferedImage draw(WeeklySummary s) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      int half = HEIGHT / 2;
      activeHours(s).paint(g, WIDTH, half);
      g.translate(0, half);
      breaks(s).paint(g, WIDTH, HEIGHT - half);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Writes into the file as it is, keeping its permissions. */
  public static void writePng(WeeklySummary s, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      if (!ImageIO.write(draw(s), "png", out)) {
        // not translated: a broken runtime, for the log
        throw new IOException("no PNG writer in this Java runtime");
      }
    }
  }

  private static List<String> days(WeeklySummary s) {
    DateTimeFormatter day =
        DateTimeFormatter.ofPattern(Messages.get("summary.date.short"), Messages.locale());
    List<String> labels = new ArrayList<>();
    for (DaySummary d : s.days()) {
      labels.add(day.format(d.day()));
    }
    return labels;
  }

  private static CategoryChart activeHours(WeeklySummary s) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT / 2)
            .title(Messages.get("chart.active.title", s.week().toString()))
            .yAxisTitle(Messages.get("chart.active.axis"))
            .build();
    style(chart);
    List<Double> hours = new ArrayList<>();
    List<Double> severity = new ArrayList<>();
    for (DaySummary d : s.days()) {
      hours.add(d.activeSeconds() / 3600.0);
      severity.add(d.knots() == KnotDayStatus.KNOT ? (double) d.maxSeverity() : null);
    }
    chart.addSeries(Messages.get("chart.active.series"), days(s), hours).setFillColor(ACTIVE);
    var knots = chart.addSeries(Messages.get("chart.knot.series"), days(s), severity);
    knots.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Scatter);
    knots.setMarker(SeriesMarkers.DIAMOND);
    knots.setMarkerColor(KNOT);
    knots.setYAxisGroup(1);
    chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
    chart.setYAxisGroupTitle(1, Messages.get("chart.knot.axis"));
    chart.getStyler().setYAxisMin(1, 0.0);
    chart.getStyler().setYAxisMax(1, 5.0);
    chart.getStyler().setYAxisMin(0, 0.0);
    // An empty week would otherwise centre its zero line.
    chart.getStyler().setYAxisMax(0, Math.max(1.0, Collections.max(hours)));
    chart.getStyler().setMarkerSize(16);
    chart.getStyler().setOverlapped(true);
    return chart;
  }

  private static CategoryChart breaks(WeeklySummary s) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT / 2)
            .title(Messages.get("chart.breaks.title"))
            .yAxisTitle(Messages.get("chart.breaks.axis"))
            .build();
    style(chart);
    List<Integer> due = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    for (DaySummary d : s.days()) {
      due.add(d.breaks().due());
      kept.add(d.breaks().kept());
    }
    chart.addSeries(Messages.get("chart.breaks.due"), days(s), due).setFillColor(DUE);
    chart.addSeries(Messages.get("chart.breaks.kept"), days(s), kept).setFillColor(KEPT);
    chart.getStyler().setOverlapped(true);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(Math.max(1.0, Collections.max(due)));
    chart.getStyler().setYAxisDecimalPattern("#");
    return chart;
  }

  private static void style(CategoryChart chart) {
    Styler styler = chart.getStyler();
    styler.setLocale(Messages.locale()); // the axis numbers
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setLegendBorderColor(Color.WHITE);
    styler.setChartTitleBoxVisible(false);
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    chart.getStyler().setAxisTickMarkLength(3);
    chart.getStyler().setAxisTickMarksStroke(new BasicStroke(1f));
  }
}
