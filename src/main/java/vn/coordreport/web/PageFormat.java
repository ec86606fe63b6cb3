package vn.coordreport.web;

import static vn.coordreport.messages.DateFormats.DAY;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;

import vn.coordreport.period.Period;

/** Figures and dates as a Vietnamese reader writes them: {@code 1.234,5}, {@code 02/12/2026}. */
final class PageFormat {

    /** A quantity; a dash for none. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.###", symbols).format(value);
    }

    public String count(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /** A percentage with its sign; a dash for none. */
    public String percent(BigDecimal value) {
        return value == null ? "—" : number(value) + "%";
    }

    /**
     * A figure against the same period a year earlier, as the report's table says it ({@code tăng 87,5%},
     * {@code giảm 17,5%}, {@code bằng cùng kỳ}, {@code mới phát sinh}); a dash where it is not compared.
     */
    public String change(BigDecimal current, BigDecimal previous) {
        return current == null || previous == null ? "—" : vn.coordreport.render.Changes.againstSamePeriod(current, previous);
    }

    /** The command line's {@code coordreport reopen ...} in a message, with the parentheses around it. */
    private static final java.util.regex.Pattern REOPEN_COMMAND =
            java.util.regex.Pattern.compile(" ?\\(coordreport reopen --agreement [^)]*\\)");

    /**
     * An import's or an undo's message as a page says it: the administrator reopens a locked period on this
     * page, not with the command the command line's message names.
     */
    public static String problem(String message) {
        return message == null ? null
                : REOPEN_COMMAND.matcher(message).replaceAll(" ở mục “Kỳ đã ban hành (khóa nhập)” của trang Nhập dữ liệu");
    }

    /** "... không có trong tệp indicators.csv của lần nhập này, cũng không có trong ...": the form sends no such file. */
    private static final java.util.regex.Pattern IMPORT_FILE =
            java.util.regex.Pattern.compile(" không có trong tệp [\\w.]+ của lần nhập này, cũng không có trong ");

    /**
     * An import's message on the entry form, whose numbers are typed as Vietnamese write them
     * ({@link EntryRows#number}): not the import format's rule for a file's numbers; and which sends no catalogue
     * file, so a code is missing from the catalogue alone.
     */
    public static String entryProblem(String message) {
        String page = problem(message);
        // the form reads 1.500.000 and 2,5 itself: a file's suggestion of how to write them is not for it
        return page == null ? null : IMPORT_FILE.matcher(page).replaceAll(" không có trong ")
                .replaceAll(" \\(ghi là [0-9.]+\\)", "")
                .replace("chỉ ghi chữ số, phần thập phân ngăn bằng dấu chấm '.', không dùng dấu phân cách hàng nghìn",
                        "ghi chữ số, hàng nghìn có thể ngăn bằng dấu chấm, phần thập phân sau dấu phẩy (1.234,5)")
                .replace("số đồng nguyên: chỉ ghi chữ số, không dùng dấu phân cách hàng nghìn",
                        "số đồng nguyên: ghi chữ số, hàng nghìn có thể ngăn bằng dấu chấm (1.500.000), không có phần lẻ");
    }

    /** The raw figure a chart reads (a dot as decimal separator); empty for none. */
    public String raw(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    public String day(LocalDate day) {
        return day == null ? "—" : DAY.format(day);
    }

    public String period(Period period) {
        return capitalised(period.vietnameseName());
    }

    /** A stored period's code in words, {@code 6 tháng đầu năm 2019} for {@code 2019-H1}. */
    public String periodWords(String code) {
        return Period.wordsOf(code);
    }

    /**
     * Where an import came from, as the history records it, in the office's words: {@code upload:du-lieu.zip} is
     * "Tải lên: du-lieu.zip", {@code form:09/QCPH/SNgV-BP 2021} "Biểu mẫu: 09/QCPH/SNgV-BP, năm 2021", and the
     * folder or file a command imported on the server is named by its last part ("Dòng lệnh: tay-ninh-2019"; the
     * whole path is {@link #importPath}'s).
     */
    public String importSource(String source) {
        if (source == null) {
            return "—";
        }
        if (source.startsWith("upload:")) {
            return "Tải lên: " + source.substring("upload:".length());
        }
        if (source.startsWith("form:")) {
            String form = source.substring("form:".length());
            int space = form.lastIndexOf(' ');
            return "Biểu mẫu: " + (space < 0 ? form : form.substring(0, space) + ", " + Period.wordsOf(form.substring(space + 1)));
        }
        String path = source.replaceAll("[/\\\\]+$", "");
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return "Dòng lệnh: " + (slash < 0 || slash == path.length() - 1 ? path : path.substring(slash + 1));
    }

    /** The whole path a command imported, shown on pointing at its source; nothing for an upload or the form. */
    public String importPath(String source) {
        return source == null || source.startsWith("upload:") || source.startsWith("form:") ? null : source;
    }

    /** The period's short name on a chart's axis: {@code 2021}, {@code 6T đầu 2021}, {@code Quý III/2021}, ... */
    public String shortPeriod(Period period) {
        return switch (period.kind()) {
            case YEAR -> Integer.toString(period.year());
            case HALF -> (period.number() == 1 ? "6T đầu " : "6T cuối ") + period.year();
            case NINE_MONTHS -> "9T " + period.year();
            case QUARTER -> "Quý " + "I II III IV".split(" ")[period.number() - 1] + "/" + period.year();
            case RANGE -> period.vietnameseName();
        };
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
