package vn.coordreport.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.coordreport.review.Review;
import vn.coordreport.review.Review.Agency;
import vn.coordreport.review.Review.Recipient;

/**
 * The report's header and closing blocks: Decree 30/2020 for a state agency,
 * Hướng dẫn 36-HD/VPTW for a Party body (number {@code Số 01-BC/ĐU}, signed
 * {@code T/M ĐẢNG ỦY} over {@code BÍ THƯ}).
 */
final class Frame {

    private Frame() {
    }

    static ReportDocument.Masthead masthead(Review review, RenderOptions options) {
        Agency lead = review.agreement().lead();
        String parent = ReportWording.keptTogether(ReportWording.upper(lead.parent()),
                List.of(ReportWording.upper(place(review))));
        return new ReportDocument.Masthead(lead.party(), parent,
                ReportWording.upper(issuer(lead, place(review))), numberLine(review, options),
                awaitsIssue(options) ? VietnameseFormat.placeAndBlankDate(place(review))
                        : VietnameseFormat.placeAndDate(place(review), dateOf(review, options)),
                ReportWording.title(review), !options.finalReport());
    }

    /**
     * The issuing body's name in the header, whole: a name that ends in its province's kind ("Bộ Chỉ huy Bộ đội
     * Biên phòng tỉnh", as the body text calls it within the province) takes the province's name where the superior
     * body above it does not say it ("BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG" over "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG
     * TRỊ"); under "ĐẢNG BỘ TỈNH QUẢNG NINH", "ĐẢNG ỦY BỘ ĐỘI BIÊN PHÒNG TỈNH" is whole, as Party documents write it.
     */
    static String issuer(Agency lead, String province) {
        String name = lead.name().strip();
        String lower = name.toLowerCase(java.util.Locale.forLanguageTag("vi"));
        boolean dangling = lower.endsWith(" tỉnh") || lower.endsWith(" thành phố");
        boolean said = !ReportBody.blank(lead.parent())
                && ReportWording.upper(lead.parent()).contains(ReportWording.upper(province));
        return dangling && !said && !ReportBody.blank(province) ? name + " " + province.strip() : name;
    }

    /**
     * {@code Số: 05/BC-SNgV} (Decree 30) or {@code Số 05-BC/ĐU} (Hướng dẫn 36); a draft, and a final that
     * waits to be issued, leave the number blank for the register: {@code Số:      /BC-SNgV}.
     */
    static String numberLine(Review review, RenderOptions options) {
        String symbol = review.agreement().symbol();
        if (ReportBody.blank(symbol)) {
            symbol = review.agreement().lead().code();
        }
        String number = options.finalReport() && options.documentNumber() != null
                ? String.format("%02d", options.documentNumber()) : "      ";
        return review.agreement().lead().party() ? "Số " + number + "-BC/" + symbol.strip()
                : "Số: " + number + "/BC-" + symbol.strip();
    }

    /** A final without its number: the văn thư gives number and date when issuing it. */
    static boolean awaitsIssue(RenderOptions options) {
        return options.finalReport() && options.documentNumber() == null;
    }

    /**
     * Where the document is issued: the lead agency's province, whose body heads and numbers it (for an agreement
     * between provinces recorded with the other's, not the agreement's province).
     */
    static String place(Review review) {
        Review.Agency lead = review.agreement().lead();
        return lead != null && lead.province() != null && !lead.province().isBlank() ? lead.province()
                : review.agreement().province();
    }

    /**
     * An issued document's issue date; otherwise the conference's date where one is recorded for the period, else
     * the generation date.
     */
    static LocalDate dateOf(Review review, RenderOptions options) {
        return !options.datedOnIssue() && review.conference() != null && review.conference().date() != null
                ? review.conference().date() : options.issuedOn();
    }

    /**
     * The closing paragraph, Nơi nhận and the signature. A final that replaces a document issued before (its period
     * reopened) says so in its last sentence, so that the two are never both taken as in force.
     */
    static ReportDocument.Closing closing(Review review, RenderOptions options) {
        Agency lead = review.agreement().lead();
        // the reporting body before what it reports on: "... giữa Sở Ngoại vụ và Bộ Chỉ huy Bộ đội Biên phòng tỉnh
        // của Sở Ngoại vụ" read as the command's belonging to the Sở
        String paragraph = "Trên đây là báo cáo của " + lead.name().strip() + " về "
                + ReportWording.lowerFirst(ReportWording.summary(review))
                + (options.replaces() == null ? "" : ". Báo cáo này thay thế Báo cáo " + options.replaces()) + "./.";
        return new ReportDocument.Closing(paragraph, recipientLines(review.recipients(), lead.unit()),
                signerTitle(lead), ReportBody.blank(lead.signerName()) ? null : lead.signerName().strip());
    }

    /**
     * One line per recipient, then {@code - Lưu: VT, <drafting unit>.}. No {@code - Như trên;}: a report
     * addressed to nobody by {@code Kính gửi} has no "above" to refer to.
     */
    static List<String> recipientLines(List<Recipient> recipients, String unit) {
        List<String> lines = new ArrayList<>();
        ReportBody.list(recipients).stream().map(Recipient::name).filter(n -> !ReportBody.blank(n))
                .map(String::strip).distinct().forEach(n -> lines.add("- " + n + ";"));
        lines.add(ReportBody.blank(unit) ? "- Lưu: VT." : "- Lưu: VT, " + unit.strip() + ".");
        return lines;
    }

    /** The title's lines in capitals; a Party body's report is signed on behalf of its committee. */
    static List<String> signerTitle(Agency lead) {
        String title = ReportBody.blank(lead.signerTitle()) ? (lead.party() ? "BÍ THƯ" : "THỦ TRƯỞNG CƠ QUAN")
                : lead.signerTitle();
        List<String> lines = new ArrayList<>(Arrays.stream(title.strip().split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).map(ReportWording::upper).toList());
        if (lead.party() && !lines.get(0).startsWith("T/M") && !lines.get(0).startsWith("K/T")) {
            lines.add(0, "T/M " + committee(lead.name()));
        }
        return List.copyOf(lines);
    }

    /** On whose behalf a Party body's report is signed: its committee, or for a province's its standing committee. */
    private static String committee(String name) {
        String n = ReportWording.upper(name);
        return n.startsWith("ĐẢNG ỦY") || n.startsWith("ĐẢNG UỶ") || n.startsWith("ĐẢNG BỘ") ? "ĐẢNG ỦY" : "BAN THƯỜNG VỤ";
    }

    /** The lead agency's code when a final is made without a signer name for it. */
    static String missingSigner(Review review, RenderOptions options) {
        Agency lead = review.agreement().lead();
        return options.finalReport() && ReportBody.blank(lead.signerName()) ? lead.code() : null;
    }
}
