package vn.coordreport.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.coordreport.render.PdfInspection.collapse;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rendered report as a reader sees it: text, figures, fonts, page layout, draft and final. */
class ReportRendererTests {

    private static final LocalDate GENERATED = LocalDate.of(2022, 1, 10);

    private static final ReportRenderer renderer = new ReportRenderer();
    private static RenderedReport draft;
    private static RenderedReport finalReport;
    private static RenderedReport empty;
    private static String draftText;
    private static String finalText;
    private static String emptyText;

    @BeforeAll
    static void render() {
        draft = renderer.render(ReviewFixtures.rich(), RenderOptions.draft(Format.PDF, GENERATED));
        finalReport = renderer.render(ReviewFixtures.rich(), RenderOptions.finalReport(Format.PDF, 5, GENERATED));
        empty = renderer.render(ReviewFixtures.empty(), RenderOptions.draft(Format.PDF, GENERATED));
        draftText = collapse(PdfInspection.text(draft.content()));
        finalText = collapse(PdfInspection.text(finalReport.content()));
        emptyText = collapse(PdfInspection.text(empty.content()));
    }

    @Test
    void printsTheDecree30HeaderBlock() {
        assertThat(finalText).contains("UBND TỈNH QUẢNG TRỊ", "SỞ NGOẠI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                "Kết quả thực hiện Quy chế phối hợp năm 2021 giữa Sở Ngoại vụ và Bộ Chỉ huy Bộ đội Biên phòng tỉnh");
        assertThat(finalText).contains("Số: 05/BC-SNgV");
        assertThat(draftText).containsPattern("Số: +/BC-SNgV").doesNotContain("05/BC-SNgV");
    }

    @Test
    void datesTheReportOnTheConferenceDayAndOtherwiseOnTheGenerationDay() {
        assertThat(finalText).contains("Quảng Trị, ngày 18 tháng 01 năm 2022");
        assertThat(emptyText).contains("Quảng Trị, ngày 10 tháng 01 năm 2022");
    }

    @Test
    void fitsTheSummaryLineToThePeriodKind() {
        assertThat(emptyText).contains("Sơ kết 6 tháng đầu năm 2021 thực hiện Quy chế phối hợp giữa Sở Ngoại vụ");
    }

    @Test
    void writesTheFiguresInVietnameseFormat() {
        assertThat(finalText).contains(
                "Đoàn ra (đoàn cán bộ đi công tác nước ngoài): 12 đoàn (tăng 20% so với cùng kỳ)",
                "77 dự án của 46 đối tác, tổng trị giá 400 tỷ đồng",
                "Tuần tra song phương: 26 lượt (tăng 18,2% so với cùng kỳ), đạt 86,7% kế hoạch (30 lượt)",
                "54.288 đơn vị của 02 đối tác, tổng trị giá 850.000.000 đồng (cùng kỳ không có)",
                "Vụ việc bảo hộ công dân được giải quyết: 03 vụ việc",
                "12 cuộc (bằng cùng kỳ)", "350,5", "giảm 19%", "112,5%");
    }

    @Test
    void groupsTheIndicatorTableByFieldAndChartsTheMainIndicators() {
        assertThat(finalText).contains("2. Các chỉ tiêu chủ yếu", "Chỉ tiêu", "Năm 2021", "Năm 2020", "Lũy kế từ",
                "Viện trợ phi chính phủ nước ngoài", "tỷ đồng", "3. So sánh với cùng kỳ");
        int chartPage = pageContaining(finalReport, "3. So sánh với cùng kỳ");
        List<double[]> bars = PdfInspection.filledRectangles(finalReport.content(), chartPage).stream()
                .filter(r -> Math.abs(r[1] - 10) < 0.5).toList();
        // 8 indicators: 8 bars for 2021, 6 for 2020 (two indicators had nothing); the longer bar of a pair is 220 pt
        assertThat(bars).hasSize(14);
        assertThat(bars).anySatisfy(r -> assertThat(r[0]).isCloseTo(220, org.assertj.core.data.Offset.offset(1.0)));
        assertThat(bars).anySatisfy(r -> assertThat(r[0]).isCloseTo(220 * 17 / 21.0, org.assertj.core.data.Offset.offset(1.0)));
        assertThat(bars).anySatisfy(r -> assertThat(r[0]).isCloseTo(220 * 22 / 26.0, org.assertj.core.data.Offset.offset(1.0)));
    }

    @Test
    void repeatsTheTableHeadsOnEveryPageTheTableRunsOnto() {
        RenderedReport term = renderer.render(ReviewFixtures.termReviewWithManyIndicators(),
                RenderOptions.finalReport(Format.PDF, 1, GENERATED));
        List<String> pages = PdfInspection.pageTexts(term.content()).stream().map(PdfInspection::collapse).toList();
        // table rows read "<name> <unit> <this> <previous> <change> <total>": the first and the last one
        List<String> tablePages = pages.stream()
                .filter(p -> p.contains("– Tổng trị giá tỷ đồng 400") || p.contains("36 25 tăng 44% 120")).toList();
        assertThat(tablePages).hasSize(2)
                .allSatisfy(p -> assertThat(p).contains("Chỉ tiêu Đơn vị", "So sánh", "Lũy kế từ", "2016 - 2009 -"));
        assertThat(String.join(" ", pages)).containsOnlyOnce("2. Các chỉ tiêu chủ yếu")
                .contains("BỘ CHỈ HUY BỘ ĐỘI BIÊN", "Số: 01/BC-BĐBP", "Quảng Trị, ngày 10 tháng 01 năm 2022",
                        "Tổng kết giai đoạn 2016 - 2023 thực hiện Quy chế phối hợp giữa Bộ Chỉ huy", "CHỈ HUY TRƯỞNG");
    }

    @Test
    void keepsTheVietnameseTextsOfLimitationsTasksAndCommendations() {
        assertThat(finalText).contains(
                "II. HẠN CHẾ, TỒN TẠI",
                "Việc chia sẻ thông tin giữa hai cơ quan có lúc chưa kịp thời",
                "Công tác quản lý người nước ngoài tạm trú tại khu vực biên giới còn gặp nhiều khó khăn (tồn tại từ kỳ trước",
                "chưa được ngăn chặn triệt để (đã khắc phục ngày 20/11/2021)",
                "III. NHIỆM VỤ TRỌNG TÂM",
                "04 nhiệm vụ trọng tâm, trong đó: 01 đã hoàn thành, 01 đang thực hiện, 01 chưa thực hiện, 01 dừng thực hiện",
                "đã hoàn thành ngày 15/03/2021", "đang thực hiện", "dừng thực hiện",
                "2. Phương hướng, nhiệm vụ trọng tâm năm 2022",
                "chủ trì: Sở Ngoại vụ; căn cứ: Quyết định số 01/QĐ-UBND ngày 02/01/2022",
                "IV. KHEN THƯỞNG", "02 tập thể, 06 cá nhân",
                "do các đồng chí Nguyễn Triều Thương, Lê Văn Phương chủ trì");
    }

    @Test
    void endsWithTheRecipientsAndTheSignature() {
        assertThat(finalText).contains("Nơi nhận:", "- Như trên;", "- Giám đốc Sở Ngoại vụ;",
                "- Văn phòng UBND tỉnh;", "- Lưu: VT.", "GIÁM ĐỐC", "Nguyễn Triều Thương");
        assertThat(emptyText).contains("Nơi nhận:", "- Như trên; - Lưu: VT.", "GIÁM ĐỐC");
    }

    @Test
    void marksADraftAndOnlyADraft() {
        assertThat(draftText).contains("DỰ THẢO");
        assertThat(emptyText).contains("DỰ THẢO");
        assertThat(finalText).doesNotContain("DỰ THẢO");
    }

    @Test
    void saysSoWhenASectionHasNothing() {
        assertThat(emptyText).contains(
                "I. KẾT QUẢ ĐẠT ĐƯỢC Trong kỳ chưa ghi nhận kết quả, số liệu nào",
                "II. HẠN CHẾ, TỒN TẠI Trong kỳ không ghi nhận hạn chế, tồn tại nào",
                "Không có nhiệm vụ trọng tâm nào được đề ra cho 6 tháng đầu năm 2021",
                "Chưa đề ra phương hướng, nhiệm vụ trọng tâm",
                "IV. KHEN THƯỞNG Trong kỳ chưa có tập thể, cá nhân được khen thưởng");
    }

    @Test
    void embedsLiberationSerifForEveryGlyph() {
        for (RenderedReport report : List.of(draft, finalReport, empty)) {
            List<PDFont> fonts = PdfInspection.fonts(report.content());
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            });
        }
    }

    @Test
    void laysOutOnA4WithPageNumbersFromPageTwo() {
        assertThat(finalReport.pages()).isGreaterThanOrEqualTo(3);
        assertThat(PdfInspection.pageSizes(finalReport.content())).hasSize(finalReport.pages())
                .allSatisfy(size -> assertThat(size).containsExactly(595f, 842f));
        List<String> pages = PdfInspection.pageTexts(finalReport.content());
        assertThat(firstLine(pages.get(0))).startsWith("UBND TỈNH QUẢNG TRỊ");
        assertThat(pages.get(0).lines().map(String::strip)).doesNotContain("1");
        for (int page = 2; page <= pages.size(); page++) {
            assertThat(firstLine(pages.get(page - 1))).isEqualTo(String.valueOf(page));
        }
        assertThat(empty.pages()).isEqualTo(1);
    }

    @Test
    void givesTheSameFiguresInAWordDocument() {
        RenderedReport docx = renderer.render(ReviewFixtures.rich(), RenderOptions.finalReport(Format.DOCX, 5, GENERATED));
        assertThat(docx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.extension()).isEqualTo("docx");
        String text = PdfInspection.docxText(docx.content());
        assertThat(text).contains("Số: 05/BC-SNgV", "Quảng Trị, ngày 18 tháng 01 năm 2022", "BÁO CÁO",
                "77 dự án của 46 đối tác, tổng trị giá 400 tỷ đồng", "54.288", "350,5", "tăng 18,2%", "86,7%",
                "02 tập thể, 06 cá nhân", "Việc chia sẻ thông tin giữa hai cơ quan có lúc chưa kịp thời",
                "Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC").doesNotContain("DỰ THẢO");
        String draftDocx = PdfInspection.docxText(
                renderer.render(ReviewFixtures.rich(), RenderOptions.draft(Format.DOCX, GENERATED)).content());
        assertThat(draftDocx).contains("DỰ THẢO");
    }

    @Test
    void aFinalThatWaitsToBeIssuedLeavesItsNumberAndDateBlank() {
        String page = PdfInspection.pageTexts(renderer.render(ReviewFixtures.rich(),
                RenderOptions.finalToIssue(Format.PDF, GENERATED)).content()).get(0);
        assertThat(PdfInspection.collapse(page)).contains("Số: /BC-", ", ngày tháng năm")
                .doesNotContain("DỰ THẢO");
        assertThatThrownBy(() -> new RenderOptions(Format.PDF, true, 0, GENERATED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number");
        assertThat(draft.contentType()).isEqualTo("application/pdf");
        assertThat(draft.extension()).isEqualTo("pdf");
    }

    private static String firstLine(String page) {
        return page.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    private static int pageContaining(RenderedReport report, String text) {
        List<String> pages = PdfInspection.pageTexts(report.content());
        for (int i = 0; i < pages.size(); i++) {
            if (collapse(pages.get(i)).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " is on no page");
    }
}
