package dev.unknot.report;

import dev.unknot.core.i18n.Messages;
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
    // not translated: the page's markup; its words are put in below
    return """
        <!DOCTYPE html>
        <html lang="%s">
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
        <img src="data:image/png;base64,%s" alt="%s">
        <pre>%s</pre>
        </body>
        </html>
        """
        .formatted(
            Messages.locale().toLanguageTag(),
            escape(SummaryText.title(s)),
            escape(SummaryText.title(s)),
            headline,
            Base64.getEncoder().encodeToString(png.toByteArray()),
            escape(Messages.get("chart.alt")).replace("\"", "&quot;"),
            escape(SummaryText.render(s)));
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
