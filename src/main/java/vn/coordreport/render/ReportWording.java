package vn.coordreport.render;

import java.util.List;
import java.util.Locale;

import vn.coordreport.period.Period;
import vn.coordreport.review.Review;
import vn.coordreport.review.Review.Agency;

/** The sentences that depend on the kind of period and on the parties. */
final class ReportWording {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private ReportWording() {
    }

    /**
     * The summary (trích yếu) under {@code BÁO CÁO}: {@code Kết quả thực hiện Quy chế
     * phối hợp năm 2021 giữa ...}, {@code Sơ kết 6 tháng đầu năm 2019 thực hiện Quy
     * chế phối hợp giữa ...}, {@code Tổng kết giai đoạn 2016 - 2023 thực hiện ...}.
     */
    static String summary(Review review) {
        Period period = review.period();
        String between = between(review.agreement().parties());
        return switch (period.kind()) {
            case HALF -> "Sơ kết " + period.vietnameseName() + " thực hiện Quy chế phối hợp" + between;
            case RANGE -> "Tổng kết " + period.vietnameseName() + " thực hiện Quy chế phối hợp" + between;
            case YEAR, NINE_MONTHS, QUARTER ->
                    "Kết quả thực hiện Quy chế phối hợp " + period.vietnameseName() + between;
        };
    }

    /**
     * The period a report's directions are for: after {@code 6 tháng đầu năm 2019} the {@code 6 tháng cuối
     * năm 2019}, after nine months the {@code 3 tháng cuối năm 2020}, after a quarter the next one, after a
     * year the next year, after a term the successor regulation's term where it is known
     * ({@code giai đoạn 2023 - 2028}), else {@code giai đoạn tiếp theo}.
     */
    static String nextPeriod(Review review) {
        Period p = review.period();
        return switch (p.kind()) {
            case HALF -> p.number() == 1 ? Period.half(p.year(), 2).vietnameseName()
                    : Period.half(p.year() + 1, 1).vietnameseName();
            case NINE_MONTHS -> "3 tháng cuối năm " + p.year();
            case QUARTER -> (p.number() < 4 ? Period.quarter(p.year(), p.number() + 1)
                    : Period.quarter(p.year() + 1, 1)).vietnameseName();
            case YEAR -> Period.year(p.year() + 1).vietnameseName();
            case RANGE -> {
                Review.Successor successor = review.agreement().successor();
                yield successor != null && successor.effectiveFrom() != null && successor.effectiveTo() != null
                        ? "giai đoạn " + successor.effectiveFrom().getYear() + " - " + successor.effectiveTo().getYear()
                        : "giai đoạn tiếp theo";
            }
        };
    }

    /** A no-break space: the title's names are kept on one line, in the PDF as in the Word document. */
    static final char NO_BREAK = '\u00A0';
    /** A name longer than this is left to break where it must: bound together it would be cut inside a word. */
    private static final int LONGEST_KEPT = 48;

    /**
     * The summary as the title under {@code BÁO CÁO} prints it: the words of each party's name and of each province
     * ({@code tỉnh Lạng Sơn}) kept on one line, so that a line does not end with "Sở" or "Lạng".
     */
    static String title(Review review) {
        List<String> names = new java.util.ArrayList<>();
        for (Agency party : review.agreement().parties()) {
            names.add(party.name());
            if (party.province() != null) {
                String province = party.province().strip();
                names.add((CITIES.contains(province) ? "thành phố " : "tỉnh ") + province);
                names.add(province);
            }
        }
        return yearsKept(keptTogether(summary(review), names));
    }

    /** A span of years, {@code 2018 - 2022}. */
    private static final java.util.regex.Pattern YEARS = java.util.regex.Pattern.compile("(\\d{4}) - (\\d{4})");

    /**
     * {@code text} with each span of years kept on one line: a heading ended "... GIAI ĐOẠN 2018 -" above "2022".
     */
    static String yearsKept(String text) {
        return YEARS.matcher(text).replaceAll("$1" + NO_BREAK + "-" + NO_BREAK + "$2");
    }

    /** {@code text} with the spaces within each of {@code names} made no-break ones, the longest names first. */
    static String keptTogether(String text, List<String> names) {
        String kept = text;
        for (String name : names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) {
            if (name.length() <= LONGEST_KEPT) {
                kept = kept.replace(name, name.replace(' ', NO_BREAK));
            }
        }
        return kept;
    }

