package vn.coordreport.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.coordreport.render.PdfInspection.collapse;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.coordreport.review.Review;

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
    void tellsHowThePeriodsTasksWentUnderAHeadingOfItsOwnWhenNothingIsSetForTheNext() {
        Review r = ReviewFixtures.rich();
        Review nothingNext = new Review(r.agreement(), r.period(), r.calendar(), r.range(), r.previous(),
                r.previousRange(), r.results(), r.indicators(), r.limitations(), r.tasks(), java.util.List.of(),
                r.commendations(), r.conference(), r.recipients(), r.fieldOrder(),
                r.assessments().stream().filter(a -> a.kind() != Review.AssessmentKind.DIRECTION).toList(),
                r.termYears());

        String text = collapse(PdfInspection.text(renderer.render(nothingNext,
                RenderOptions.draft(Format.PDF, GENERATED)).content()));

        // not "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022" over a lone point 1
        assertThat(text).contains("III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM NĂM 2021 Trong năm 2021, hai bên đề ra 04")
                .doesNotContain("PHƯƠNG HƯỚNG", "1. Kết quả thực hiện nhiệm vụ trọng tâm");
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
    void saysEachFigureInASentenceOfItsOwnWithItsCounterpartsAndAmounts() {
        assertThat(finalText).contains(
                "- Phát hiện 17 vụ vi phạm quy chế, hiệp định về biên giới.",
                "- Phối hợp tổ chức 26 lượt tuần tra song phương, đạt 86,7% kế hoạch (30 lượt).",
                "- Tổ chức 12 đoàn cán bộ đi công tác nước ngoài.",
                "- Vận động 77 chương trình, dự án viện trợ phi chính phủ nước ngoài của 46 tổ chức, tổng giá trị cam kết"
                        + " 400 tỷ đồng.",
                "- Giải quyết 03 vụ việc bảo hộ công dân.",
                "- Trao tặng 54.288 đơn vị vật tư, hàng hóa hỗ trợ cho 02 đối tác nước ngoài, trị giá 850 triệu đồng.",
                "- Tổ chức 12 cuộc giao ban, trao đổi thông tin, đạt 100% kế hoạch (12 cuộc).");
        assertThat(finalText).doesNotContain("được phát hiện: 17", "Tuần tra song phương: 26", "của 02 đối tác");
    }

    @Test
    void keepsEachNameOfTheTitleOnOneLineAndExtractsItWithPlainSpaces() {
        List<String> lines = PdfInspection.pageTexts(finalReport.content()).get(0).lines().map(String::strip).toList();
        int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("Kết quả thực hiện")).findFirst().orElseThrow());
        String title = lines.get(first) + "|" + lines.get(first + 1);

        // "... giữa Sở Ngoại vụ và Bộ" over "Chỉ huy Bộ đội Biên phòng tỉnh" broke the Command's name in two
        assertThat(title).contains("Sở Ngoại vụ", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh").endsWith("Biên phòng tỉnh");
        // the text a reader copies, or a search finds, has plain spaces
        assertThat(PdfInspection.text(finalReport.content())).doesNotContain("\u00A0");
    }

    @Test
    void callsThePartnersInTheTableAsTheSentenceCallsThem() {
        // "Vận động 77 chương trình, dự án ... của 46 tổ chức": the table counts the same 46 organisations
        assertThat(finalText).contains("của 46 tổ chức", "– Số tổ chức tổ chức 46",
                "cho 02 đối tác nước ngoài", "– Số đối tác nước ngoài đối tác 2")
                .doesNotContain("– Số đối tác đối tác");
    }

    @Test
    void comparesNothingWithAYearBeforeTheRegulationTookEffect() {
        // the regulation took effect on 23/02/2021: 2020 is not compared with, in words, table or chart
        assertThat(finalText).doesNotContain("cùng kỳ", "Năm 2020", "So với", "năm 2020", "16,7%", "tăng 18,2%");
        assertThat(finalText).contains("3. Kết quả thực hiện các chỉ tiêu chủ yếu", "Chỉ tiêu", "Đơn vị Năm Kế",
                "tính 2021 hoạch", "phát hiện vụ 17 ", "Tuần tra song phương lượt 26 30 86,7%")
                .doesNotContain("So sánh một số chỉ tiêu");
        assertThat(PdfInspection.imagesPerPage(finalReport.content())).allMatch(n -> n == 0);
    }

    @Test
    void aLargeFigureIsNeverBrokenOverTwoLines() {
        // 1.500.000 in a year's column of 30 points printed "1.500." over "000": the column is widened from the names'
        byte[] pdf = renderer.render(ReviewFixtures.termReviewWithALargeFigure(), RenderOptions.draft(Format.PDF,
                GENERATED)).content();

        assertThat(PdfInspection.words(pdf)).contains("1.500.000", "1.500.005").doesNotContain("1.500.", "1.500");
    }

    @Test
    void aUnitAndAComparisonStandOnOneLineWhereTheNamesHaveRoom() {
        // "thỏa / thuận" and "giảm / 31,8%" wrapped in columns of 44 and 50 points beside names on one line
        Review review = ReviewFixtures.withIndicators(ReviewFixtures.compared(), List.of(
                ReviewFixtures.indicator("BORDER_VIOLATION", "Vụ vi phạm quy chế, hiệp định về biên giới được phát hiện",
                        "BORDER", "Quản lý, bảo vệ đường biên giới, mốc quốc giới", "vụ", 15, 22, null, 37),
                ReviewFixtures.indicator("INTL_AGREEMENT_PROVINCE", "Thỏa thuận quốc tế cấp tỉnh được ký kết",
                        "INTL_AGREEMENTS", "Ký kết và thực hiện thỏa thuận quốc tế", "thỏa thuận", 3, 0, null, 3)));
        byte[] pdf = renderer.render(review, RenderOptions.draft(Format.PDF, GENERATED)).content();

        assertThat(PdfInspection.lines(pdf)).map(PdfInspection.Line::text)
                .anyMatch(l -> l.contains("thỏa thuận 3 0 mới phát sinh"))
                .anyMatch(l -> l.contains("vụ 15 22 giảm 31,8%"));
        Block.Table table = IndicatorTable.of(review, Coverage.of(review), review.indicators());
        assertThat(table.columns().get(0).weight()).as("the names' column").isGreaterThanOrEqualTo(150);

        // an annual table of eight columns (targets, their share, the total since the signing) leaves the names less
        // than 150 points: a unit still stands whole where no row grows taller for it
        Review annual = ReviewFixtures.withIndicators(ReviewFixtures.compared(), List.of(
                ReviewFixtures.indicator("INTL_AGREEMENT_PROVINCE", "Thỏa thuận quốc tế cấp tỉnh được ký kết",
                        "INTL_AGREEMENTS", "Ký kết và thực hiện thỏa thuận quốc tế", "thỏa thuận", 3, 2, 4, 9),
                ReviewFixtures.indicator("JOINT_PATROL", "Tuần tra song phương", "BORDER",
                        "Quản lý, bảo vệ đường biên giới, mốc quốc giới", "lượt", 26, 22, 30, 90)));
        Block.Table eight = IndicatorTable.of(annual, Coverage.of(annual), annual.indicators());
        assertThat(eight.columns()).hasSize(8);
        assertThat(eight.columns().get(0).weight()).isLessThan(150);
        assertThat(PdfInspection.lines(renderer.render(annual, RenderOptions.draft(Format.PDF, GENERATED)).content()))
                .map(PdfInspection.Line::text).anyMatch(l -> l.contains("thỏa thuận 3 2 tăng 50% 4 75% 9"));
    }

    @Test
    void aTablesNoteThatFitsUnderTheTableStaysOnItsPage() {
        // a term review's table over two pages, ending 47 pt above page 5's foot: its one-line note went to the top
        // of page 6, the blank room the table's band asked for at its start staying under the table's end
        for (int words = 224; words <= 260; words += 12) {
            Review review = ReviewFixtures.withAssessments(ReviewFixtures.termReviewWithManyIndicators(), java.util.stream.Stream
                    .concat(java.util.stream.Stream.of(new Review.Assessment(Review.AssessmentKind.SITUATION,
                            "Tình hình biên giới ổn định" + " tiếp tục giữ vững".repeat(words) + ".")),
                            ReviewFixtures.termReviewWithManyIndicators().assessments().stream()).toList());
            // read in the order drawn: where the note falls level with the draft's mark, the mark's letters
            // sorted into its line ("nDăm 2016 tínhỰ")
            List<String> pages = PdfInspection.drawnPageTexts(renderer.render(review, RenderOptions.draft(Format.PDF,
                    GENERATED)).content()).stream().map(PdfInspection::collapse).toList();
            int lastRow = -1;
            for (int i = 0; i < pages.size(); i++) {
                lastRow = pages.get(i).contains("Chỉ tiêu bổ sung số 12") ? i : lastRow;
            }
            assertThat(pages.get(lastRow)).as("%d phrases: the note on the page of the table's last row", words)
                    .contains("Ghi chú: năm 2016 tính từ ngày 25/06/2016");
        }
    }

    @Test
    void keepsAnIndicatorsRowWithItsDetailRowsAndTheTablesHeadAtAPagesFoot() {
        // the reviewer's case: "Tuần tra song phương 15 9 24" ended page 1 and its partners' row opened page 2, the
        // table's first indicator starting under four-line heads at the foot of the page
        for (List<String> situation : ReviewFixtures.situationsMovingTheTableDownPageOne()) {
            RenderedReport report = renderer.render(ReviewFixtures.partyPatrol(situation), RenderOptions.draft(Format.PDF, GENERATED));
            List<String> pages = PdfInspection.pageTexts(report.content()).stream().map(PdfInspection::collapse).toList();
            int row = pageContaining(report, "Tuần tra song phương lượt 15 9 24");
            assertThat(pages.get(row)).as("%d paragraphs, the first %d characters: the partners' row on the indicator's page",
                    situation.size(), situation.get(0).length())
                    .contains("– Số đơn vị bảo vệ biên giới nước bạn đơn vị 2 1")
                    .contains("Kết quả thực hiện các chỉ tiêu chủ yếu");
        }
    }

    @Test
    void aTablesNoteIsInABandOfItsOwnThatIsNeverSplit() throws Exception {
        // the reviewer's case (a Party final of the Quảng Trị data, page 2): a table ending at the foot of a page, its
        // note of two lines broken after the first, "với cùng kỳ." alone at the top of page 3. The layouts of the
        // fixtures here never put the note there, so the template itself is read: the note is the only element of
        // a band that JasperReports never splits
        org.w3c.dom.Document template = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(java.nio.file.Path.of("reports/review-report.jrxml").toFile());
        org.w3c.dom.NodeList bands = template.getElementsByTagName("band");
        List<org.w3c.dom.Element> withNote = new java.util.ArrayList<>();
        for (int i = 0; i < bands.getLength(); i++) {
            org.w3c.dom.Element band = (org.w3c.dom.Element) bands.item(i);
            if (band.getTextContent().contains("$F{note}") && !band.getTextContent().contains("$F{tableRows}")) {
                withNote.add(band);
            }
        }
        assertThat(withNote).singleElement().satisfies(band -> {
            assertThat(band.getAttribute("splitType")).isEqualTo("Prevent");
            assertThat(band.getElementsByTagName("element").getLength()).isOne();
        });
        for (int i = 0; i < bands.getLength(); i++) {
            String text = bands.item(i).getTextContent();
            assertThat(text.contains("$F{tableRows}") && text.contains("$F{note}")).as("the table's band holds no note")
                    .isFalse();
        }
    }

    @Test
    void comparesWithTheSameYearEarlierWhenTheRegulationCoveredItInFull() {
        RenderedReport report = renderer.render(ReviewFixtures.compared(), RenderOptions.finalReport(Format.PDF, 5, GENERATED));
        String text = collapse(PdfInspection.text(report.content()));

        assertThat(text).contains("- Phát hiện 17 vụ vi phạm quy chế, hiệp định về biên giới (giảm 19% so với cùng kỳ).",
                "- Tổ chức 12 đoàn cán bộ đi công tác nước ngoài (tăng 20% so với cùng kỳ).",
                "tổng giá trị cam kết 400 tỷ đồng (tăng 10% so với cùng kỳ; giá trị tăng 14,1%)",
                "Đơn vị Năm Năm So với Kế", "tính 2021 2020 cùng kỳ hoạch", "Lũy kế từ",
                "Tuần tra song phương lượt 26 22 tăng 18,2% 30 86,7% 26", "– Tổng giá trị cam kết tỷ đồng 400 350,5 tăng 14,1%",
                "4. So sánh một số chỉ tiêu chủ yếu với cùng kỳ",
                "thanh đậm là năm 2021, thanh nhạt là cùng kỳ năm 2020");
        int chartPage = pageContaining(report, "4. So sánh một số chỉ tiêu chủ yếu với cùng kỳ");
        List<Integer> images = PdfInspection.imagesPerPage(report.content());
        assertThat(images.get(chartPage)).as("the chart's first picture under its heading").isPositive();
        int lastPicture = java.util.stream.IntStream.range(0, images.size()).filter(i -> images.get(i) > 0).max().orElseThrow();
        assertThat(collapse(PdfInspection.pageTexts(report.content()).get(lastPicture)))
                .as("the chart's caption under its last picture").contains("dùng chung một thang đo");
    }

    @Test
    void givesAPartlyCoveredYearsFigureWithTheDayTheRegulationTookEffectAndNoPercentage() {
        RenderedReport report = renderer.render(ReviewFixtures.partlyCompared(),
                RenderOptions.finalReport(Format.PDF, 5, GENERATED));
        String text = collapse(PdfInspection.text(report.content()));

        assertThat(text).contains(
                "- Phát hiện 17 vụ vi phạm quy chế, hiệp định về biên giới; năm 2020 có 21 vụ",
                "năm 2020 chưa phát sinh",
                // the percentage of the target follows the figure it measures, not the year before
                "- Phối hợp tổ chức 26 lượt tuần tra song phương, đạt 86,7% kế hoạch (30 lượt); năm 2020 có 22 lượt",
                "(từ", "01/03/2020)", "Tuần tra song phương lượt 26 22 30 86,7%",
                "Ghi chú: số liệu năm 2020 tính từ ngày 01/03/2020, ngày Quy chế có hiệu lực");
        // the regulation's first day said with the first such sentence, not after each (it read as a refrain)
        assertThat(text).containsOnlyOnce("(quy chế có hiệu lực từ ngày 01/03/2020)")
                .containsPattern("năm 2020 (có \\d+ \\S+|chưa phát sinh) \\(quy chế có hiệu lực từ ngày 01/03/2020\\)\\.");
        assertThat(text).doesNotContain("so với cùng kỳ", "So với cùng kỳ", "giảm 19%", "tăng 20%", "cùng kỳ chưa phát sinh",
                "mới phát sinh", "So sánh một số chỉ tiêu");
        assertThat(PdfInspection.imagesPerPage(report.content())).allMatch(n -> n == 0);
    }

    @Test
    void givesATermReviewYearByYearWithTotalsAndNoInventedEarlierTerm() {
        RenderedReport term = renderer.render(ReviewFixtures.termReviewWithManyIndicators(),
                RenderOptions.finalReport(Format.PDF, 1, GENERATED));
        List<String> pages = PdfInspection.pageTexts(term.content()).stream().map(PdfInspection::collapse).toList();
        String text = String.join(" ", pages);

        // table rows read "<name> <unit> <2016> ... <2023> <total>": the first and the last one
        assertThat(text).contains("Phát hiện 17 vụ vi phạm quy chế, hiệp định về biên giới.",
                "Chỉ tiêu Đơn vị tính 2016 2017 2018 2019 2020 2021 2022 2023 Tổng",
                "phát hiện vụ 3 2 2 2 2 2 2 2 17", "cuộc 12 12 12 12 12 12 12 12 96",
                "Ghi chú: năm 2016 tính từ ngày 25/06/2016; năm 2023 tính đến ngày 25/10/2023.",
                "4. Một số chỉ tiêu chủ yếu qua các năm", "số liệu từng năm giai đoạn 2016 - 2023",
                "III. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN TIẾP THEO");
        assertThat(text).doesNotContain("cùng kỳ", "2009", "Lũy kế");
        List<String> tablePages = pages.stream().filter(p -> p.contains("phát hiện vụ 3 2 2 2 2 2 2 2 17")
                || p.contains("cuộc 12 12 12 12 12 12 12 12 96")).toList();
        assertThat(tablePages).hasSize(2).allSatisfy(p -> assertThat(p).contains("Chỉ tiêu Đơn vị tính 2016"));
        assertThat(text).containsOnlyOnce("3. Kết quả thực hiện các chỉ tiêu chủ yếu")
                .contains("BỘ CHỈ HUY BỘ ĐỘI BIÊN", "Số: 01/BC-BĐBP", "Quảng Trị, ngày 10 tháng 01 năm 2022",
                        "Tổng kết giai đoạn 2016 - 2023 thực hiện Quy chế phối hợp giữa Bộ Chỉ huy", "CHỈ HUY TRƯỞNG");
        // six indicators, a picture each: the chart starts under the table's note, on its page, and runs on to the
        // next, rather than leaving the table's page two-thirds empty; the caption under the last picture
        List<Integer> images = PdfInspection.imagesPerPage(term.content());
        assertThat(images.stream().mapToInt(Integer::intValue).sum()).isEqualTo(IndicatorChart.TERM);
        int chart = pageContaining(term, "4. Một số chỉ tiêu chủ yếu qua các năm");
        assertThat(chart).isEqualTo(pageContaining(term, "Ghi chú: năm 2016 tính từ ngày 25/06/2016"));
        assertThat(images.get(chart)).isPositive();
        int lastPicture = java.util.stream.IntStream.range(0, images.size()).filter(i -> images.get(i) > 0).max().orElseThrow();
        assertThat(pageContaining(term, "số liệu từng năm giai đoạn 2016 - 2023")).as("the caption's page")
                .isEqualTo(lastPicture);
    }

    @Test
    void namesTheSuccessorsTermAfterATermReview() {
        Review term = ReviewFixtures.termReviewWithManyIndicators();
        Review.AgreementInfo a = term.agreement();
        Review withSuccessor = ReviewFixtures.withAgreement(term, new Review.AgreementInfo(a.code(), a.title(),
                a.province(), a.signedOn(), a.effectiveFrom(), a.effectiveTo(), a.symbol(), a.parties(),
                new Review.Successor("15/QCPH-BĐBP-SNgV", LocalDate.of(2023, 10, 26), LocalDate.of(2028, 10, 25))));

        assertThat(ReportWording.nextPeriod(withSuccessor)).isEqualTo("giai đoạn 2023 - 2028");
        assertThat(collapse(PdfInspection.text(renderer.render(withSuccessor,
                RenderOptions.draft(Format.PDF, GENERATED)).content())))
                .contains("III. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2023 - 2028", "Nhiệm vụ trọng tâm giai đoạn 2023 - 2028");
    }

    @Test
    void followsTheOutlineOfAReviewReportWithContinuousNumerals() {
        Review review = ReviewFixtures.withAssessments(ReviewFixtures.compared(), List.of(
                new Review.Assessment(Review.AssessmentKind.SITUATION, "Tình hình biên giới cơ bản ổn định."),
                new Review.Assessment(Review.AssessmentKind.LESSON, "Phải thường xuyên trao đổi thông tin."),
                new Review.Assessment(Review.AssessmentKind.PROPOSAL, "Đề nghị UBND tỉnh bố trí kinh phí."),
                new Review.Assessment(Review.AssessmentKind.DIRECTION, "Hai bên tăng cường phối hợp.")));
        String text = collapse(PdfInspection.text(renderer.render(review,
                RenderOptions.finalReport(Format.PDF, 1, GENERATED)).content()));

        assertThat(text).containsSubsequence("như sau:", "ĐẶC ĐIỂM TÌNH HÌNH Tình hình biên giới cơ bản ổn định.",
                "I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Kết quả trên các lĩnh vực", "a) Quản lý, bảo vệ đường biên giới",
                "d) Công tác lãnh sự", "đ) Quản lý người nước ngoài", "e) Phòng, chống dịch bệnh",
                "g) Giao ban, trao đổi thông tin", "h) Phòng, chống thiên tai", "i) Tham mưu",
                "2. Kết quả thực hiện các chỉ tiêu chủ yếu", "3. So sánh",
                "II. HẠN CHẾ, TỒN TẠI VÀ NGUYÊN NHÂN", "1. Hạn chế, tồn tại", "a) Hạn chế, tồn tại trong kỳ",
                "b) Hạn chế, tồn tại từ các kỳ trước chưa được khắc phục", "c) Hạn chế, tồn tại đã được khắc phục",
                "2. Nguyên nhân", "- Đầu mối trao đổi thông tin của hai cơ quan chưa được phân công cụ thể.",
                "III. BÀI HỌC KINH NGHIỆM", "- Phải thường xuyên trao đổi thông tin.",
                "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022", "1. Kết quả thực hiện nhiệm vụ trọng tâm năm 2021",
                "2. Ý kiến chỉ đạo tại Hội nghị", "3. Nhiệm vụ trọng tâm năm 2022",
                "V. KIẾN NGHỊ, ĐỀ XUẤT", "- Đề nghị UBND tỉnh bố trí kinh phí.", "VI. KHEN THƯỞNG");
        assertThat(text).doesNotContain("f) ", "Công tác lãnh đạo, chỉ đạo");
        // without lessons or proposals the numerals run on: no III left empty, no V
        assertThat(finalText).contains("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022", "IV. KHEN THƯỞNG")
                .doesNotContain("BÀI HỌC", "KIẾN NGHỊ", "ĐẶC ĐIỂM TÌNH HÌNH");
    }

    @Test
    void namesTheChairsWithTheirTitlesAndGivesTheirDirections() {
        assertThat(finalText).contains("do đồng chí Nguyễn Triều Thương, Giám đốc Sở Ngoại vụ và đồng chí Lê Văn Phương,"
                        + " Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh đồng chủ trì.",
                "Tại Hội nghị, đồng chí Nguyễn Triều Thương, Giám đốc Sở Ngoại vụ và đồng chí Lê Văn Phương, Chỉ huy"
                        + " trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh chỉ đạo: - Hai bên tăng cường hơn nữa",
                "1. Công tác lãnh đạo, chỉ đạo, triển khai Lãnh đạo hai cơ quan đã chỉ đạo");
    }

    @Test
    void keepsTheVietnameseTextsOfLimitationsTasksAndCommendationsWithoutDatabaseTags() {
        assertThat(finalText).contains(
                "II. HẠN CHẾ, TỒN TẠI VÀ NGUYÊN NHÂN",
                "- Việc chia sẻ thông tin giữa hai cơ quan có lúc chưa kịp thời.",
                "- Công tác quản lý người nước ngoài tạm trú tại khu vực biên giới còn gặp nhiều khó khăn.",
                "- Tình trạng xuất nhập cảnh trái phép qua đường mòn, lối mở chưa được ngăn chặn triệt để.",
                "04 nhiệm vụ trọng tâm, trong đó: 01 đã hoàn thành, 01 đang thực hiện, 01 chưa thực hiện, 01 dừng thực hiện",
                "tỉnh Savannakhet: đã hoàn thành ngày 15/03/2021 (chủ trì: Sở Ngoại vụ).",
                "các xã biên giới: đang thực hiện (chủ trì: Bộ Chỉ huy Bộ đội Biên phòng tỉnh).",
                "3. Nhiệm vụ trọng tâm năm 2022",
                "(chủ trì: Sở Ngoại vụ; theo Quyết định số 01/QĐ-UBND ngày 02/01/2022)",
                "IV. KHEN THƯỞNG", "Tại Hội nghị, 02 tập thể, 06 cá nhân được khen thưởng (Giấy khen)");
        assertThat(finalText).doesNotContain("ghi nhận ngày", "tồn tại từ kỳ trước,", "(đã khắc phục ngày");
    }

    @Test
    void leavesOutThePartsThatHaveNothingToSay() {
        assertThat(emptyText).containsSubsequence("Thực hiện Quy chế phối hợp số 09/QCPH/SNgV-BP",
                "đến ngày 14/06/2021). Trong kỳ báo cáo, các cơ quan phối hợp chưa gửi số liệu, kết quả thực hiện "
                        + "Quy chế.", "Trên đây là báo cáo", "Nơi nhận:");
        assertThat(emptyText).doesNotContain("như sau");
        assertThat(emptyText).doesNotContainPattern("\\b(I|II|III|IV)\\. ")
                .doesNotContain("Không có", "không có", "chưa có", "Chưa đề ra", "chưa ghi nhận", "KHEN THƯỞNG");
    }

    @Test
    void endsWithTheClosingParagraphTheRecipientsAndTheSignedName() {
        List<String> pages = PdfInspection.pageTexts(finalReport.content()).stream().map(PdfInspection::collapse).toList();
        assertThat(pages.get(pages.size() - 1)).contains("Trên đây là báo cáo của Sở Ngoại vụ về kết quả thực hiện Quy "
                        + "chế phối hợp năm 2021",
                "Nơi nhận:", "- Giám đốc Sở Ngoại vụ;", "- Văn phòng UBND tỉnh;", "- Lưu: VT, QLBG.", "GIÁM ĐỐC",
                "Nguyễn Triều Thương");
        assertThat(finalText).doesNotContain("Như trên");
        assertThat(finalReport.missingSigner()).isNull();
        // the final, as an empty one is issued: the draft's mark over the signature block interleaves its letters
        String emptyFinal = collapse(PdfInspection.text(renderer.render(ReviewFixtures.empty(),
                RenderOptions.finalReport(Format.PDF, 6, GENERATED)).content()));
        assertThat(emptyFinal).containsSubsequence("chưa gửi số liệu, kết quả thực hiện Quy chế.", "Nơi nhận:",
                "GIÁM ĐỐC", "- Lưu: VT, QLBG.");
    }

    @Test
    void makesAFinalWithoutASignerNameButSaysWhoseNameIsMissing() {
        Review review = ReviewFixtures.withAgreement(ReviewFixtures.rich(), ReviewFixtures.agreementFrom(
                LocalDate.of(2021, 2, 23), List.of(new Review.Agency("SNGV-QT", "Sở Ngoại vụ", "Quảng Trị",
                        "UBND tỉnh Quảng Trị", "GIÁM ĐỐC", null), ReviewFixtures.BDBP)));

        RenderedReport unsigned = renderer.render(review, RenderOptions.finalReport(Format.PDF, 6, GENERATED));

        assertThat(unsigned.missingSigner()).isEqualTo("SNGV-QT");
        assertThat(collapse(PdfInspection.text(unsigned.content()))).contains("Số: 06/BC-SNgV", "GIÁM ĐỐC");
        assertThat(renderer.render(review, RenderOptions.draft(Format.PDF, GENERATED)).missingSigner()).isNull();
    }

    @Test
    void laysOutAPartyCommitteesReportAsAPartyDocument() {
        RenderedReport report = renderer.render(ReviewFixtures.party(), RenderOptions.finalReport(Format.PDF, 1, GENERATED));
        List<String> pages = PdfInspection.pageTexts(report.content());
        String first = pages.get(0);

        assertThat(first.lines().map(String::strip).toList()).containsSubsequence(
                "ĐẢNG BỘ TỈNH QUẢNG NINH ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 01-BC/ĐU", "BÁO CÁO");
        assertThat(collapse(first)).contains("ĐẢNG ỦY BỘ ĐỘI BIÊN", "Quảng Ninh, ngày 18 tháng 01 năm 2022")
                .doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do", "Số:");
        // the committee's name broken between its groups, as a clerk sets it: the Border Guard's name is not cut in
        // two ("ĐẢNG ỦY BỘ ĐỘI BIÊN" above "PHÒNG TỈNH" when each line was filled in turn, "ĐẢNG ỦY BỘ ĐỘI" above
        // "BIÊN PHÒNG TỈNH" when balanced), in PDF and Word alike
        List<String> lines = first.lines().map(String::strip).toList();
        assertThat(lines).contains("ĐẢNG ỦY"); // the place and date stand beside the second line
        assertThat(lines.get(lines.indexOf("ĐẢNG ỦY") + 1)).startsWith("BỘ ĐỘI BIÊN PHÒNG TỈNH");
        byte[] docx = renderer.render(ReviewFixtures.party(), RenderOptions.finalReport(Format.DOCX, 1, GENERATED))
                .content();
        assertThat(PdfInspection.part(docx, "word/document.xml"))
                .contains(">ĐẢNG\u00a0ỦY BỘ\u00a0ĐỘI\u00a0BIÊN\u00a0PHÒNG\u00a0TỈNH<");
        assertThat(collapse(pages.get(pages.size() - 1))).containsSubsequence("Nơi nhận:", "T/M ĐẢNG ỦY", "BÍ THƯ",
                "Nguyễn Văn Hùng");
    }

    @Test
    void keepsHeadingsWithWhatFollowsAndTheClosingParagraphWithTheSignature() {
        for (int extra = 0; extra <= 30; extra++) {
            Review review = withExtraResults(ParagraphIndentTests.withExtraNextTasks(ReviewFixtures.rich(), extra % 7),
                    extra);
            RenderedReport report = renderer.render(review, RenderOptions.finalReport(Format.PDF, 1, GENERATED));
            List<String> pages = PdfInspection.pageTexts(report.content());
            List<String> headings = ReportBody.document(review, RenderOptions.draft(Format.PDF, GENERATED)).body().stream()
                    .filter(b -> b instanceof Block.Heading).map(b -> ((Block.Heading) b).text()).toList();
            for (int page = 0; page < pages.size() - 1; page++) {
                List<String> lines = pages.get(page).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                String last = lines.get(lines.size() - 1);
                assertThat(headings).as("%d extra tasks: the last line of page %d, '%s'", extra, page + 1, last)
                        .noneMatch(h -> h.endsWith(last));
                assertThat(last).as("%d extra tasks: page %d ends with a paragraph leading into the next", extra, page + 1)
                        .doesNotEndWith(":");
            }
            String lastPage = collapse(pages.get(pages.size() - 1));
            assertThat(lastPage).as("%d extra tasks", extra).contains("Trên đây là báo cáo", "Nơi nhận:", "GIÁM ĐỐC");
            // the closing and the signature never stand on a page of their own: the body's end goes with them
            String beforeClosing = lastPage.substring(0, lastPage.indexOf("Trên đây là báo cáo"))
                    .replaceFirst("^" + pages.size() + " ", "").strip();
            assertThat(beforeClosing).as("%d extra tasks: the body's text on the signed page", extra).isNotEmpty();
        }
    }

    @Test
    void marksADraftAndOnlyADraft() {
        assertThat(draftText).contains("DỰ THẢO");
        assertThat(emptyText).contains("DỰ THẢO");
        assertThat(finalText).doesNotContain("DỰ THẢO");
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
    void aFinalThatWaitsToBeIssuedLeavesItsNumberAndDateBlank() {
        String page = PdfInspection.pageTexts(renderer.render(ReviewFixtures.rich(),
                RenderOptions.finalToIssue(Format.PDF, GENERATED)).content()).get(0);
        assertThat(PdfInspection.collapse(page)).contains("Số: /BC-", ", ngày tháng năm")
                .doesNotContain("DỰ THẢO");
        assertThatThrownBy(() -> new RenderOptions(Format.PDF, true, 0, GENERATED, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number");
        assertThat(draft.contentType()).isEqualTo("application/pdf");
        assertThat(draft.extension()).isEqualTo("pdf");
    }

    /** Results of one more field, so that every page break falls elsewhere. */
    private static Review withExtraResults(Review r, int extra) {
        List<Review.Result> results = new java.util.ArrayList<>(r.results());
        for (int n = 1; n <= extra; n++) {
            results.add(new Review.Result("PROPAGANDA", "Tuyên truyền, phổ biến pháp luật", LocalDate.of(2021, 5, n),
                    "Tổ chức tuyên truyền pháp luật về biên giới quốc gia đợt " + n + "."));
        }
        return new Review(r.agreement(), r.period(), r.calendar(), r.range(), r.previous(), r.previousRange(), results,
                r.indicators(), r.limitations(), r.tasks(), r.nextTasks(), r.commendations(), r.conference(),
                r.recipients(), r.fieldOrder(), r.assessments(), r.termYears());
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
