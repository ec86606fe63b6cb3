package vn.coordreport.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.coordreport.archive.ReportKind;
import vn.coordreport.render.ReportRenderer;

class TemplateFingerprintTests {

    private final TemplateFingerprint template = new TemplateFingerprint();

    @Test
    void aDraftIsMadeAgainWhenTheLayoutCodeChangesAndAFinalStaysAsItWasMade() {
        String draft = template.of("data", ReportKind.DRAFT);
        String finalReport = template.of("data", ReportKind.FINAL);

        // the same data and template: a draft's fingerprint names the layout's version too, a final's does not
        assertThat(draft).startsWith("data+t").endsWith("+r" + ReportRenderer.LAYOUT);
        assertThat(finalReport).startsWith("data+t").doesNotContain("+r");
        assertThat(draft).startsWith(finalReport);
    }

    @Test
    void anIssuedWordFileAndAFinalMadeAgainAreStoredApartYetTheSameMaking() {
        String made = template.of("data", ReportKind.FINAL);
        String issued = TemplateFingerprint.issuedWord(made, 12);
        String again = TemplateFingerprint.madeAgain(made, 7);

        assertThat(issued).isNotEqualTo(made).isNotEqualTo(TemplateFingerprint.issuedWord(made, 13));
        assertThat(TemplateFingerprint.sameMaking(issued, made)).isTrue();
        assertThat(TemplateFingerprint.sameMaking(again, made)).isTrue();
        assertThat(TemplateFingerprint.sameMaking(TemplateFingerprint.issuedWord(again, 12), issued)).isTrue();
        assertThat(TemplateFingerprint.sameMaking(issued, template.of("other", ReportKind.FINAL))).isFalse();
    }
}