    /** {@code  giữa Sở Ngoại vụ và Bộ Chỉ huy Bộ đội Biên phòng tỉnh}, or nothing for a single party. */
    static String between(List<Agency> parties) {
        if (parties.size() < 2) {
            return "";
        }
        // the parties of one province are named as their documents name them; of several, each with its province
        // ("giữa Sở Ngoại vụ tỉnh Tây Ninh và Sở Ngoại vụ tỉnh Quảng Trị", not "giữa Sở Ngoại vụ và Sở Ngoại vụ")
        boolean provinces = parties.stream().map(Agency::province).filter(java.util.Objects::nonNull)
                .map(p -> java.text.Normalizer.normalize(p.strip(), java.text.Normalizer.Form.NFC)
                        .toLowerCase(java.util.Locale.ROOT)).distinct().count() > 1;
        List<String> names = parties.stream().map(a -> provinces ? withProvince(a) : a.name()).toList();
        return " giữa " + String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
    }

    /** The centrally governed cities: their agencies are "... thành phố Hà Nội", the others "... tỉnh Quảng Trị". */
    private static final java.util.Set<String> CITIES = java.util.Set.of("Hà Nội", "Hồ Chí Minh", "Hải Phòng",
            "Đà Nẵng", "Cần Thơ", "Huế");

    /** {@code Sở Ngoại vụ tỉnh Tây Ninh}; {@code Bộ Chỉ huy Bộ đội Biên phòng tỉnh} takes the name alone. */
    private static String withProvince(Agency agency) {
        String name = agency.name().strip();
        String province = agency.province() == null ? "" : agency.province().strip();
        if (province.isEmpty() || name.endsWith(province)) {
            return name;
        }
        String kind = CITIES.contains(province) ? "thành phố" : "tỉnh";
        return name.endsWith(" " + kind) || name.endsWith(" " + kind.substring(0, 1).toUpperCase() + kind.substring(1))
                ? name + " " + province : name + " " + kind + " " + province;
    }

    /** {@code hai bên}, {@code ba bên}, {@code các bên}. */
    static String sides(int parties) {
        return switch (parties) {
            case 0, 1 -> "cơ quan";
            case 2 -> "hai bên";
            case 3 -> "ba bên";
            default -> "các bên";
        };
    }

    /** {@code Năm 2021}, {@code 6 tháng đầu năm 2019}: a period's name at the start of a sentence or cell. */
    /**
     * What the report calls the period's meeting later on, as its name calls it: {@code Hội nghị} (a proper name
     * within a sentence), or {@code buổi làm việc}, {@code cuộc họp} when it was one of those (a "Buổi làm việc kiểm
     * tra công tác 9 tháng" is no conference).
     */
    static String meeting(Review.Conference conference) {
        String name = conference == null || conference.name() == null ? ""
                : conference.name().strip().toLowerCase(VIETNAMESE);
        for (String kind : List.of("buổi làm việc", "cuộc họp", "phiên họp")) {
            if (name.startsWith(kind)) {
                return kind;
            }
        }
        return "Hội nghị";
    }

    static String capitalized(String text) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
    }

    static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toLowerCase(VIETNAMESE) + text.substring(1);
    }

    /** The buildings a conference is held in, common nouns written in lower case within a sentence. */
    private static final List<String> BUILDINGS = List.of("Trụ sở ", "Phòng họp ", "Nhà khách ", "Khách sạn ");

    /**
     * A place after "tại": a building's common noun in lower case ("tại trụ sở Bộ Chỉ huy ...", as the office
     * writes, where the data says "Trụ sở Bộ Chỉ huy ..."); a name (Hà Nội, UBND tỉnh) as it is.
     */
    static String place(String place) {
        String p = place.strip();
        return BUILDINGS.stream().anyMatch(p::startsWith) ? lowerFirst(p) : p;
    }

    static String upper(String text) {
        return text == null ? "" : text.trim().toUpperCase(VIETNAMESE);
    }

    /** Drops a sentence's final full stop so that more can follow it. */
    static String clause(String text) {
        String t = text == null ? "" : text.strip();
        while (t.endsWith(".") || t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t;
    }

    /** The Vietnamese alphabet's letters for points: no f, j, w or z; đ after d. */
    private static final String[] LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split(" ");

    /** {@code a}, {@code b}, ... {@code đ}, {@code e}, {@code g}: the third heading level. */
    static String letter(int index) {
        return index < LETTERS.length ? LETTERS[index] : letter(index / LETTERS.length - 1) + LETTERS[index % LETTERS.length];
    }
}
