package vn.coordreport.period;

import static vn.coordreport.messages.DateFormats.TYPED_DAY;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period as an office writes it: {@code 6 tháng đầu năm 2020}, {@code 6 tháng cuối năm 2020},
 * {@code 9 tháng đầu năm 2020}, {@code quý III năm 2021} (or {@code quý 3/2021}), {@code năm 2021}, and a range
 * {@code từ 01/01/2021 đến 31/03/2021} (or {@code 01/01/2021 - 31/03/2021}). Case, accents typed decomposed and extra spaces do not matter.
 */
final class PeriodWords {

    private static final Pattern HALF_WORDS = Pattern.compile("6 tháng (đầu|cuối) năm (\\d{4})");
    private static final Pattern NINE = Pattern.compile("9 tháng(?: đầu)? năm (\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("quý (i|ii|iii|iv|1|2|3|4)(?: năm |\\s*/\\s*)(\\d{4})");
    private static final Pattern WHOLE_YEAR = Pattern.compile("(?:cả )?năm (\\d{4})");
    private static final Pattern RANGE = Pattern.compile(
            "(?:(?:giai đoạn )?từ(?: ngày)? )?(\\d{1,2}/\\d{1,2}/\\d{4})(?: đến(?: ngày)? | ?- ?| ?– ?)(\\d{1,2}/\\d{1,2}/\\d{4})");

    private PeriodWords() {
    }

    /** The period these words name, or null when they are not words of a period (the codes are read elsewhere). */
    static Period parse(String text) {
        if (text == null) {
            return null;
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ");
        Matcher m;
        if ((m = HALF_WORDS.matcher(t)).matches()) {
            return Period.half(Integer.parseInt(m.group(2)), m.group(1).equals("đầu") ? 1 : 2);
        }
        if ((m = NINE.matcher(t)).matches()) {
            return Period.nineMonths(Integer.parseInt(m.group(1)));
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            return Period.quarter(Integer.parseInt(m.group(2)), quarter(m.group(1)));
        }
        if ((m = WHOLE_YEAR.matcher(t)).matches()) {
            return Period.year(Integer.parseInt(m.group(1)));
        }
        if ((m = RANGE.matcher(t)).matches()) {
            try {
                return Period.range(LocalDate.parse(m.group(1), TYPED_DAY), LocalDate.parse(m.group(2), TYPED_DAY));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw Period.badRange(text, e);
            }
        }
        return null;
    }

    private static int quarter(String number) {
        return switch (number) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
