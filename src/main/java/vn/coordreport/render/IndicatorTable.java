package vn.coordreport.render;

import static vn.coordreport.render.VietnameseFormat.changeInTable;
import static vn.coordreport.render.VietnameseFormat.number;
import static vn.coordreport.render.VietnameseFormat.percentOf;
import static vn.coordreport.render.VietnameseFormat.shortDate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.coordreport.period.Period;
import vn.coordreport.review.Review;
import vn.coordreport.review.Review.IndicatorFigure;
import vn.coordreport.review.Review.TermYear;

/**
 * The table of the main indicators, grouped by field. Its columns follow what
 * may be compared: this period and the same period a year earlier with the
 * change where the regulation covered that period in full; that period's
 * figure without a change where it covered part of it; this period alone
 * where it did not; for a term review, each year and the total. The plan
 * columns appear only where a target is set, the total since signing only
 * where the regulation is older than the period.
 */
final class IndicatorTable {

    /** The body's width in points, as the columns' weights add up. */
    static final int WIDTH = 466;
    private static final long BILLION = 1_000_000_000L;

    private IndicatorTable() {
    }

    static Block.Table of(Review review, Coverage coverage, List<IndicatorFigure> indicators) {
        boolean targets = indicators.stream().anyMatch(i -> i.target() != null);
        boolean since = !coverage.term() && review.agreement().effectiveFrom() != null
                && review.agreement().effectiveFrom().isBefore(review.range().from());
        List<Block.Column> numbers = new ArrayList<>();
        String current = ReportWording.capitalized(review.period().vietnameseName());
        String previous = ReportWording.capitalized(review.previous().vietnameseName());
        List<TermYear> years = review.termYears();
        if (coverage.term()) {
            int width = Math.max(30, Math.min(42, (WIDTH - 150 - 44 - 46) / Math.max(1, years.size())));
            years.forEach(y -> numbers.add(new Block.Column(String.valueOf(y.year()), width, 'R')));
            numbers.add(new Block.Column("Tổng", 46, 'R'));
        } else {
            numbers.add(new Block.Column(current, 50, 'R'));
            if (coverage.full()) {
                numbers.add(new Block.Column(previous, 50, 'R'));
                numbers.add(new Block.Column("So với cùng kỳ", 56, 'C'));
            } else if (coverage.partial()) {
                numbers.add(new Block.Column(previous + " (từ " + shortDate(coverage.since()) + ")", 64, 'R'));
            }
            if (targets) {
                numbers.add(new Block.Column("Kế hoạch", 44, 'R'));
                numbers.add(new Block.Column("Đạt (% kế hoạch)", 46, 'R'));
            }
            if (since) {
                numbers.add(new Block.Column("Lũy kế từ khi ký kết", 50, 'R'));
            }
        }
        int used = 44 + numbers.stream().mapToInt(Block.Column::weight).sum();
        List<Block.Column> columns = new ArrayList<>();
        columns.add(new Block.Column("Chỉ tiêu", WIDTH - used, 'L'));
        columns.add(new Block.Column("Đơn vị tính", 44, 'C'));
        columns.addAll(numbers);

        List<Block.Row> rows = new ArrayList<>();
        String group = null;
        for (IndicatorFigure i : indicators) {
            String key = AchievementSection.key(i.fieldCode(), i.fieldName());
            if (!key.equals(group)) {
                group = key;
                rows.add(Block.Row.group(i.fieldName()));
            }
            List<String> cells = new ArrayList<>(List.of(ReportWording.clause(i.name()), i.unit()));
            if (coverage.term()) {
                i.byYear().forEach(q -> cells.add(number(q)));
                pad(cells, 2 + years.size());
                cells.add(number(i.quantity()));
            } else {
                cells.add(number(i.quantity()));
                if (coverage.full()) {
                    cells.add(number(i.previousQuantity()));
                    cells.add(changeInTable(i.quantity(), i.previousQuantity()));
                } else if (coverage.partial()) {
                    cells.add(number(i.previousQuantity()));
                }
                if (targets) {
                    cells.add(number(i.target()));
                    cells.add(percentOf(i.quantity(), i.target()));
                }
                if (since) {
                    cells.add(number(i.totalSinceEffective()));
                }
            }
            rows.add(Block.Row.cells(cells));
            details(i, coverage, columns.size(), rows);
        }
        return new Block.Table(fitted(columns, rows), List.copyOf(rows), note(review, coverage));
    }

