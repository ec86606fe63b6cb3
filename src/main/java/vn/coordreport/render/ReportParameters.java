package vn.coordreport.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.coordreport.review.Review;
import vn.coordreport.review.Review.Agency;
import vn.coordreport.review.Review.Recipient;

/** The template's parameters: the header block, the recipients and the signature. */
final class ReportParameters {

    /** Width of the header's left column in the template (points). */
    static final int HEADER_LEFT_WIDTH = 190;

    private ReportParameters() {
    }

    static Map<String, Object> of(Review review, RenderOptions options) {
        Agency lead = review.agreement().lead();
        String agency = ReportWording.upper(lead.name());
        Map<String, Object> p = new HashMap<>();
        p.put("PARENT", ReportWording.upper(lead.parent()));
        p.put("AGENCY", agency);
        p.put("AGENCY_RULE_WIDTH", TextWidth.ruleUnder(agency, 13f, HEADER_LEFT_WIDTH));
        p.put("NUMBER_LINE", numberLine(review, options));
        p.put("PLACE_DATE", awaitsIssue(options) ? VietnameseFormat.placeAndBlankDate(review.agreement().province())
                : VietnameseFormat.placeAndDate(review.agreement().province(), dateOf(review, options)));
        p.put("SUMMARY", ReportWording.summary(review));
        p.put("RECIPIENTS", String.join("\n", recipientLines(review.recipients())));
        p.put("SIGNER_TITLE", ReportBody.blank(lead.signerTitle()) ? "THỦ TRƯỞNG CƠ QUAN" : ReportWording.upper(lead.signerTitle()));
        p.put("SIGNER_NAME", ReportBody.blank(lead.signerName()) ? null : lead.signerName().strip());
        p.put("CURRENT_PERIOD", ReportWording.capitalized(review.period().vietnameseName()));
        p.put("PREVIOUS_PERIOD", ReportWording.capitalized(review.previous().vietnameseName()));
        p.put("DRAFT", !options.finalReport());
        p.put("WATERMARK", !options.finalReport() && options.format() == Format.PDF);
        return p;
    }

    /**
     * {@code Số: 05/BC-SNgV}; a draft, and a final that waits to be issued, leave the number blank for the
     * register: {@code Số:      /BC-SNgV}.
     */
    static String numberLine(Review review, RenderOptions options) {
        String symbol = review.agreement().symbol();
        if (ReportBody.blank(symbol)) {
            symbol = review.agreement().lead().code();
        }
        String number = options.finalReport() && options.documentNumber() != null
                ? String.format("%02d", options.documentNumber()) : "      ";
        return "Số: " + number + "/BC-" + symbol.strip();
    }

    /** A final without its number: the văn thư gives number and date when issuing it. */
    static boolean awaitsIssue(RenderOptions options) {
        return options.finalReport() && options.documentNumber() == null;
    }

    /** The conference's date where one is recorded for the period, otherwise the generation date. */
    static LocalDate dateOf(Review review, RenderOptions options) {
        return review.conference() != null && review.conference().date() != null
                ? review.conference().date() : options.issuedOn();
    }

    static List<String> recipientLines(List<Recipient> recipients) {
        List<String> lines = new ArrayList<>();
        lines.add("- Như trên;");
        ReportBody.list(recipients).stream().map(Recipient::name).filter(n -> !ReportBody.blank(n))
                .map(String::strip).distinct().forEach(n -> lines.add("- " + n + ";"));
        lines.add("- Lưu: VT.");
        return lines;
    }
}
