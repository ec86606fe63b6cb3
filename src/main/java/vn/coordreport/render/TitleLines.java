package vn.coordreport.render;

import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /**
     * The lines of a name in the header, as few as {@link #of} gives but balanced, the longest as short as it can
     * be: "ĐẢNG ỦY BỘ ĐỘI" above "BIÊN PHÒNG TỈNH", as a clerk sets it, where filling each line in turn left
     * "ĐẢNG ỦY BỘ ĐỘI BIÊN" above "PHÒNG TỈNH", the name of the Border Guard cut in two. Plain spaces within each
     * line, the lines separated by {@code \n}.
     */
    static String balanced(String text, Font font, float size, double width) {
        String greedy = of(text, font, size, width);
        if (text == null || text.isBlank()) {
            return greedy;
        }
        int lines = greedy.split("\n").length;
        String[] words = text.split(" ");
        if (lines < 2 || words.length > 16) {
            return greedy;
        }
        List<String> best = balanced(words, 0, lines, font, size, width * SLACK);
        return best == null ? greedy : String.join("\n", best);
    }

    /** The words from {@code from} on, in {@code lines} lines each within {@code room}, the longest shortest. */
    private static List<String> balanced(String[] words, int from, int lines, Font font, float size, double room) {
        if (lines == 1) {
            String line = plain(String.join(" ", Arrays.copyOfRange(words, from, words.length)));
            return TextWidth.width(font, line, size) <= room ? List.of(line) : null;
        }
        List<String> best = null;
        double bestWidth = Double.MAX_VALUE;
        for (int end = from + 1; end <= words.length - (lines - 1); end++) {
            String first = plain(String.join(" ", Arrays.copyOfRange(words, from, end)));
            double firstWidth = TextWidth.width(font, first, size);
            if (firstWidth > room) {
                break;
            }
            List<String> rest = balanced(words, end, lines - 1, font, size, room);
            if (rest != null) {
                double widest = Math.max(firstWidth, rest.stream()
                        .mapToDouble(line -> TextWidth.width(font, line, size)).max().orElse(0));
                if (widest < bestWidth) {
                    bestWidth = widest;
                    best = new ArrayList<>(List.of(first));
                    best.addAll(rest);
                }
            }
        }
        return best;
    }

    private static String plain(String text) {
        return text.replace(ReportWording.NO_BREAK, ' ');
    }
}
