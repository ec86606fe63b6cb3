package vn.coordreport.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a sample set's report must say, worked out from the sample CSV files
 * alone with the rules of domain.md (Decree 09 periods, Vietnamese number
 * format) and never with the code under test.
 */
final class SampleExpectations {

    /** The built-in catalogue (domain.md): indicator code → name and unit. */
    static final Map<String, String[]> INDICATORS = Map.ofEntries(
            Map.entry("DELEGATION_OUT", new String[] {"Đoàn ra (đoàn cán bộ đi công tác nước ngoài)", "đoàn"}),
            Map.entry("DELEGATION_IN", new String[] {"Đoàn vào (đoàn khách nước ngoài đến làm việc)", "đoàn"}),
            Map.entry("PHONE_TALK", new String[] {"Điện đàm, hội đàm trực tuyến với đối tác nước ngoài", "cuộc"}),
            Map.entry("MOU", new String[] {"Bản ghi nhớ hợp tác được ký kết", "bản"}),
            Map.entry("INTL_AGREEMENT_PROVINCE", new String[] {"Thỏa thuận quốc tế cấp tỉnh được ký kết", "thỏa thuận"}),
            Map.entry("INTL_AGREEMENT_SECTOR", new String[] {"Thỏa thuận quốc tế cấp sở, ngành được ký kết", "thỏa thuận"}),
            Map.entry("INTL_CONFERENCE", new String[] {"Hội nghị, hội thảo quốc tế được tổ chức", "hội nghị"}),
            Map.entry("NGO_PROJECT", new String[] {"Chương trình, dự án viện trợ phi chính phủ nước ngoài", "dự án"}),
            Map.entry("CITIZEN_PROTECTION_CASE", new String[] {"Vụ việc bảo hộ công dân được giải quyết", "vụ việc"}),
            Map.entry("BORDER_VIOLATION", new String[] {"Vụ vi phạm quy chế, hiệp định về biên giới được phát hiện", "vụ"}),
            Map.entry("JOINT_PATROL", new String[] {"Tuần tra song phương", "lượt"}),
            Map.entry("MARKER_INSPECTION", new String[] {"Kiểm tra đường biên, mốc quốc giới", "lượt"}),
            Map.entry("INFO_EXCHANGE_MEETING", new String[] {"Cuộc giao ban, trao đổi thông tin", "cuộc"}),
            Map.entry("AID_SUPPLIES", new String[] {"Vật tư, hàng hóa hỗ trợ, trao tặng đối tác nước ngoài", "đơn vị"}),
            Map.entry("RESCUE", new String[] {"Vụ cứu hộ, cứu nạn", "vụ"}));

    /**
     * How a clerk says each built-in indicator's figures (domain.md "Writing the report"; the catalogue's phrases):
     * {@code q} the quantity, {@code u} the unit, {@code p} the counterparts (empty without), {@code a} the amount
     * (empty without), {@code n} the note all the period's records carry (empty when they differ or have none).
     */
    interface Phrase {
        String say(String q, String u, String p, String a, String n);
    }

