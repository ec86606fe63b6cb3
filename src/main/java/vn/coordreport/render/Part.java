package vn.coordreport.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A part of the report's outline: its title, its own blocks, then its
 * sub-parts. A part with nothing to say is left out, and the numbers run on
 * without a gap: {@code I.} {@code II.} at the first level, {@code 1.} at the
 * second, {@code a)} {@code b)} ... {@code đ)} at the third.
 */
record Part(String title, List<Block> blocks, List<Part> parts) {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    static Part of(String title, List<Block> blocks) {
        return new Part(title, blocks, List.of());
    }

    static Part of(String title, List<Block> blocks, List<Part> parts) {
        return new Part(title, blocks, parts);
    }

    boolean empty() {
        return blocks.isEmpty() && parts.stream().allMatch(Part::empty);
    }

    /** The blocks of these first-level parts, headings numbered. */
    static List<Block> number(List<Part> parts) {
        List<Block> out = new ArrayList<>();
        emit(parts, 1, out);
        return out;
    }

    /**
     * A part alone under its parent (its siblings empty) is headed without a number: "1." with no "2." after it
     * ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2019" over "1. Nhiệm vụ trọng tâm năm 2019" alone) reads as a list cut short.
     */
    private static void emit(List<Part> parts, int level, List<Block> out) {
        int index = 0;
        boolean alone = level > 1 && parts.stream().filter(p -> !p.empty()).count() == 1;
        for (Part part : parts) {
            if (part.empty()) {
                continue;
            }
            String title = level == 1 ? ReportWording.upper(part.title()) : part.title();
            out.add(new Block.Heading(level, alone ? title : number(level, index++) + " " + title));
            out.addAll(part.blocks());
            emit(part.parts(), level + 1, out);
        }
    }

    private static String number(int level, int index) {
        return switch (level) {
            case 1 -> (index < ROMAN.length ? ROMAN[index] : String.valueOf(index + 1)) + ".";
            case 2 -> (index + 1) + ".";
            default -> ReportWording.letter(index) + ")";
        };
    }
}
