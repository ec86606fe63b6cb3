package vn.coordreport.issuing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Test;

import vn.coordreport.render.PdfInspection;
import vn.coordreport.render.RenderedFinals;

/**
 * The two signatures on real files: the final as the renderer makes it, and a
 * Party document laid out otherwise. Each step is an incremental update (what
 * was signed stays byte for byte at the start of the file); both signatures
 * validate (poppler's pdfsig); the number and date read as text where the
 * blanks were (pdftotext); the result stays PDF/A-2b (veraPDF); the signature
 * sits between title and name and the seal, at its real size, over its left third.
 */
class PdfSigningTests {

    static final float MM = 72f / 25.4f;
    static final StampImage SIGNATURE = StampImage.read(TestKeys.signaturePng(), "the signature");
    static final StampImage SEAL = StampImage.read(TestKeys.sealPng(), "the seal");
    static final SigningKey SIGNER = TestKeys.inMemory("Nguyễn Triều Thương");
    static final SigningKey ORGANISATION = TestKeys.inMemory("Sở Ngoại vụ tỉnh Quảng Trị");

    @Test
    void theSignerCertifiesTheFinalAsRenderedAllowingOnlyFormFillingAndSigning() throws Exception {
        byte[] rendered = RenderedFinals.toIssue();

        PdfSigning.Signed signed = sign(rendered, RenderedFinals.signerName());

        assertThat(Arrays.copyOf(signed.content(), rendered.length)).as("an incremental update").isEqualTo(rendered);
        assertThat(Poppler.validSignatures(signed.content())).as(Poppler.signatures(signed.content())).isEqualTo(1);
        assertThat(PdfA.failures2b(signed.content())).isEmpty();
        assertThat(signed.numberSymbol()).isEqualTo("/BC-SNgV");
        assertThat(signed.title()).startsWith("Báo cáo kết quả thực hiện Quy chế phối hợp năm 2021");
        try (PDDocument document = Loader.loadPDF(signed.content())) {
            PDSignature signature = document.getSignatureDictionaries().get(0);
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            COSDictionary reference = (COSDictionary) ((COSArray) signature.getCOSObject()
                    .getDictionaryObject(COSName.getPDFName("Reference"))).getObject(0);
            assertThat(reference.getCOSName(COSName.getPDFName("TransformMethod"))).isEqualTo(COSName.DOCMDP);
            assertThat(((COSDictionary) reference.getDictionaryObject("TransformParams")).getInt(COSName.P)).isEqualTo(2);
            assertThat(document.getDocumentCatalog().getAcroForm().getField(PdfSigning.SEAL).getValueAsString()).isEmpty();
        }
    }

    @Test
    void theClerkFillsNumberAndDateAndSealsItKeepingTheSignersSignatureValid() throws Exception {
        byte[] signed = sign(RenderedFinals.toIssue(), RenderedFinals.signerName()).content();

        byte[] issued = PdfSigning.issue(signed, "05", LocalDate.of(2026, 1, 8), organisation(), SEAL.widthMmOrNull(), null);

        assertThat(Arrays.copyOf(issued, signed.length)).as("an incremental update").isEqualTo(signed);
        assertThat(Poppler.validSignatures(issued)).as(Poppler.signatures(issued)).isEqualTo(2);
        assertThat(PdfA.failures2b(issued)).isEmpty();
        assertThat(Poppler.text(issued)).contains("Số: 05/BC-SNgV", "Quảng Trị, ngày 08 tháng 01 năm 2026");
        // the year one space after "năm", as the day after "ngày": not two spaces off ("năm  2026")
        java.util.List<Poppler.Word> words = Poppler.wordsOfFirstPage(issued);
        int year = words.stream().map(Poppler.Word::text).toList().indexOf("2026");
        Poppler.Word nam = words.get(year - 1);
        Poppler.Word ngay = words.stream().filter(w -> w.text().equals("ngày")).findFirst().orElseThrow();
        Poppler.Word day = words.get(words.indexOf(ngay) + 1);
        assertThat(nam.text()).isEqualTo("năm");
        assertThat(words.get(year).xMin() - nam.xMax()).isCloseTo(day.xMin() - ngay.xMax(), within(0.75));
        try (PDDocument document = Loader.loadPDF(issued)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            assertThat(form.getField(PdfSigning.NUMBER).getValueAsString()).isEqualTo("05");
            PDRectangle signature = form.getField(PdfSigning.SIGNER).getWidgets().get(0).getRectangle();
            PDRectangle seal = form.getField(PdfSigning.SEAL).getWidgets().get(0).getRectangle();
            // the signature centred on the title and name (the template centres both at 220 + 247/2 + 85 pt)
            assertThat(signature.getLowerLeftX() + signature.getWidth() / 2).isCloseTo(428.5f, within(1f));
            assertThat(seal.getUpperRightX()).isCloseTo(signature.getLowerLeftX() + signature.getWidth() / 3, within(0.1f));
            assertThat(seal.getLowerLeftY() + seal.getHeight() / 2)
                    .isCloseTo(signature.getLowerLeftY() + signature.getHeight() / 2, within(0.1f));
            // and the seal at its real size (40 mm), centred there, ends above the signer's name, which stays
            // readable (with 26 mm between title and name it covered the name's first letters)
            float sealBottom = seal.getLowerLeftY() + seal.getHeight() / 2 - 20 * 72f / 25.4f;
            float pageHeight = document.getPage(document.getNumberOfPages() - 1).getMediaBox().getHeight();
            float nameBaseline = pageHeight - PdfInspection.lastPageLine(issued, RenderedFinals.signerName());
            assertThat(sealBottom).isGreaterThan(nameBaseline + 9);
        }
        assertThat(SEAL.widthMmOrNull()).as("the seal's real size, from its resolution").isCloseTo(40f, within(0.1f));
    }

