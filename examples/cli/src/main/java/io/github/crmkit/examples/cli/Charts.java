package io.github.crmkit.examples.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Small PNG charts drawn with Java2D (headless): bars, a heatmap and lines. */
final class Charts {
  private Charts() {}

  static final int W = 900;
  static final int H = 420;
  private static final int LEFT = 170;
  private static final int RIGHT = 30;
  private static final int TOP = 50;
  private static final int BOTTOM = 60;
  private static final Color INK = new Color(40, 40, 40);
  private static final Color BAR = new Color(52, 101, 164);

  private static Graphics2D canvas(BufferedImage img, String title) {
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setColor(INK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(title, LEFT, 28);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    return g;
  }

  /** Horizontal bars, one per label. */
  static void bars(Path file, String title, List<String> labels, double[] values, String unit) {
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(img, title);
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    int n = labels.size();
    int plotW = W - LEFT - RIGHT - 90;
    double rowH = (H - TOP - 20.0) / Math.max(1, n);
    FontMetrics fm = g.getFontMetrics();
    for (int i = 0; i < n; i++) {
      int y = (int) (TOP + i * rowH);
      int w = max == 0 ? 0 : (int) Math.round(values[i] / max * plotW);
      g.setColor(BAR);
      g.fillRect(LEFT, y + 2, Math.max(1, w), (int) Math.max(1, rowH - 4));
      g.setColor(INK);
      String label = labels.get(i);
      g.drawString(label, LEFT - 8 - fm.stringWidth(label), (int) (y + rowH / 2 + 4));
      g.drawString(
          String.format(Locale.ROOT, "%,.0f %s", values[i], unit),
          LEFT + w + 6,
          (int) (y + rowH / 2 + 4));
    }
    g.dispose();
    write(img, file);
  }

  /** A heatmap: grid[row][col], rows drawn top to bottom. */
  static void heatmap(
      Path file,
      String title,
      double[][] grid,
      List<String> rows,
      List<String> cols,
      String xLabel,
      String yLabel) {
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(img, title);
    double max = 0;
    double min = Double.MAX_VALUE;
    for (double[] r : grid) {
      for (double v : r) {
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
    }
    int plotW = W - LEFT - RIGHT;
    int plotH = H - TOP - BOTTOM;
    double cw = (double) plotW / cols.size();
    double ch = (double) plotH / rows.size();
    FontMetrics fm = g.getFontMetrics();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < cols.size(); c++) {
        double t = max == min ? 0 : (grid[r][c] - min) / (max - min);
        g.setColor(new Color((int) (255 - 200 * t), (int) (255 - 150 * t), 255 - (int) (60 * t)));
        g.fillRect(
            (int) (LEFT + c * cw), (int) (TOP + r * ch), (int) Math.ceil(cw), (int) Math.ceil(ch));
        if (cw > 34 && ch > 16) {
          g.setColor(t > 0.6 ? Color.WHITE : INK);
          String s =
              grid[r][c] >= 100
                  ? String.format(Locale.ROOT, "%,.0f", grid[r][c])
                  : String.format(Locale.ROOT, "%.2f", grid[r][c]);
          g.drawString(
              s,
              (int) (LEFT + c * cw + cw / 2 - fm.stringWidth(s) / 2.0),
              (int) (TOP + r * ch + ch / 2 + 4));
        }
      }
      g.setColor(INK);
      g.drawString(
          rows.get(r), LEFT - 8 - fm.stringWidth(rows.get(r)), (int) (TOP + r * ch + ch / 2 + 4));
    }
    int step = Math.max(1, cols.size() / 12);
    for (int c = 0; c < cols.size(); c += step) {
      g.drawString(
          cols.get(c),
          (int) (LEFT + c * cw + cw / 2 - fm.stringWidth(cols.get(c)) / 2.0),
          TOP + plotH + 16);
    }
    g.drawString(xLabel, LEFT + plotW / 2 - fm.stringWidth(xLabel) / 2, H - 14);
    g.drawString(yLabel, 10, TOP - 8);
    g.dispose();
    write(img, file);
  }

  /** A line through (x, y) points with labelled axes; dots and names at the points if named. */
  static void line(
      Path file,
      String title,
      double[] x,
      double[] y,
      String xLabel,
      String yLabel,
      List<String> xNames) {
    plot(file, title, x, new double[][] {y}, null, xLabel, yLabel, Double.NaN, xNames, "%.2f");
  }

  private static final Color[] SERIES = {
    new Color(52, 101, 164), new Color(204, 0, 0), new Color(78, 154, 6), new Color(117, 80, 123)
  };