    static final Map<String, Phrase> PHRASES = Map.ofEntries(
            Map.entry("DELEGATION_OUT", (q, u, p, a, n) -> "Tổ chức " + q + " " + u + " cán bộ đi công tác nước ngoài"
                    + (p.isEmpty() ? "" : ", làm việc với " + p + " đối tác")),
            Map.entry("DELEGATION_IN", (q, u, p, a, n) -> "Đón " + q + " " + u + " khách nước ngoài"
                    + (p.isEmpty() ? "" : " của " + p + " đối tác") + " đến làm việc"),
            Map.entry("PHONE_TALK", (q, u, p, a, n) -> "Tổ chức " + q + " " + u + " điện đàm, hội đàm trực tuyến với"
                    + (p.isEmpty() ? "" : " " + p) + " đối tác nước ngoài"),
            Map.entry("MOU", (q, u, p, a, n) -> "Ký kết " + q + " " + u + " ghi nhớ hợp tác"
                    + (p.isEmpty() ? "" : " với " + p + " đối tác nước ngoài")),
            Map.entry("INTL_AGREEMENT_PROVINCE", (q, u, p, a, n) -> "Tham mưu ký kết " + q + " " + u + " quốc tế cấp tỉnh"
                    + (p.isEmpty() ? "" : " với " + p + " đối tác")),
            Map.entry("INTL_AGREEMENT_SECTOR", (q, u, p, a, n) -> "Ký kết " + q + " " + u + " quốc tế cấp sở, ngành"
                    + (p.isEmpty() ? "" : " với " + p + " đối tác")),
            Map.entry("INTL_CONFERENCE", (q, u, p, a, n) -> "Tổ chức " + q + " " + u + ", hội thảo quốc tế"
                    + (p.isEmpty() ? "" : " với " + p + " đối tác")),
            Map.entry("NGO_PROJECT", (q, u, p, a, n) -> "Vận động " + q + " chương trình, " + u
                    + " viện trợ phi chính phủ nước ngoài" + (p.isEmpty() ? "" : " của " + p + " tổ chức")
                    + (a.isEmpty() ? "" : ", tổng giá trị cam kết " + a)),
            Map.entry("CITIZEN_PROTECTION_CASE", (q, u, p, a, n) -> "Giải quyết " + q + " " + u + " bảo hộ công dân"),
            Map.entry("BORDER_VIOLATION", (q, u, p, a, n) -> "Phát hiện " + q + " " + u
                    + " vi phạm quy chế, hiệp định về biên giới"),
            Map.entry("JOINT_PATROL", (q, u, p, a, n) -> "Phối hợp tổ chức " + q + " " + u + " tuần tra song phương"),
            Map.entry("MARKER_INSPECTION", (q, u, p, a, n) -> "Tổ chức " + q + " " + u + " kiểm tra đường biên, mốc quốc giới"),
            Map.entry("INFO_EXCHANGE_MEETING", (q, u, p, a, n) -> "Tổ chức " + q + " " + u + " giao ban, trao đổi thông tin"),
            Map.entry("AID_SUPPLIES", (q, u, p, a, n) -> "Trao tặng " + q + " " + u + " vật tư, hàng hóa hỗ trợ"
                    + (n.isEmpty() ? "" : " (" + n.substring(0, 1).toLowerCase(Locale.ROOT) + n.substring(1) + ")")
                    + (p.isEmpty() ? "" : " cho " + p + " đối tác nước ngoài") + (a.isEmpty() ? "" : ", trị giá " + a)),
            Map.entry("RESCUE", (q, u, p, a, n) -> "Phối hợp thực hiện " + q + " " + u + " cứu hộ, cứu nạn"));

    /** What may be compared (domain.md "Comparisons"): the same period a year earlier in full, in part, or not at all. */
    enum Coverage { FULL, PARTIAL, NONE }

    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    record Range(LocalDate from, LocalDate to) {
        boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /**
     * One indicator's figures in a range: sum of quantity, sum of amounts, distinct counterparts, and the note when
     * every record has the same one (else empty).
     */
    record Figures(long quantity, long amount, int partners, String note) {

        Figures(long quantity, long amount, int partners) {
            this(quantity, amount, partners, "");
        }
    }

    private final Path folder;
    private final String agreement;

    SampleExpectations(Path folder, String agreement) {
        this.folder = folder;
        this.agreement = agreement;
    }

    List<Map<String, String>> rows(String file) {
        return SampleCsv.read(folder.resolve(file + ".csv"));
    }

    List<Map<String, String>> rowsOfAgreement(String file) {
        return rows(file).stream().filter(r -> r.get("agreement").equals(agreement)).toList();
    }

    /** Decree 09/2019 Art. 12 as tabled in domain.md, for the period kinds of the samples. */
    static Range decree09(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        LocalDate from = LocalDate.of(year - 1, 12, 15);
        return switch (period.length() == 4 ? "Y" : period.substring(5)) {
            case "Y" -> new Range(from, LocalDate.of(year, 12, 14));
            case "H1" -> new Range(from, LocalDate.of(year, 6, 14));
            case "9M" -> new Range(from, LocalDate.of(year, 9, 14));
            default -> throw new IllegalArgumentException(period);
        };
    }

    /** The same period a year earlier as the report names it: {@code 6 tháng đầu năm 2018}, {@code năm 2020}. */
    static String previousName(String period) {
        int year = Integer.parseInt(period.substring(0, 4)) - 1;
        return switch (period.length() == 4 ? "Y" : period.substring(5)) {
            case "Y" -> "năm " + year;
            case "H1" -> "6 tháng đầu năm " + year;
            case "9M" -> "9 tháng đầu năm " + year;
            default -> throw new IllegalArgumentException(period);
        };
    }

    /** The same period one year earlier. */
    static Range previous(Range range) {
        return new Range(range.from().minusYears(1), range.to().minusYears(1));
    }

    Map<String, Figures> figures(Range range) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, Set<String>> partners = new LinkedHashMap<>();
        Map<String, Set<String>> notes = new LinkedHashMap<>();
        for (Map<String, String> r : rowsOfAgreement("records")) {
            if (!range.contains(LocalDate.parse(r.get("date")))) {
                continue;
            }
            long[] sum = sums.computeIfAbsent(r.get("indicator"), k -> new long[2]);
            sum[0] += r.get("quantity").isEmpty() ? 1 : Long.parseLong(r.get("quantity"));
            sum[1] += r.get("amount_vnd").isEmpty() ? 0 : Long.parseLong(r.get("amount_vnd"));
            Set<String> set = partners.computeIfAbsent(r.get("indicator"), k -> new HashSet<>());
            if (!r.get("counterpart").isEmpty()) {
                set.add(r.get("counterpart"));
            }
            notes.computeIfAbsent(r.get("indicator"), k -> new HashSet<>()).add(r.getOrDefault("note", "").strip());
        }
        Map<String, Figures> figures = new LinkedHashMap<>();
        sums.forEach((code, s) -> {
            Set<String> n = notes.get(code);
            figures.put(code, new Figures(s[0], s[1], partners.get(code).size(), n.size() == 1 ? n.iterator().next() : ""));
        });
        return figures;
    }

