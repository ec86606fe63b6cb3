package vn.coordreport.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import vn.coordreport.render.ChartData.Item;
import vn.coordreport.render.ChartData.UnitGroup;

/**
 * Draws a chart as PNG pictures in greys, the same pictures in the PDF and in
 * the Word document. Each indicator has one bar per series, each labelled with its
 * series and its value; the bars of one unit share a scale, each unit has its
 * own. Grey only, so that it prints in black and white, but drawn in sRGB, not
 * in a grey-scale image: Java's grey-scale images are linear grey, and the PDF
 * library reads the PNG back and converts it to RGB as such, lightening each
 * grey (the bars' 0x40 and 0xA6 became 137 and 211, the light bar nearly white
 * on paper) while Word shows the PNG's own greys. An sRGB image without alpha
 * is the same picture in both, and has no alpha channel for PDF/A to refuse.
 */
final class ChartImage {

    /** Width in points: the body's width. */
    static final int WIDTH = 466;
    /** Pixels per point: 144 dpi. */
    private static final int SCALE = 2;
    private static final int PAD = 4;
    private static final int UNIT_LINE = 15;
    private static final int LABEL_LINE = 13;
    private static final int VALUE_WIDTH = 44;
    private static final float LABEL_SIZE = 10f;
    private static final float SMALL_SIZE = 8.5f;

    private ChartImage() {
    }

    /**
     * The chart as pictures {@code WIDTH} points wide at 144 dpi, one per indicator, read one under the other as
     * one chart: the first of a unit's indicators carries the unit's line, the first picture the chart's top margin
     * and the last its bottom. A page breaks between two indicators, never inside one: as one picture, a term's
     * six indicators of eight years (some 500 points) went whole to the next page, and left the page of the table
     * before it two-thirds empty.
     */
    static List<Picture> draw(ChartData chart, ReportFonts fonts) {
        int barHeight = chart.series().size() <= 2 ? 10 : 7;
        int barStep = barHeight + 2;
        Graphics2D probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY).createGraphics();
        FontMetrics small = probe.getFontMetrics(fonts.regular().deriveFont(SMALL_SIZE));
        int seriesWidth = chart.series().stream().mapToInt(small::stringWidth).max().orElse(0) + 6;
        FontMetrics label = probe.getFontMetrics(fonts.regular().deriveFont(LABEL_SIZE));
        probe.dispose();
        int barLeft = PAD + seriesWidth + 4;
        int barSpace = WIDTH - PAD - VALUE_WIDTH - barLeft;
        List<Picture> pictures = new ArrayList<>();
        int count = chart.groups().stream().mapToInt(group -> group.items().size()).sum();
        for (UnitGroup group : chart.groups()) {
            double max = group.max().doubleValue();
            for (int i = 0; i < group.items().size(); i++) {
                Item item = group.items().get(i);
                boolean firstOfUnit = i == 0;
                boolean first = pictures.isEmpty();
                boolean last = pictures.size() == count - 1;
                List<String> lines = wrap(item.label(), label, WIDTH - 2 * PAD);
                int height = (first ? PAD : 0) + (firstOfUnit ? UNIT_LINE : 0) + lines.size() * LABEL_LINE
                        + chart.series().size() * barStep + 4 + (last ? PAD : 0);
                BufferedImage image = new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                try {
                    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                    g.scale(SCALE, SCALE);
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, WIDTH, height);
                    int y = first ? PAD : 0;
                    if (firstOfUnit) {
                        g.setColor(Color.BLACK);
                        g.setFont(fonts.italic().deriveFont(SMALL_SIZE + 0.5f));
                        g.drawString("Đơn vị tính: " + group.unit(), PAD, y + 11);
                        g.setColor(new Color(0x80, 0x80, 0x80));
                        g.setStroke(new BasicStroke(0.5f));
                        g.drawLine(PAD, y + UNIT_LINE - 1, WIDTH - PAD, y + UNIT_LINE - 1);
                        y += UNIT_LINE;
                    }
                    g.setColor(Color.BLACK);
                    g.setFont(fonts.regular().deriveFont(LABEL_SIZE));
                    for (String line : lines) {
                        g.drawString(line, PAD, y + 10);
                        y += LABEL_LINE;
                    }
                    int top = y;
                    for (int s = 0; s < chart.series().size(); s++) {
                        bar(g, fonts, chart, s, item.values().get(s), max, barLeft, barSpace, y, barHeight);
                        y += barStep;
                    }
                    g.setColor(Color.BLACK);
                    g.setStroke(new BasicStroke(0.6f));
                    g.drawLine(barLeft, top - 1, barLeft, y - 1);
                } finally {
                    g.dispose();
                }
                pictures.add(new Picture(png(image), WIDTH, height));
            }
        }
        return List.copyOf(pictures);
    }

    private static void bar(Graphics2D g, ReportFonts fonts, ChartData chart, int series, BigDecimal value, double max, int left,
            int space, int y, int height) {
        g.setFont(fonts.regular().deriveFont(SMALL_SIZE));
        g.setColor(new Color(0x40, 0x40, 0x40));
        String name = chart.series().get(series);
        g.drawString(name, left - 4 - g.getFontMetrics().stringWidth(name), y + height - 1);
        double length = max <= 0 ? 0 : space * value.doubleValue() / max;
        g.setColor(shade(series, chart.series().size()));
        g.fill(new java.awt.geom.Rectangle2D.Double(left, y, length, height));
        g.setColor(Color.BLACK);
        g.drawString(VietnameseFormat.number(value), (float) (left + length + 3), y + height - 1);
    }

    /** Two series: this period dark, the earlier light; more: from light (oldest) to dark (newest). */
    private static Color shade(int series, int count) {
        int grey;
        if (count <= 2) {
            grey = series == 0 ? 0x40 : 0xA6;
        } else {
            grey = 0xC0 - (0xC0 - 0x30) * series / (count - 1);
        }
        return new Color(grey, grey, grey);
    }

    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && metrics.stringWidth(line + " " + word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A drawn chart: PNG bytes and its size in points. */
    record Picture(byte[] png, int width, int height) {
    }
}
