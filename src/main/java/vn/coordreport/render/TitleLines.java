package vn.coordreport.render;

import java.awt.Font;
import java.util.ArrayList;
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
     * The lines of a name in the header, broken between its groups of words ({@link NameGroups}): "BỘ TƯ LỆNH" above
     * "BỘ ĐỘI BIÊN PHÒNG", "ỦY BAN NHÂN DÂN" above "TỈNH LẠNG SƠN", "ĐẢNG ỦY" above "BỘ ĐỘI BIÊN PHÒNG TỈNH", where the
     * most balanced lines cut "BỘ TƯ LỆNH BỘ" from "ĐỘI BIÊN PHÒNG". Of the ways to set it in as few lines as {@link
     * #of} gives, or one more, the one with the fewest breaks inside a group, then the fewest lines, then the longest
     * line the shortest. A group wider than the line leaves the name to be balanced word by word. Plain spaces within
     * each line, the lines separated by {@code \n}.
     */
    static String balanced(String text, Font font, float size, double width) {
        String greedy = of(text, font, size, width);
        if (text == null || text.isBlank() || greedy.split("\n").length < 2) {
            return greedy;
        }
        double room = width * SLACK;
        NameGroups.Groups groups = NameGroups.of(text);
        int fewest = of(String.join(" ", groups.groups()), font, size, width).split("\n").length;
        Setting best = null;
        for (int lines = fewest; lines <= fewest + 1 && groups.groups().size() <= 16; lines++) {
            best = better(best, set(groups.groups(), groups.natural(), 0, lines, font, size, room));
        }
        if (best == null) {
            String[] words = text.split(" ");
            if (words.length <= 16) {
                best = set(List.of(words), java.util.Collections.nCopies(words.length, false), 0,
                        greedy.split("\n").length, font, size, room);
            }
        }
        return best == null ? greedy : String.join("\n", best.lines());
    }

    /** Lines of a name: how many breaks fall inside a group, and the longest line's width. */
    private record Setting(List<String> lines, int unnatural, double widest) {
    }

    private static Setting better(Setting a, Setting b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        java.util.Comparator<Setting> order = java.util.Comparator.comparingInt(Setting::unnatural)
                .thenComparingInt(s -> s.lines().size()).thenComparingDouble(Setting::widest);
        return order.compare(b, a) < 0 ? b : a;
    }

    /**
     * The pieces from {@code from} on in {@code lines} lines each within {@code room}, the fewest breaks inside a
     * group first ({@code natural.get(i)}: a break after piece {@code i} is between groups), then the longest line the
     * shortest; null if they do not fit.
     */
    private static Setting set(List<String> pieces, List<Boolean> natural, int from, int lines, Font font, float size,
            double room) {
        if (lines == 1) {
            String line = plain(String.join(" ", pieces.subList(from, pieces.size())));
            double width = TextWidth.width(font, line, size);
            return width <= room ? new Setting(List.of(line), 0, width) : null;
        }
        Setting best = null;
        for (int end = from + 1; end <= pieces.size() - (lines - 1); end++) {
            String first = plain(String.join(" ", pieces.subList(from, end)));
            double firstWidth = TextWidth.width(font, first, size);
            if (firstWidth > room) {
                break;
            }
            Setting rest = set(pieces, natural, end, lines - 1, font, size, room);
            if (rest != null) {
                List<String> all = new ArrayList<>(List.of(first));
                all.addAll(rest.lines());
                Setting candidate = new Setting(all, rest.unnatural() + (natural.get(end - 1) ? 0 : 1),
                        Math.max(firstWidth, rest.widest()));
                best = better(best, candidate);
            }
        }
        return best;
    }

    private static String plain(String text) {
        return text.replace(ReportWording.NO_BREAK, ' ');
    }
}