    /** The day the agreement took effect: effective_from, else signed_on. */
    LocalDate effectiveFrom() {
        Map<String, String> a = rows("agreements").stream().filter(r -> r.get("code").equals(agreement)).findFirst()
                .orElseThrow();
        return LocalDate.parse(a.get("effective_from").isEmpty() ? a.get("signed_on") : a.get("effective_from"));
    }

    /** Whether the regulation covered the comparison period in full, in part, or not at all. */
    Coverage coverage(Range previous) {
        LocalDate from = effectiveFrom();
        return !from.isAfter(previous.from()) ? Coverage.FULL
                : !from.isAfter(previous.to()) ? Coverage.PARTIAL : Coverage.NONE;
    }

    Map<String, String> leadAgency() {
        String lead = rows("agreements").stream().filter(a -> a.get("code").equals(agreement)).findFirst().orElseThrow()
                .get("parties").split(";")[0].trim();
        return agency(lead);
    }

    Map<String, String> agency(String code) {
        return rows("agencies").stream().filter(a -> a.get("code").equals(code)).findFirst().orElseThrow();
    }

    // ---- Vietnamese formatting (domain.md "Numbers, dates and words") ----

    /** Counts in running text: two digits below 10, dots between thousands. */
    static String count(long n) {
        return n < 10 ? String.format("%02d", n) : grouped(n);
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }

    static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String billions(long dong) {
        return decimal(BigDecimal.valueOf(dong).divide(BigDecimal.valueOf(1_000_000_000L), 2, RoundingMode.HALF_UP));
    }

    static String percent(long part, long whole) {
        return decimal(BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    /** The change against the same period a year earlier, as the sentences word it. */
    static String change(long now, long before) {
        if (before == 0) {
            return "cùng kỳ chưa phát sinh";
        }
        if (now == before) {
            return "bằng cùng kỳ";
        }
        return (now > before ? "tăng " : "giảm ") + percent(Math.abs(now - before), before) + "% so với cùng kỳ";
    }

    /** Decree 30 date in running text: days below 10 and months 1–2 padded. */
    static String longDate(LocalDate day) {
        String month = day.getMonthValue() <= 2 ? String.format("%02d", day.getMonthValue())
                : String.valueOf(day.getMonthValue());
        return String.format("ngày %02d tháng %s năm %d", day.getDayOfMonth(), month, day.getYear());
    }

    static String withoutFinalStop(String text) {
        String t = ReportText.normalize(text);
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    static List<String> indicatorCodes(Map<String, Figures> figures) {
        return new ArrayList<>(figures.keySet());
    }
}
