package dev.unknot.report;

import dev.unknot.core.summary.WeeklySummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** The weekly summary as one self-contained HTML page: the chart inline, then the text. */
public final class SummaryHtml {

  private SummaryHtml() {}

  public static String render(WeeklySummary s) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(SummaryChart.draw(s), "png", png);
    StringBuilder headline = new StringBuilder();
    for (String line : SummaryText.headline(s)) {
      headline.append("<li>").append(escape(line)).append("</li>\n");
    }
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>%s</title>
        <style>
          body { font-family: sans-serif; max-width: 52rem; margin: 2rem auto; color: #222; }
          pre { font-size: 0.9rem; line-height: 1.35; }
          img { max-width: 100%%; }
        </style>
        </head>
        <body>
        <h1>%s</h1>
        <ul>
        %s</ul>
        <img src="data:image/png;base64,%s" alt="Active hours and breaks per day">
        <pre>%s</pre>
        </body>
        </html>
        """
        .formatted(
            escape(SummaryText.title(s)),
            escape(SummaryText.title(s)),
            headline,
            Base64.getEncoder().encodeToString(png.toByteArray()),
            escape(SummaryText.render(s)));
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