    /** The size of a table's cells (TableTemplates, WordDocument) and the room their padding takes, in points. */
    static final float CELL_FONT = 10.5f;
    static final int CELL_PADDING = 6;
    /** The narrowest the indicators' names are made to give room to figures: about four words a line. */
    private static final int NAME_MIN = 110;

    /**
     * The columns widened, where a figure (or a word) is wider than its column, to the widest: "1.500.000" in a term
     * review's year column of 30 points broke into "1.500." and "000", which a reader may take for two figures. The
     * room is taken from the indicators' names, down to {@link #NAME_MIN}; a figure that still does not fit is
     * set smaller by the renderers, never broken.
     */
    private static List<Block.Column> fitted(List<Block.Column> columns, List<Block.Row> rows) {
        int[] widths = columns.stream().mapToInt(Block.Column::weight).toArray();
        java.awt.Font font = ReportFonts.shared().regular();
        for (Block.Row row : rows) {
            for (int c = 2; c < row.cells().size() && c < widths.length; c++) {
                String cell = row.cells().get(c);
                // a cell of words ("mới phát sinh") may break between them; a figure or a word may not
                for (String word : cell == null ? new String[0] : cell.split(" ")) {
                    if (!word.isEmpty()) {
                        widths[c] = Math.max(widths[c], widthOf(font, word));
                    }
                }
            }
        }
        wholeCells(widths, rows, font);
        int others = java.util.Arrays.stream(widths).sum() - widths[0];
        int name = Math.max(NAME_MIN, WIDTH - others);
        int excess = name + others - WIDTH;
        List<Block.Column> fitted = new ArrayList<>();
        fitted.add(new Block.Column(columns.get(0).header(), name, columns.get(0).align()));
        // what the names cannot give is taken back from the widened columns, in proportion to their widening
        int widened = 0;
        for (int c = 1; c < widths.length; c++) {
            widened += widths[c] - columns.get(c).weight();
        }
        int given = 0;
        for (int c = 1; c < widths.length; c++) {
            int back = widened == 0 ? 0 : (int) Math.ceil((double) excess * (widths[c] - columns.get(c).weight()) / widened);
            back = Math.min(back, Math.max(0, excess - given));
            given += back;
            fitted.add(new Block.Column(columns.get(c).header(), widths[c] - back, columns.get(c).align()));
        }
        return List.copyOf(fitted);
    }

    /** The narrowest the names are made for a unit or a comparison to stand on one line: most in two lines. */
    private static final int NAME_ROOMY = 150;

    /**
     * Then a cell of words on one line: "thỏa thuận" over "thỏa" and "thuận", "giảm 31,8%" or "mới phát sinh" in two
     * lines beside a name on one read as two rows. The columns that need least first, while the names keep
     * {@link #NAME_ROOMY}, or, below it (an annual table of eight columns), down to {@link #NAME_MIN} where no row grows
     * taller for it: a name given a third line would cost more than the unit saves.
     */
    private static void wholeCells(int[] widths, List<Block.Row> rows, java.awt.Font font) {
        int[] whole = widths.clone();
        for (Block.Row row : rows) {
            for (int c = 1; c < row.cells().size() && c < widths.length; c++) {
                String cell = row.cells().get(c);
                if (cell != null && !cell.isBlank()) {
                    whole[c] = Math.max(whole[c], widthOf(font, cell));
                }
            }
        }
        java.util.stream.IntStream.range(1, widths.length).boxed()
                .sorted(java.util.Comparator.comparingInt(c -> whole[c] - widths[c]))
                .forEach(c -> {
                    int name = WIDTH - (java.util.Arrays.stream(widths).sum() - widths[0]);
                    int narrower = name - (whole[c] - widths[c]);
                    int[] wider = widths.clone();
                    wider[0] = narrower;
                    wider[c] = whole[c];
                    int[] now = widths.clone();
                    now[0] = name;
                    if (narrower >= NAME_ROOMY || (narrower >= NAME_MIN && noRowGrows(rows, now, wider, font))) {
                        widths[c] = whole[c];
                    }
                });
    }

