package vn.coordreport.render;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Each fact said once. A field's results paragraph that already states an
 * indicator's figure ("Trao tặng 60.000 khẩu trang y tế cho 02 tỉnh (Fukuoka,
 * Kanagawa) và 01 thành phố (Buzen) của Nhật Bản") stands for the indicator's
 * sentence ("Trao tặng 60.000 khẩu trang y tế cho 03 đối tác nước ngoài"),
 * which is left out; what only the sentence says (the comparison, the target)
 * is added to the paragraph's sentence that states the figure. A paragraph
 * states the figure when it says the sentence's opening up to the word after
 * the figure: the same verb, the same figure, the same thing counted, in
 * whatever case ("Tổ chức 02 hội nghị" does not state "Tổ chức 02 cuộc điện
 * đàm").
 */
final class SaidOnce {

    private SaidOnce() {
    }

    /**
     * {@code text} with {@code extra} added to its sentence that states the figure {@code quantity} of
     * {@code sentence}; null where it states no such figure. What the records' note names ({@code noteOrNull},
     * "Khẩu trang y tế") counts as the thing counted too: "Trao tặng 60.000 khẩu trang y tế" states "Trao tặng
     * 60.000 đơn vị vật tư, hàng hóa hỗ trợ (khẩu trang y tế)".
     */
    static String restated(String text, String sentence, String quantity, String extra, String noteOrNull) {
        Pattern opening = opening(sentence, quantity, noteOrNull);
        Matcher m = opening == null ? null : opening.matcher(text);
        if (m == null || !m.find()) {
            return null;
        }
        Matcher stop = Pattern.compile("\\.(?=\\s|$)").matcher(text);
        int end = stop.find(m.end()) ? stop.start() : text.length();
        return text.substring(0, end) + extra + text.substring(end);
    }

    /**
     * The sentence's words up to the one after its figure (or the note's first word in its place), as a pattern over
     * whole words; null without a figure.
     */
    private static Pattern opening(String sentence, String quantity, String noteOrNull) {
        String[] words = sentence.strip().split("\\s+");
        int at = Arrays.asList(words).indexOf(quantity);
        if (at < 0 || at + 1 >= words.length) {
            return null;
        }
        String noun = Pattern.quote(words[at + 1].replaceAll("[,;:.]+$", ""));
        String[] note = noteOrNull == null ? new String[0] : noteOrNull.strip().split("\\s+");
        if (note.length > 0 && !note[0].isEmpty()) {
            noun = "(?:" + noun + "|" + Pattern.quote(note[0].replaceAll("[,;:.]+$", "")) + ")";
        }
        String said = Arrays.stream(words, 0, at + 1).map(Pattern::quote).collect(Collectors.joining("\\s+"))
                + "\\s+" + noun;
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + said + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
