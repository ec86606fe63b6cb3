package vn.coordreport.issuing;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import vn.coordreport.messages.Messages;

/**
 * Where, in a rendered final, the văn thư's number and date go and where the
 * signature goes, read from the text the PDF shows rather than from the
 * template's coordinates, so that a new layout keeps working: on page 1 the
 * blank after {@code Số:} (state layout, {@code Số:      /BC-SNgV}) or
 * {@code Số} (Party layout, {@code Số      -BC/ĐU}) and the blanks after
 * {@code ngày}, {@code tháng} and {@code năm} of the place-and-date line; on
 * the last page the signer's name and the title above it, between which the
 * signature is shown.
 */
record Placements(Slot number, Slot day, Slot month, Slot year, int signaturePage, float signatureCenterX,
        float titleBottom, float nameTop, String numberSymbol) {

    /**
     * A blank to write into: its rectangle (user space), the baseline and size of the text around it, and how the
     * figures sit in it, as a form field's {@code /Q} says it: flush right (the number, against its symbol),
     * centred (the day and month, between their words) or flush left (the year, after {@code năm}: centred, it
     * stood two spaces off, "năm  2026").
     */
    record Slot(PDRectangle box, float baseline, float fontSize, int quadding) {

        static final int LEFT = 0;
        static final int CENTRED = 1;
        static final int RIGHT = 2;
    }

    private static final Pattern NUMBER = Pattern.compile("^(Số:?)(\\s+)(\\S.*)$");
    private static final Pattern DATE = Pattern.compile("ngày(\\s+)tháng(\\s+)năm(\\s*)$");
    /** Two figures need about one em; a blank narrower than this was not left for them. */
    private static final float SMALLEST_BLANK_EMS = 1.0f;

    /**
     * @throws IllegalArgumentException saying what is missing: a blank number or date on page 1, the
     *                                  signer's name on the last page, or a title above it
     */
    static Placements find(PDDocument document, String signerName) throws IOException {
        List<PageLines.Line> first = PageLines.of(document, 0);
        PageLines.Line numberLine = first.stream().filter(l -> NUMBER.matcher(l.text()).matches()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("issuing.place.noNumberLine")));
        Matcher n = NUMBER.matcher(numberLine.text());
        n.matches();
        if (Character.isDigit(n.group(3).charAt(0))) {
            throw new IllegalArgumentException(Messages.text("issuing.place.numbered", numberLine.text().strip()));
        }
        Slot number = slotBetween(numberLine, n.end(1), n.start(3), Slot.RIGHT, "number");
        PageLines.Line dateLine = first.stream().filter(l -> DATE.matcher(l.text()).find()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("issuing.place.noDateLine")));
        Matcher d = DATE.matcher(dateLine.text());
        d.find();
        Slot day = slotBetween(dateLine, d.start(1), d.end(1), Slot.CENTRED, "day");
        Slot month = slotBetween(dateLine, d.start(2), d.end(2), Slot.CENTRED, "month");
        Slot year = slotAfter(dateLine, d.start(3), 4);

        int last = document.getNumberOfPages() - 1;
        List<PageLines.Line> lines = PageLines.of(document, last);
        String wanted = normal(signerName);
        PageLines.Line name = lines.stream().filter(l -> normal(l.text()).equals(wanted))
                .reduce((a, b) -> b.baseline() < a.baseline() ? b : a)
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("issuing.place.noSignerName", signerName)));
        PageLines.Line title = lines.stream()
                .filter(l -> l.baseline() > name.baseline() + name.fontSize() && overlaps(l, name))
                .min((a, b) -> Float.compare(a.baseline(), b.baseline()))
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("issuing.place.noTitle", signerName)));
        return new Placements(number, day, month, year, last, (title.left() + title.right()) / 2, title.bottom(),
                name.top(), n.group(3).strip());
    }

    /**
     * The blank between two text indexes of a line (a run of spaces), from glyph edge to glyph edge; {@code what}
     * is {@code number}, {@code day} or {@code month} (its words: {@code issuing.place.slot.*}).
     */
    private static Slot slotBetween(PageLines.Line line, int blankStart, int blankEnd, int quadding,
            String what) {
        List<PageLines.Glyph> glyphs = line.glyphs();
        int before = glyphAt(line, blankStart) - 1;
        int after = glyphAt(line, blankEnd);
        PageLines.Glyph left = glyphs.get(before);
        PageLines.Glyph right = glyphs.get(after);
        float from = left.x() + left.width();
        float to = right.x();
        float size = left.fontSize();
        if (to - from < SMALLEST_BLANK_EMS * size) {
            throw new IllegalArgumentException(Messages.text("issuing.place.noRoom",
                    Messages.text("issuing.place.slot." + what), to - from));
        }
        return slot(from, to, left.baseline(), size, quadding);
    }

    /** The blank at the end of a line, after its last glyph, wide enough for {@code figures} figures. */
    private static Slot slotAfter(PageLines.Line line, int index, int figures) {
        PageLines.Glyph last = line.glyphs().get(glyphAt(line, index) - 1);
        float size = last.fontSize();
        // flush left, its box starting an eighth of an em before the word's end: with the field's own padding
        // (PDFBox's appearance insets its text) the year stands one space after "năm", as the day after "ngày"
        float from = last.x() + last.width() - size * 0.125f;
        return slot(from, from + size * (figures * 0.5f + 0.75f), last.baseline(), size, Slot.LEFT);
    }

    private static Slot slot(float from, float to, float baseline, float size, int quadding) {
        return new Slot(new PDRectangle(from, baseline - size * 0.3f, to - from, size * 1.3f), baseline, size,
                quadding);
    }

    /** The glyph that starts at a character index of the line's text (glyphs may carry more than one char). */
    private static int glyphAt(PageLines.Line line, int index) {
        int chars = 0;
        List<PageLines.Glyph> glyphs = line.glyphs();
        for (int i = 0; i < glyphs.size(); i++) {
            if (chars >= index) {
                return i;
            }
            chars += glyphs.get(i).text().length();
        }
        return glyphs.size();
    }

    private static boolean overlaps(PageLines.Line a, PageLines.Line b) {
        return a.left() < b.right() && b.left() < a.right();
    }

    private static String normal(String text) {
        return Optional.ofNullable(text).map(t -> Normalizer.normalize(t, Normalizer.Form.NFC))
                .map(t -> t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT)).orElse("");
    }
}