    @Test
    void aPartyDocumentLaidOutOtherwiseIsSignedAndIssuedWhereItsBlanksAre() throws Exception {
        byte[] party = PartyLayout.pdf();

        PdfSigning.Signed signed = sign(party, PartyLayout.SIGNER);
        byte[] issued = PdfSigning.issue(signed.content(), "01", LocalDate.of(2026, 3, 9), organisation(), 38f, null);

        assertThat(signed.numberSymbol()).isEqualTo("-BC/ĐU");
        assertThat(Poppler.validSignatures(issued)).as(Poppler.signatures(issued)).isEqualTo(2);
        assertThat(Poppler.text(issued)).contains("Số 01-BC/ĐU", "Quảng Ninh, ngày 09 tháng 3 năm 2026");
        try (PDDocument document = Loader.loadPDF(issued)) {
            PDRectangle signature = document.getDocumentCatalog().getAcroForm().getField(PdfSigning.SIGNER)
                    .getWidgets().get(0).getRectangle();
            // between "BÍ THƯ" (baseline 683) and the name (baseline 590), on the second page
            assertThat(signature.getLowerLeftY()).isGreaterThan(590);
            assertThat(signature.getUpperRightY()).isLessThan(683);
            assertThat(document.getDocumentCatalog().getAcroForm().getField(PdfSigning.SIGNER).getWidgets().get(0)
                    .getPage()).isEqualTo(document.getPage(1));
        }
    }

    @Test
    void aFinalThatDoesNotShowItsSignersNameOrWasNumberedAlreadyIsNotSigned() {
        assertThatThrownBy(() -> sign(RenderedFinals.toIssue(), "Người Không Ký"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trang cuối không ghi họ tên người ký 'Người Không Ký' dưới chức vụ");
        assertThatThrownBy(() -> sign(RenderedFinals.numbered(), RenderedFinals.signerName()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trang 1 không để trống số ('Số: 07/BC-SNgV')");
    }

    @Test
    void aSignatureCarriesATimestampOfItsValueWhenAnAuthorityIsConfigured() throws Exception {
        try (LocalTimestampAuthority authority = LocalTimestampAuthority.start()) {
            byte[] signed = PdfSigning.signFinal(RenderedFinals.toIssue(), RenderedFinals.signerName(),
                    new PdfSigning.Signer(SIGNER, SIGNATURE, "Ký", ZonedDateTime.now()), authority.timestamps())
                    .content();

            assertThat(Poppler.validSignatures(signed)).isEqualTo(1);
            assertThat(authority.stampOf(signed)).as("a timestamp token over the signature value, by the authority")
                    .isNotNull();
            assertThat(authority.requests()).isEqualTo(1);
            assertThat(PdfA.failures2b(signed)).isEmpty();
        }
    }

    private static PdfSigning.Signed sign(byte[] pdf, String signerName) throws Exception {
        return PdfSigning.signFinal(pdf, signerName, new PdfSigning.Signer(SIGNER, SIGNATURE, "Người có thẩm quyền ký",
                ZonedDateTime.now()), null);
    }

    private static PdfSigning.Signer organisation() {
        return new PdfSigning.Signer(ORGANISATION, SEAL, "Cơ quan ban hành", ZonedDateTime.now());
    }
}
