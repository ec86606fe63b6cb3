package vn.coordreport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.coordreport.review.Review;

/**
 * The Word document is a document a clerk edits: paragraphs in Word styles, the
 * page set up by the section (Decree 30's margins, the page number as a field
 * in a header shown from page 2), Word tables whose head row repeats, the chart
 * as a picture; no page-sized frames or hard page breaks.
 */
class WordDocumentTests {

    private static final LocalDate GENERATED = LocalDate.of(2022, 1, 10);
    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void isAFlowingDocumentInWordStyles() {
        byte[] docx = renderer.render(ReviewFixtures.compared(), RenderOptions.finalReport(Format.DOCX, 5, GENERATED)).content();
        String body = PdfInspection.part(docx, "word/document.xml");
        String styles = PdfInspection.part(docx, "word/styles.xml");

        assertThat(styles).contains("w:styleId=\"Heading1\"", "w:val=\"heading 1\"", "w:styleId=\"Heading2\"",
                "w:styleId=\"Heading3\"", "w:styleId=\"BodyReport\"", "w:ascii=\"Times New Roman\"");
        assertThat(body).contains("<w:pStyle w:val=\"Heading1\"/>", "<w:pStyle w:val=\"BodyReport\"/>")
                .doesNotContain("w:type=\"page\"", "<w:framePr", "w:hRule=\"exact\"");
        // A4, top and bottom 20 mm, left 30 mm, right 15 mm, a first page without the page number
        assertThat(body).containsPattern("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
                .contains("w:top=\"1134\"", "w:bottom=\"1134\"", "w:left=\"1701\"", "w:right=\"850\"", "<w:titlePg/>");
        assertThat(body).containsPattern("<w:headerReference w:type=\"first\"")
                .containsPattern("<w:headerReference w:type=\"default\"");
        List<String> headers = PdfInspection.parts(docx).stream().filter(p -> p.matches("word/header\\d+\\.xml")).toList();
        assertThat(headers).hasSize(2);
        // the names of the title are bound by no-break spaces, as in the PDF
        assertThat(body).contains("giữa Sở\u00A0Ngoại\u00A0vụ và Bộ\u00A0Chỉ\u00A0huy\u00A0Bộ\u00A0đội\u00A0Biên\u00A0phòng\u00A0tỉnh");
        assertThat(headers.stream().map(h -> PdfInspection.part(docx, h)).toList())
                .anySatisfy(h -> assertThat(h).contains("w:instr=\"PAGE\""))
                .anySatisfy(h -> assertThat(h).doesNotContain("PAGE"));
    }

    @Test
    void marksEveryPageOfADraftAndNoPageOfAFinal() {
        // page 1 has the boxed mark above the header block, every later page the same mark in its header, at the
        // right of the page number: a printed page 2 of a draft was unmarked, and read as a final's
        for (boolean finalReport : List.of(false, true)) {
            byte[] docx = renderer.render(ReviewFixtures.rich(), finalReport
                    ? RenderOptions.finalReport(Format.DOCX, 5, GENERATED) : RenderOptions.draft(Format.DOCX, GENERATED))
                    .content();
            List<String> headers = PdfInspection.parts(docx).stream().filter(p -> p.matches("word/header\\d+\\.xml"))
                    .map(p -> PdfInspection.part(docx, p)).toList();
            String laterPages = headers.stream().filter(h -> h.contains("w:instr=\"PAGE\"")).findFirst().orElseThrow();

            if (finalReport) {
                assertThat(headers).as("a final's headers").noneMatch(h -> h.contains("DỰ THẢO"));
                assertThat(PdfInspection.docxText(docx)).as("a final's body").doesNotContain("DỰ THẢO");
            } else {
                assertThat(laterPages).as("a draft's header from page 2").contains(">DỰ THẢO<",
                        "<w:bdr w:val=\"single\" w:sz=\"8\" w:space=\"4\"/>");
                assertThat(PdfInspection.docxText(docx)).as("a draft's page 1").startsWith("DỰ THẢO ");
            }
        }
    }

    @Test
    void isInVietnameseForSpellingInWordAndLibreOffice() throws Exception {
        byte[] docx = renderer.render(ReviewFixtures.rich(), RenderOptions.draft(Format.DOCX, GENERATED)).content();

        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            var defaults = document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
            // the language of the text's own script; Vietnamese is neither East Asian nor complex script
            assertThat(defaults.getLangArray()).singleElement().satisfies(lang -> {
                assertThat(lang.getVal()).isEqualTo("vi-VN");
                assertThat(lang.getEastAsia()).isNull();
                assertThat(lang.getBidi()).isNull();
            });
        }
        // and no style or run says otherwise
        assertThat(PdfInspection.part(docx, "word/styles.xml")).containsOnlyOnce("<w:lang ");
        assertThat(PdfInspection.part(docx, "word/document.xml")).doesNotContain("<w:lang ");
    }

