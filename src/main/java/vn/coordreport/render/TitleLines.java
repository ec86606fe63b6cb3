package vn.coordreport.render;

import java.awt.Font;

/**
 * A centred title line broken where a clerk breaks it: at a plain space, never
 * within a name (whose words {@link ReportWording#title} binds with no-break
 * spaces), measured in the embedded font. The PDF is given these lines with
 * plain spaces, so that its text reads, copies and searches as it is written;
 * the Word document keeps the no-break spaces instead, and Word breaks the
 * lines itself when a clerk edits the title. A name wider than the line is
 * left to the layout to break at one of its spaces.
 */
final class TitleLines {

    /** Room kept at the line's end, so that the layout, measuring by itself, finds each line fits. */
    private static final double SLACK = 0.97;

    private TitleLines() {
    }

    static String of(String text, Font font, float size, double width) {
        if (text == null) {
            return null;
        }
        StringBuilder lines = new StringBuilder();
        String line = "";
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && TextWidth.width(font, plain(longer), size) > width * SLACK) {
                lines.append(line).append('\n');
                line = word;
            } else {
                line = longer;
            }
        }
        return plain(lines.append(line).toString());
    }

    private static String plain(String text) {
        return text.replace(ReportWording.NO_BREAK, ' ');
    }
}