    /** Whether every row of cells is as many lines high or fewer with the columns {@code after} as {@code before}. */
    private static boolean noRowGrows(List<Block.Row> rows, int[] before, int[] after, java.awt.Font font) {
        return rows.stream().filter(r -> r.cells().size() == before.length)
                .allMatch(r -> height(r, after, font) <= height(r, before, font));
    }

    /** The lines of a row's tallest cell, each broken between words as the renderers break it. */
    private static int height(Block.Row row, int[] widths, java.awt.Font font) {
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            lines = Math.max(lines, lines(row.cells().get(c), widths[c], font));
        }
        return lines;
    }

    private static int lines(String text, int width, java.awt.Font font) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        double room = width - CELL_PADDING;
        double space = TextWidth.width(font, " ", CELL_FONT);
        int lines = 1;
        double used = -space;
        for (String word : text.strip().split("\\s+")) {
            double w = TextWidth.width(font, word, CELL_FONT);
            if (used + space + w > room && used > 0) {
                lines++;
                used = w;
            } else {
                used += space + w;
            }
        }
        return lines;
    }

    /** The width a cell needs for this text on one line, with its padding. */
    static int widthOf(java.awt.Font font, String text) {
        return (int) Math.ceil(TextWidth.width(font, text, CELL_FONT)) + CELL_PADDING;
    }

    /** The amounts' and the counterparts' rows under an indicator's, where it has any. */
    private static void details(IndicatorFigure i, Coverage coverage, int width, List<Block.Row> rows) {
        boolean compared = coverage.showsPrevious();
        if (i.amountVnd() != null || (compared && i.previousAmountVnd() != null)) {
            long now = i.amountVnd() == null ? 0 : i.amountVnd();
            long before = i.previousAmountVnd() == null ? 0 : i.previousAmountVnd();
            // a year without an amount is 0, as a year without a record is 0 in the indicator's row
            List<Long> years = coverage.term() ? i.yearDetails().stream()
                    .map(y -> y.amountVnd() == null ? 0L : y.amountVnd()).toList() : List.of();
            List<Long> shown = new ArrayList<>(years);
            shown.add(now);
            if (compared && !coverage.term()) {
                shown.add(before);
            }
            AmountUnit unit = AmountUnit.exactFor(shown);
            List<String> cells = new ArrayList<>(List.of("– " + Phrases.amountWords(i), unit.words));
            String nowText = unit.of(now);
            if (coverage.term()) {
                years.forEach(amount -> cells.add(unit.of(amount)));
                pad(cells, width - 1);
                cells.add(nowText);
            } else {
                cells.add(nowText);
                if (compared) {
                    cells.add(unit.of(before));
                }
                if (coverage.full()) {
                    cells.add(changeInTable(now, before));
                }
            }
            rows.add(Block.Row.detail(pad(cells, width)));
        }
        if (i.counterparts() > 0 || (compared && i.previousCounterparts() > 0)) {
            String partners = Phrases.partners(i);
            List<String> cells = new ArrayList<>(List.of("– Số " + partners, unitOf(partners)));
            if (coverage.term()) {
                i.yearDetails().forEach(year -> cells.add(number(year.counterparts())));
                pad(cells, width - 1);
                cells.add(number(i.counterparts()));
            } else {
                cells.add(number(i.counterparts()));
                if (compared) {
                    cells.add(number(i.previousCounterparts()));
                }
                if (coverage.full()) {
                    cells.add(changeInTable(i.counterparts(), i.previousCounterparts()));
                }
            }
            rows.add(Block.Row.detail(pad(cells, width)));
        }
    }

    /** The nouns the built-in phrases count partners in: the unit of their row ({@code đơn vị bảo vệ ...}: đơn vị). */
    private static final List<String> PARTNER_UNITS = List.of("quốc gia, vùng lãnh thổ", "nhà đầu tư", "đối tác",
            "tổ chức", "đơn vị", "cơ quan", "quốc tịch", "đối tượng");

    /** The unit of a partners' row: the noun the sentence counts them in, without what qualifies it. */
    static String unitOf(String partners) {
        return PARTNER_UNITS.stream().filter(u -> partners.equals(u) || partners.startsWith(u + " ")).findFirst()
                .orElse(partners);
    }

    private static String note(Review review, Coverage coverage) {
        if (coverage.partial()) {
            return "Ghi chú: số liệu " + review.previous().vietnameseName() + " tính từ ngày "
                    + shortDate(coverage.since()) + ", ngày Quy chế có hiệu lực; không tính tỷ lệ so sánh với cùng kỳ.";
        }
        if (coverage.term() && !review.termYears().isEmpty()) {
            List<String> cut = new ArrayList<>();
            TermYear first = review.termYears().get(0);
            TermYear last = review.termYears().get(review.termYears().size() - 1);
            if (!first.range().equals(Period.year(first.year()).range(review.calendar()))) {
                cut.add("năm " + first.year() + " tính từ ngày " + shortDate(first.range().from()));
            }
            if (!last.range().equals(Period.year(last.year()).range(review.calendar()))) {
                cut.add("năm " + last.year() + " tính đến ngày " + shortDate(last.range().to()));
            }
            return cut.isEmpty() ? null : "Ghi chú: " + String.join("; ", cut) + ".";
        }
        return null;
    }

    private static List<String> pad(List<String> cells, int size) {
        while (cells.size() < size) {
            cells.add("");
        }
        return cells;
    }

    /**
     * The unit of a row of amounts in which each of them is said exactly, as the sentence says one
     * ({@link VietnameseFormat#money}): tỷ đồng from a billion up when they are whole tens of millions (8,35), else
     * triệu đồng when they are whole tens of thousands (1.234,5), else đồng. "1,23 tỷ đồng" in the table beside
     * "1.234.567.000 đồng" in the sentence were two figures.
     */
    private enum AmountUnit {
        /** A row that reaches a thousand billion: in whole tỷ, as the sentence says it. */
        WHOLE_BILLIONS("tỷ đồng", 1_000_000_000L, 1L),
        BILLION("tỷ đồng", 1_000_000_000L, 10_000_000L),
        MILLION("triệu đồng", 1_000_000L, 10_000L),
        VND("đồng", 1L, 1L);

        final String words;
        private final long size;
        private final long step;

        AmountUnit(String words, long size, long step) {
            this.words = words;
            this.size = size;
            this.step = step;
        }

        static AmountUnit exactFor(List<Long> amounts) {
            long largest = amounts.stream().mapToLong(Math::abs).max().orElse(0);
            if (largest >= VietnameseFormat.THOUSAND_BILLIONS) {
                return WHOLE_BILLIONS;
            }
            for (AmountUnit unit : List.of(BILLION, MILLION, VND)) {
                boolean big = unit != BILLION || largest >= BILLION.size;
                if (big && amounts.stream().allMatch(a -> a % unit.step == 0)) {
                    return unit;
                }
            }
            return VND;
        }

        String of(long vnd) {
            // exact by the choice of the unit, at most two decimals; whole tỷ from a thousand billion up
            return this == WHOLE_BILLIONS ? VietnameseFormat.wholeBillions(vnd)
                    : number(BigDecimal.valueOf(vnd).divide(BigDecimal.valueOf(size)));
        }
    }
}
