package vn.coordreport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import vn.coordreport.review.Review;

/** A final report is an archival PDF/A-2b document, as veraPDF judges it. */
class ReportPdfaTests {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void aFinalReportPassesVeraPdfAsPdfA2b() throws Exception {
        ReportRenderer renderer = new ReportRenderer();
        // with a chart (a grey picture), a table that runs over pages, a Party document's header
        for (Review review : new Review[] {ReviewFixtures.rich(), ReviewFixtures.empty(), ReviewFixtures.compared(),
                ReviewFixtures.party(), ReviewFixtures.termReviewWithManyIndicators()}) {
            byte[] pdf = renderer.render(review, RenderOptions.finalReport(Format.PDF, 12, LocalDate.of(2022, 1, 10))).content();
            ValidationResult result = validate(pdf);
            assertThat(result.isCompliant()).as(failures(result)).isTrue();
        }
    }

    @Test
    void aDraftIsNotClaimedToBeArchival() throws Exception {
        byte[] pdf = new ReportRenderer().render(ReviewFixtures.rich(), RenderOptions.draft(Format.PDF, LocalDate.of(2022, 1, 10)))
                .content();
        assertThat(validate(pdf).isCompliant()).isFalse();
    }

    private static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser);
        }
    }

    private static String failures(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                .map(a -> a.getRuleId() + ": " + a.getMessage())
                .distinct().limit(20).collect(Collectors.joining("\n"));
    }
}