    @Test
    void breaksTheBorderGuardsNamesInTheHeaderBetweenTheirGroupsInPdfAndWord() {
        // a report the Border Guard leads: "Bộ Tư lệnh Bộ đội Biên phòng" over "Bộ Chỉ huy Bộ đội Biên phòng tỉnh
        // Quảng Trị" (its province said in its name, as its superior's does not say it)
        Review review = ReviewFixtures.termReviewWithManyIndicators();
        byte[] pdf = renderer.render(review, RenderOptions.draft(Format.PDF, GENERATED)).content();
        byte[] docx = renderer.render(review, RenderOptions.draft(Format.DOCX, GENERATED)).content();

        // not "BỘ TƯ LỆNH BỘ" over "ĐỘI BIÊN PHÒNG", nor "BỘ CHỈ HUY BỘ ĐỘI" over "BIÊN PHÒNG TỈNH"
        List<String> lines = PdfInspection.pageTexts(pdf).get(0).lines().map(String::strip).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("BỘ TƯ LỆNH").doesNotContain("BỘ TƯ LỆNH BỘ"))
                .anySatisfy(l -> assertThat(l).startsWith("BỘ ĐỘI BIÊN PHÒNG").doesNotContain("TỈNH"))
                .anySatisfy(l -> assertThat(l).isEqualTo("BỘ CHỈ HUY"))
                .anySatisfy(l -> assertThat(l).isEqualTo("BỘ ĐỘI BIÊN PHÒNG"))
                .anySatisfy(l -> assertThat(l).isEqualTo("TỈNH QUẢNG TRỊ"));
        // Word breaks where the PDF does: each line's words bound, a plain space between the lines
        assertThat(PdfInspection.part(docx, "word/document.xml"))
                .contains(">BỘ\u00a0TƯ\u00a0LỆNH BỘ\u00a0ĐỘI\u00a0BIÊN\u00a0PHÒNG<",
                        ">BỘ\u00a0CHỈ\u00a0HUY BỘ\u00a0ĐỘI\u00a0BIÊN\u00a0PHÒNG TỈNH\u00a0QUẢNG\u00a0TRỊ<");
    }

    @Test
    void keepsTheBodysLastParagraphWithTheClosingAndTheSignature() {
        byte[] docx = renderer.render(ReviewFixtures.rich(), RenderOptions.finalReport(Format.DOCX, 5, GENERATED)).content();
        String body = PdfInspection.part(docx, "word/document.xml");

        String last = body.substring(body.lastIndexOf("<w:p>", body.indexOf("Tại Hội nghị, 02 tập thể")),
                body.indexOf("Tại Hội nghị, 02 tập thể"));
        assertThat(last).contains("<w:keepNext w:val=\"on\"/>");
    }

    @Test
    void writesTablesAsWordTablesWithARepeatedHeadRowAndTheChartAsAPicture() {
        byte[] docx = renderer.render(ReviewFixtures.compared(), RenderOptions.draft(Format.DOCX, GENERATED)).content();
        String body = PdfInspection.part(docx, "word/document.xml");

        assertThat(body).contains("<w:tblHeader w:val=\"on\"/>", "<w:cantSplit w:val=\"on\"/>", "<w:gridSpan w:val=\"8\"/>",
                "<w:drawing>");
        assertThat(PdfInspection.parts(docx)).anyMatch(p -> p.startsWith("word/media/") && p.endsWith(".png"));
        assertThat(PdfInspection.docxText(docx)).contains("DỰ THẢO", "Số: /BC-SNgV",
                "Tuần tra song phương lượt 26 22 tăng 18,2% 30 86,7% 26",
                "thanh đậm là năm 2021, thanh nhạt là cùng kỳ năm 2020");
    }

    @Test
    void namesTheChartPictureByItsTitleForAScreenReader() throws Exception {
        byte[] docx = renderer.render(ReviewFixtures.compared(), RenderOptions.draft(Format.DOCX, GENERATED)).content();

        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            var runs = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> !r.getEmbeddedPictures().isEmpty()).toList();
            // a picture per indicator, as in the PDF, each named by the chart's title
            assertThat(runs).hasSizeGreaterThan(1).allSatisfy(run -> {
                var drawing = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
                // the heading above the chart, "4. So sánh một số chỉ tiêu chủ yếu với cùng kỳ", without its number
                assertThat(drawing.getDescr()).isEqualTo("So sánh một số chỉ tiêu chủ yếu với cùng kỳ");
                assertThat(drawing.getName()).isEqualTo("So sánh một số chỉ tiêu chủ yếu với cùng kỳ");
                assertThat(run.getEmbeddedPictures().get(0).getDescription())
                        .isEqualTo("So sánh một số chỉ tiêu chủ yếu với cùng kỳ");
            });
            assertThat(runs.stream().map(r -> r.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getId()))
                    .as("each drawing's id its own, from 1").doesNotHaveDuplicates().allMatch(id -> id > 0);
        }
        assertThat(PdfInspection.docxText(docx)).contains("So sánh một số chỉ tiêu chủ yếu với cùng kỳ");
    }

    @Test
    void keepsAnIndicatorsRowWithItsDetailRowsAndTheHeadRowWithTheFirstRow() {
        byte[] docx = renderer.render(ReviewFixtures.compared(), RenderOptions.draft(Format.DOCX, GENERATED)).content();
        String body = PdfInspection.part(docx, "word/document.xml");

        // Word and LibreOffice keep a table row with the next where its paragraphs keep with the next
        assertThat(row(body, ">Chỉ tiêu<"))
                .as("the head row").contains("<w:keepNext w:val=\"on\"/>");
        assertThat(row(body, ">Chương trình, dự án viện trợ phi chính phủ nước ngoài<")).as("an indicator's row, with its details")
                .contains("<w:keepNext w:val=\"on\"/>");
        assertThat(row(body, ">– Tổng giá trị cam kết<")).as("its amount's row, with its partners' row")
                .contains("<w:keepNext w:val=\"on\"/>");
        assertThat(row(body, ">– Số tổ chức<")).as("its last detail row").doesNotContain("<w:keepNext");
        assertThat(row(body, ">Vụ việc bảo hộ công dân được giải quyết<")).as("an indicator's row without details")
                .doesNotContain("<w:keepNext");
    }

    /** The table row of document.xml holding this text, or an empty text. */
    private static String row(String body, String text) {
        int at = body.indexOf(text);
        if (at < 0) {
            return "";
        }
        return body.substring(body.lastIndexOf("<w:tr>", at), body.indexOf("</w:tr>", at));
    }

    @Test
    void drawsTheChartInThePdfInTheGreysOfTheWordDocument() {
        // the same picture in both (docs/reports.md): bars of 0x40 for this period and 0xA6 for the year before, not
        // the lighter greys (137, 211) a linear-grey picture became in the PDF, its light bar nearly white on paper
        List<int[]> inPdf = PdfInspection.pictureGreys(renderer.render(ReviewFixtures.compared(),
                RenderOptions.finalReport(Format.PDF, 5, GENERATED)).content());
        List<int[]> inWord = PdfInspection.docxPictureGreys(renderer.render(ReviewFixtures.compared(),
                RenderOptions.finalReport(Format.DOCX, 5, GENERATED)).content());

        assertThat(inWord).isNotEmpty().hasSameSizeAs(inPdf);
        assertThat(inWord.stream().flatMapToInt(java.util.Arrays::stream).distinct().boxed().toList()).contains(0x40, 0xA6);
        // each of the Word document's pictures is one of the PDF's, pixel for pixel
        assertThat(inWord).allSatisfy(word -> assertThat(inPdf).as("a picture of the PDF with the Word picture's greys")
                .anyMatch(pdf -> java.util.Arrays.equals(pdf, word)));
    }

    @Test
    void carriesTheTextOfThePdf() {
        for (var review : List.of(ReviewFixtures.rich(), ReviewFixtures.compared(), ReviewFixtures.party(),
                ReviewFixtures.termReviewWithManyIndicators(), ReviewFixtures.empty())) {
            for (boolean finalReport : List.of(false, true)) {
                RenderOptions pdf = finalReport ? RenderOptions.finalReport(Format.PDF, 7, GENERATED)
                        : RenderOptions.draft(Format.PDF, GENERATED);
                RenderOptions docx = finalReport ? RenderOptions.finalReport(Format.DOCX, 7, GENERATED)
                        : RenderOptions.draft(Format.DOCX, GENERATED);
                // as sets of words: the PDF repeats a table's column heads on each page it runs onto
                List<String> pdfWords = PdfInspection.words(renderer.render(review, pdf).content()).stream()
                        .distinct().toList();
                List<String> docxWords = List.of(PdfInspection.docxText(renderer.render(review, docx).content())
                        .replace("DỰ THẢO", " ").strip().split("\\s+")).stream().distinct().sorted().toList();

                String which = review.agreement().lead().code() + " " + review.period() + (finalReport ? " final" : " draft");
                assertThat(PdfInspection.missing(pdfWords, docxWords)).as("%s: words of the PDF not in the Word document", which)
                        .isEmpty();
                assertThat(PdfInspection.missing(docxWords, pdfWords)).as("%s: words of the Word document not in the PDF", which)
                        .isEmpty();
            }
        }
    }
}
