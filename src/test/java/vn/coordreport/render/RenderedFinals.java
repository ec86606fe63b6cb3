package vn.coordreport.render;

import java.time.LocalDate;

/** Rendered reports for the tests of other modules (issuing): the fixtures' reviews, as the pipeline renders them. */
public final class RenderedFinals {

    private RenderedFinals() {
    }

    /** The rich fixture's final as the period close makes it: PDF/A-2b, number and date left blank. */
    public static byte[] toIssue() {
        return new ReportRenderer().render(ReviewFixtures.rich(),
                RenderOptions.finalToIssue(Format.PDF, LocalDate.of(2022, 1, 10))).content();
    }

    /** The same, for a review with nothing in it. */
    public static byte[] emptyToIssue() {
        return new ReportRenderer().render(ReviewFixtures.empty(),
                RenderOptions.finalToIssue(Format.PDF, LocalDate.of(2022, 1, 10))).content();
    }

    /** The rich fixture's final numbered when rendered, as finals were before issuing existed. */
    public static byte[] numbered() {
        return new ReportRenderer().render(ReviewFixtures.rich(),
                RenderOptions.finalReport(Format.PDF, 7, LocalDate.of(2022, 1, 10))).content();
    }

    /** The name the fixtures print under the signer's title. */
    public static String signerName() {
        return ReviewFixtures.rich().agreement().lead().signerName();
    }
}
