package vn.coordreport.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.coordreport.review.Review.IndicatorFigure;

/**
 * An indicator's figures said in a sentence, from its phrase (import format
 * 1.1): {@code Vận động {quantity} chương trình, {unit} viện trợ phi chính phủ
 * nước ngoài[ của {counterparts} tổ chức][, tổng giá trị cam kết {amount}]}
 * gives "Vận động 77 chương trình, dự án viện trợ phi chính phủ nước ngoài của
 * 46 tổ chức, tổng giá trị cam kết 400 tỷ đồng". A part in square brackets is
 * left out when a value in it is missing (no counterpart or no amount was
 * recorded). A part in brackets may offer alternatives, separated by
 * {@code |}: the first whose values are all present is said, so that
 * {@code Trao tặng {quantity} [{note}|{unit} vật tư, hàng hóa hỗ trợ]} names
 * what was given where the period's records all carry the same note ("Trao
 * tặng 60.000 khẩu trang y tế") and stays generic where they do not. In a
 * phrase without brackets, a missing value takes its clause with it (from
 * the comma, or the word, before it to the next comma); a value the phrase
 * does not name but the data has is added at the end. An indicator without a
 * phrase is written {@code Name: 12 lượt}.
 */
final class Phrases {

    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)\\]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(quantity|unit|counterparts|amount|note)\\}");

    private Phrases() {
    }

    static String sentence(IndicatorFigure figure) {
        Map<String, String> values = values(figure);
        String phrase = phrase(figure);
        if (!phrase.contains("{amount}")) {
            phrase += "[, tổng trị giá {amount}]";
        }
        return ReportWording.clause(fill(dropMissingClauses(dropMissingOptionals(phrase, values), values), values))
                .replaceAll(" {2,}", " ");
    }

    /**
     * The sentence of a figure of nothing (a record of 0, or none where a target or the year before had one): the
     * phrase denied, without its figures, {@code nào} closing it: "Chưa phát hiện vụ vi phạm quy chế, hiệp định về
     * biên giới nào", "Chưa phối hợp tổ chức lượt tuần tra song phương nào"; never "00 vụ". A phrase that does not
     * begin with its action (nothing before {@code {quantity}}), or none, gives the indicator's name and
     * {@code chưa phát sinh}.
     */
    static String none(IndicatorFigure figure) {
        String phrase = figure.phrase() == null ? "" : figure.phrase().strip();
        int at = phrase.indexOf("{quantity}");
        if (at <= 0) {
            return ReportWording.clause(figure.name()) + ": chưa phát sinh";
        }
        Map<String, String> values = Map.of("quantity", "", "unit", figure.unit() == null ? "" : figure.unit().strip());
        String said = fill(dropMissingClauses(dropMissingOptionals(phrase, values), values), values)
                .replaceAll(" {2,}", " ").strip();
        return "Chưa " + inSentence(ReportWording.clause(said)) + " nào";
    }

    /** The figure's phrase, or its name and figure without one; its partners counted as {@code đối tác} where it names none. */
    private static String phrase(IndicatorFigure figure) {
        String phrase = figure.phrase() == null ? "" : figure.phrase().strip();
        if (!phrase.contains("{quantity}")) {
            phrase = ReportWording.clause(figure.name()) + ": {quantity} {unit}";
        }
        return phrase.contains("{counterparts}") ? phrase : phrase + "[ với {counterparts} đối tác]";
    }

    /**
     * What the sentence calls the figure's partners, so that the table calls them so too: the words after
     * {@code {counterparts}} to the end of its bracket, or to the next comma or bracket ({@code tổ chức},
     * {@code đơn vị bảo vệ biên giới nước bạn}, {@code quốc gia, vùng lãnh thổ}; {@code đối tác nước ngoài} for
     * {@code với[ {counterparts}] đối tác nước ngoài}).
     */
    static String partners(IndicatorFigure figure) {
        String phrase = phrase(figure);
        int at = phrase.indexOf("{counterparts}") + "{counterparts}".length();
        int close = phrase.indexOf(']', at);
        boolean bracketed = close >= 0 && phrase.lastIndexOf('[', at) > phrase.lastIndexOf(']', at - 1);
        String noun = bracketed ? phrase.substring(at, close).split("\\|")[0] : "";
        if (noun.isBlank()) {
            String rest = phrase.substring(bracketed ? close + 1 : at);
            noun = rest.split("[,\\[]", 2)[0];
        }
        noun = PLACEHOLDER.matcher(noun).replaceAll("").replaceAll("\\s+", " ").strip();
        return noun.isEmpty() ? "đối tác" : noun;
    }

    /**
     * What the table's amount row calls the amount, as the sentence does: {@code Tổng vốn đăng ký} for
     * {@code [, tổng vốn đăng ký {amount}]}, {@code Tổng giá trị cam kết}; {@code Tổng trị giá} where the phrase's
     * words are not a total ({@code trị giá {amount}}) or it names no amount.
     */
    static String amountWords(IndicatorFigure figure) {
        String phrase = phrase(figure);
        int at = phrase.indexOf("{amount}");
        String words = at < 0 ? ""
                : phrase.substring(Math.max(phrase.lastIndexOf('[', at), phrase.lastIndexOf(',', at)) + 1, at).strip();
        return words.startsWith("tổng ") && !PLACEHOLDER.matcher(words).find() ? ReportWording.capitalized(words)
                : "Tổng trị giá";
    }

    private static Map<String, String> values(IndicatorFigure f) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("quantity", VietnameseFormat.quantity(f.quantity()));
        values.put("unit", f.unit() == null ? "" : f.unit().strip());
        if (f.counterparts() > 0) {
            values.put("counterparts", VietnameseFormat.count(f.counterparts()));
        }
        if (f.amountVnd() != null && f.amountVnd() != 0) {
            values.put("amount", VietnameseFormat.money(f.amountVnd()));
        }
        String note = ReportWording.clause(f.note());
        if (!note.isEmpty()) {
            values.put("note", inSentence(note));
        }
        return values;
    }

    /** A note within a sentence: its first letter in lower case, unless its first word is an abbreviation (KFHI). */
    private static String inSentence(String note) {
        return note.length() > 1 && Character.isUpperCase(note.charAt(1)) ? note : ReportWording.lowerFirst(note);
    }

    private static String dropMissingOptionals(String phrase, Map<String, String> values) {
        Matcher m = OPTIONAL.matcher(phrase);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String said = "";
            for (String alternative : m.group(1).split("\\|", -1)) {
                if (PLACEHOLDER.matcher(alternative).results().allMatch(p -> values.containsKey(p.group(1)))) {
                    said = alternative;
                    break;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(said));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A missing value outside brackets: from the comma (or the word) before it to the next comma. */
    private static String dropMissingClauses(String phrase, Map<String, String> values) {
        String s = phrase;
        for (int start = firstMissing(s, values); start >= 0; start = firstMissing(s, values)) {
            int end = s.indexOf(',', start);
            end = end < 0 ? s.length() : end;
            int from = s.lastIndexOf(',', start);
            if (from < 0 || PLACEHOLDER.matcher(s.substring(from, start)).find()) {
                from = start;
                while (from > 0 && s.charAt(from - 1) == ' ') {
                    from--;
                }
                while (from > 0 && s.charAt(from - 1) != ' ') {
                    from--;
                }
                from = Math.max(0, from - 1);
            }
            s = s.substring(0, from) + s.substring(end);
        }
        return s;
    }

    private static int firstMissing(String phrase, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(phrase);
        while (m.find()) {
            if (!values.containsKey(m.group(1))) {
                return m.start();
            }
        }
        return -1;
    }

    private static String fill(String phrase, Map<String, String> values) {
        return PLACEHOLDER.matcher(phrase).replaceAll(p -> Matcher.quoteReplacement(values.getOrDefault(p.group(1), "")));
    }
}