  /**
   * Several lines over the same x values, with a legend; a dashed vertical rule at {@code marker}
   * (the calibration end of a tracking plot) unless it is NaN.
   */
  static void lines(
      Path file,
      String title,
      double[] x,
      double[][] series,
      List<String> names,
      String xLabel,
      String yLabel,
      double marker) {
    plot(file, title, x, series, names, xLabel, yLabel, marker, null, "%.0f");
  }

  /** The one line-chart routine: series over shared x, optional legend, marker and x names. */
  private static void plot(
      Path file,
      String title,
      double[] x,
      double[][] series,
      @org.jspecify.annotations.Nullable List<String> names,
      String xLabel,
      String yLabel,
      double marker,
      @org.jspecify.annotations.Nullable List<String> xNames,
      String yFormat) {
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(img, title);
    double x0 = x[0];
    double x1 = x[x.length - 1];
    double ymin = 0;
    double ymax = 0;
    for (double[] y : series) {
      for (double v : y) {
        ymin = Math.min(ymin, v);
        ymax = Math.max(ymax, v);
      }
    }
    if (ymax == ymin) {
      ymax = ymin + 1;
    }
    int plotW = W - LEFT - RIGHT;
    int plotH = H - TOP - BOTTOM;
    g.setColor(new Color(200, 200, 200));
    g.drawLine(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH);
    g.drawLine(LEFT, TOP, LEFT, TOP + plotH);
    double zeroY = TOP + plotH - (0 - ymin) / (ymax - ymin) * plotH;
    g.drawLine(LEFT, (int) zeroY, LEFT + plotW, (int) zeroY);
    if (!Double.isNaN(marker) && x1 > x0) {
      int mx = (int) (LEFT + (marker - x0) / (x1 - x0) * plotW);
      g.setStroke(
          new BasicStroke(
              1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6, 4}, 0));
      g.drawLine(mx, TOP, mx, TOP + plotH);
    }
    for (int k = 0; k < series.length; k++) {
      Color c = SERIES[k % SERIES.length];
      g.setColor(c);
      g.setStroke(new BasicStroke(series.length == 1 ? 2.5f : 2.2f));
      int px = -1;
      int py = -1;
      for (int i = 0; i < x.length; i++) {
        int sx = (int) (LEFT + (x1 == x0 ? 0 : (x[i] - x0) / (x1 - x0)) * plotW);
        int sy = (int) (TOP + plotH - (series[k][i] - ymin) / (ymax - ymin) * plotH);
        if (px >= 0) {
          g.drawLine(px, py, sx, sy);
        }
        if (xNames != null) {
          g.fillOval(sx - 4, sy - 4, 8, 8);
        }
        px = sx;
        py = sy;
      }
      if (names != null) {
        int ly = TOP + 14 + 16 * k;
        g.fillRect(LEFT + 12, ly - 9, 18, 4);
        g.setColor(INK);
        g.drawString(names.get(k), LEFT + 36, ly - 3);
      }
    }
    g.setColor(INK);
    FontMetrics fm = g.getFontMetrics();
    String top = String.format(Locale.ROOT, yFormat, ymax);
    g.drawString(top, LEFT - 8 - fm.stringWidth(top), TOP + 4);
    String bottom = String.format(Locale.ROOT, yFormat, ymin);
    g.drawString(bottom, LEFT - 8 - fm.stringWidth(bottom), TOP + plotH + 4);
    if (xNames != null) {
      for (int i = 0; i < x.length; i++) {
        int sx = (int) (LEFT + (x1 == x0 ? 0 : (x[i] - x0) / (x1 - x0)) * plotW);
        String name = xNames.get(i);
        g.drawString(name, sx - fm.stringWidth(name) / 2, TOP + plotH + 16);
      }
    } else {
      g.drawString(String.format(Locale.ROOT, "%.0f", x0), LEFT, TOP + plotH + 16);
      String end = String.format(Locale.ROOT, "%.0f", x1);
      g.drawString(end, LEFT + plotW - fm.stringWidth(end), TOP + plotH + 16);
    }
    g.drawString(xLabel, LEFT + plotW / 2 - fm.stringWidth(xLabel) / 2, H - 14);
    g.drawString(yLabel, 10, TOP - 8);
    g.dispose();
    write(img, file);
  }

  private static void write(BufferedImage img, Path file) {
    try {
      if (!ImageIO.write(img, "png", file.toFile())) {
        throw new IOException("no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }
}
