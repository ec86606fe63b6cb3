package vn.coordreport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.coordreport.review.Review;

/**
 * What an office user sees of the Word document: LibreOffice (Debian's
 * {@code libreoffice-writer-nogui}, {@code soffice --headless --convert-to pdf})
 * lays it out with the PDF's text, on as many pages give or take one, and
 * nothing near the edge of the page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordInLibreOfficeTests {

    private static final LocalDate GENERATED = LocalDate.of(2022, 1, 10);
    /** Closer than 5 mm to the page's edge counts as touching it. */
    private static final float EDGE = 14.2f;

    private final ReportRenderer renderer = new ReportRenderer();
    private final Map<String, RenderedReport> pdfs = new LinkedHashMap<>();
    private final Map<String, byte[]> converted = new LinkedHashMap<>();
    /** LibreOffice's PDF of the rich draft with the final's page headers: the draft without its mark from page 2. */
    private byte[] unmarkedDraft;

    @BeforeAll
    void convertWithLibreOffice(@TempDir Path folder) throws IOException, InterruptedException {
        Map<String, Review> reviews = Map.of("rich", ReviewFixtures.rich(), "compared", ReviewFixtures.compared(),
                "party", ReviewFixtures.party(), "term", ReviewFixtures.termReviewWithManyIndicators(),
                // "1.500.000" in a year's column: LibreOffice broke it into "1.500." and "000" as the PDF did
                "large-term", ReviewFixtures.termReviewWithALargeFigure());
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", folder.resolve("out").toString()));
        for (var review : reviews.entrySet()) {
            for (boolean finalReport : List.of(false, true)) {
                String name = review.getKey() + (finalReport ? "-final" : "-draft");
                pdfs.put(name, renderer.render(review.getValue(), options(Format.PDF, finalReport)));
                Path docx = folder.resolve(name + ".docx");
                Files.write(docx, renderer.render(review.getValue(), options(Format.DOCX, finalReport)).content());
                command.add(docx.toString());
            }
        }
        Path unmarked = folder.resolve("rich-unmarked-draft.docx");
        Files.write(unmarked, withHeadersOf(renderer.render(ReviewFixtures.rich(), options(Format.DOCX, false)).content(),
                renderer.render(ReviewFixtures.rich(), options(Format.DOCX, true)).content()));
        command.add(unmarked.toString());
        Process soffice = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(5, TimeUnit.MINUTES)).as("soffice finished within 5 minutes").isTrue();
        for (String name : pdfs.keySet()) {
            Path pdf = folder.resolve("out").resolve(name + ".pdf");
            assertThat(pdf).as("LibreOffice's PDF of %s (%s)", name, Files.readString(folder.resolve("soffice.log")))
                    .isNotEmptyFile();
            converted.put(name, Files.readAllBytes(pdf));
        }
        unmarkedDraft = Files.readAllBytes(folder.resolve("out").resolve("rich-unmarked-draft.pdf"));
    }

    @Test
    void marksEveryPageOfADraftWithoutMovingItsBody() {
        // as our PDF's watermark marks each page of a draft: page 2 of a Word draft once read as a final
        converted.forEach((name, office) -> {
            List<String> pages = PdfInspection.pageTexts(office);
            for (int page = 1; page <= pages.size(); page++) {
                if (name.endsWith("-draft")) {
                    assertThat(pages.get(page - 1)).as("%s page %d", name, page).contains("DỰ THẢO");
                } else {
                    assertThat(pages.get(page - 1)).as("%s page %d", name, page).doesNotContain("DỰ THẢO");
                }
            }
        });
        // the mark stays on the page number's line, in the top margin: the body's lines, below it, are where they are
        // without the mark, on as many pages
        assertThat(bodyLines(converted.get("rich-draft"))).isNotEmpty().isEqualTo(bodyLines(unmarkedDraft));
    }

    /** The lines below the top margin (20 mm). */
    private static List<PdfInspection.Line> bodyLines(byte[] pdf) {
        return PdfInspection.lines(pdf).stream().filter(l -> l.baseline() > 57).toList();
    }

    /** A Word document with the header parts of another. */
    private static byte[] withHeadersOf(byte[] docx, byte[] other) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] content = in.readAllBytes();
                if (entry.getName().matches("word/header\\d+\\.xml")) {
                    content = PdfInspection.part(other, entry.getName()).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
            }
        }
        return out.toByteArray();
    }

    @Test
    void leavesAsMuchRoomForSignatureAndSealAsThePdf() {
        // the state layouts (the Party one names its signer otherwise): about 40 mm between title and name, for the
        // seal at its real size
        for (String name : List.of("rich-draft", "compared-final")) {
            byte[] office = converted.get(name);
            String signer = ReviewFixtures.rich().agreement().lead().signerName();
            float room = PdfInspection.lastPageLine(office, signer) - PdfInspection.lastPageLine(office, "GIÁM ĐỐC");
            assertThat(room / 72f * 25.4f).as("%s: mm from the title's baseline to the name's", name).isGreaterThan(40);
        }
    }

    @Test
    void keepsALargeFigureWholeInItsColumn() {
        // LibreOffice broke "1.500.000" in a year's column of 30 points into "1.500." and "000", as the PDF did
        for (String name : List.of("large-term-draft", "large-term-final")) {
            assertThat(PdfInspection.words(converted.get(name))).as(name).contains("1.500.000", "1.500.005")
                    .doesNotContain("1.500.", "1.500");
        }
    }

    @Test
    void showsTheTextOfThePdf() {
        converted.forEach((name, office) -> {
            List<String> ours = PdfInspection.words(pdfs.get(name).content()).stream().distinct().toList();
            List<String> theirs = PdfInspection.words(office).stream().distinct().toList();
            assertThat(PdfInspection.missing(ours, theirs)).as("%s: words of our PDF that LibreOffice does not show", name)
                    .isEmpty();
            assertThat(PdfInspection.missing(theirs, ours)).as("%s: words LibreOffice shows that our PDF has not", name)
                    .isEmpty();
        });
    }

    @Test
    void keepsTwoLinesOfAParagraphOnEachSideOfAPageBreak() {
        // "Savannakhet và tỉnh Salavan (nước CHDCND Lào)." alone at the top of page 2 of the term report: a line at the
        // body's margin (85 pt; a table's cells start a little further in, a paragraph's first line 1 cm further)
        // continues the paragraph of the page before
        converted.forEach((name, office) -> {
            List<PdfInspection.Line> lines = PdfInspection.lines(office).stream().filter(l -> l.baseline() > 57).toList();
            for (int i = 1; i < lines.size(); i++) {
                PdfInspection.Line line = lines.get(i);
                PdfInspection.Line before = lines.get(i - 1);
                if (line.page() != before.page() && line.x() < 86.5f) {
                    assertThat(before.x()).as("%s: a paragraph's first line alone at the foot of page %d, '%s'", name,
                            before.page(), before.text()).isLessThan(86.5f);
                    assertThat(i + 1 < lines.size() && lines.get(i + 1).x() < 86.5f)
                            .as("%s: a paragraph's last line alone at the top of page %d, '%s'", name, line.page(),
                                    line.text()).isTrue();
                }
            }
        });
    }

    @Test
    void laysItOutOnAsManyPagesGiveOrTakeOne() {
        converted.forEach((name, office) -> assertThat(PdfInspection.pageSizes(office).size()).as(name)
                .isBetween(pdfs.get(name).pages() - 1, pdfs.get(name).pages() + 1));
    }

    @Test
    void keepsEveryLineAwayFromThePageEdgeAndNumbersPagesFromTwo() {
        converted.forEach((name, office) -> {
            List<float[]> bounds = PdfInspection.textBounds(office);
            for (int page = 0; page < bounds.size(); page++) {
                float[] b = bounds.get(page);
                assertThat(b[0]).as("%s page %d: left", name, page + 1).isGreaterThan(EDGE);
                assertThat(b[1]).as("%s page %d: top", name, page + 1).isGreaterThan(EDGE);
                assertThat(b[2]).as("%s page %d: right", name, page + 1).isLessThan(595 - EDGE);
                assertThat(b[3]).as("%s page %d: bottom", name, page + 1).isLessThan(842 - EDGE);
            }
            List<String> pages = PdfInspection.pageTexts(office);
            assertThat(pages.get(0).lines().map(String::strip).findFirst().orElse("")).as(name).isNotEqualTo("1");
            for (int page = 2; page <= pages.size(); page++) {
                // a draft's mark at its right
                assertThat(pages.get(page - 1).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                        .map(l -> l.replaceFirst("\\s+DỰ THẢO$", ""))).as("%s page %d", name, page)
                        .hasValue(String.valueOf(page));
            }
        });
    }

    @Test
    void drawsTheHeadersRulesRightUnderTheirTextAndAsLongAsThePdfDoes() {
        // Decree 30: under the issuing body a rule 1/3 to 1/2 of its length, under the motto one as long as it, each
        // right under its text: not an overline of "Số:" below (the Word rules were 28% and 93% long, and the agency's
        // 3.4 mm down, cut short and moved by Word's default cell margins around a border as wide as the column)
        SoftAssertions softly = new SoftAssertions();
        for (String name : List.of("rich-final", "compared-draft")) {
            for (boolean ours : List.of(true, false)) {
                byte[] pdf = ours ? pdfs.get(name).content() : converted.get(name);
                String which = name + (ours ? " in our PDF" : " in LibreOffice");
                PdfInspection.Placed agency = PdfInspection.firstPagePlace(pdf, "SỞ NGOẠI VỤ");
                PdfInspection.Placed number = PdfInspection.firstPagePlace(pdf, "Số:");
                PdfInspection.Rule underAgency = ruleUnder(pdf, agency, which);
                softly.assertThat(underAgency.length() / agency.width()).as("%s: the agency's rule, of its length", which)
                        .isBetween(1 / 3f, 0.5f);
                assertRightUnder(softly, underAgency, agency, which);
                softly.assertThat(number.baseline() - underAgency.y()).as("%s: points from the agency's rule down to Số:", which)
                        .isGreaterThan(17f);
                PdfInspection.Placed motto = PdfInspection.firstPagePlace(pdf, "Độc lập - Tự do - Hạnh phúc");
                PdfInspection.Rule underMotto = ruleUnder(pdf, motto, which);
                softly.assertThat(underMotto.length() / motto.width()).as("%s: the motto's rule, of its length", which)
                        .isBetween(0.97f, 1.06f);
                assertRightUnder(softly, underMotto, motto, which);
            }
        }
        // Hướng dẫn 36: the Party's name over a rule as long as it
        for (boolean ours : List.of(true, false)) {
            byte[] pdf = ours ? pdfs.get("party-final").content() : converted.get("party-final");
            String which = "party-final" + (ours ? " in our PDF" : " in LibreOffice");
            PdfInspection.Placed party = PdfInspection.firstPagePlace(pdf, "ĐẢNG CỘNG SẢN VIỆT NAM");
            PdfInspection.Rule underParty = ruleUnder(pdf, party, which);
            softly.assertThat(underParty.length() / party.width()).as("%s: the Party's rule, of its name's length", which)
                    .isBetween(0.97f, 1.06f);
            assertRightUnder(softly, underParty, party, which);
        }
        softly.assertAll();
    }

    /** The first rule below the text's baseline whose middle is under the text. */
    private static PdfInspection.Rule ruleUnder(byte[] pdf, PdfInspection.Placed text, String which) {
        return PdfInspection.firstPageRules(pdf).stream()
                .filter(r -> r.y() > text.baseline() && (r.left() + r.right()) / 2 > text.left()
                        && (r.left() + r.right()) / 2 < text.right())
                .findFirst().orElseThrow(() -> new AssertionError(which + ": no rule under " + text));
    }

    /** Centred under the text and close under its baseline: below its letters' descenders, above the next line. */
    private static void assertRightUnder(SoftAssertions softly, PdfInspection.Rule rule, PdfInspection.Placed text, String which) {
        softly.assertThat(Math.abs((rule.left() + rule.right()) / 2 - (text.left() + text.right()) / 2))
                .as("%s: points between the middles of %s and its rule", which, text.text()).isLessThan(2f);
        softly.assertThat(rule.y() - text.baseline()).as("%s: points from the baseline of %s down to its rule", which, text.text())
                .isBetween(3.5f, 8.5f);
    }

    private static RenderOptions options(Format format, boolean finalReport) {
        return finalReport ? RenderOptions.finalReport(format, 3, GENERATED) : RenderOptions.draft(format, GENERATED);
    }
}
