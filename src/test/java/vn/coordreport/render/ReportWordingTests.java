package vn.coordreport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.review.Review;
import vn.coordreport.review.Review.IndicatorFigure;

class ReportWordingTests {

    private static final String BETWEEN = " giữa Sở Ngoại vụ và Bộ Chỉ huy Bộ đội Biên phòng tỉnh";

    @Test
    void fitsTheSummaryLineToEachKindOfPeriod() {
        assertThat(ReportWording.summary(reviewFor(Period.year(2021))))
                .isEqualTo("Kết quả thực hiện Quy chế phối hợp năm 2021" + BETWEEN);
        assertThat(ReportWording.summary(reviewFor(Period.half(2019, 1))))
                .isEqualTo("Sơ kết 6 tháng đầu năm 2019 thực hiện Quy chế phối hợp" + BETWEEN);
        assertThat(ReportWording.summary(reviewFor(Period.half(2019, 2))))
                .isEqualTo("Sơ kết 6 tháng cuối năm 2019 thực hiện Quy chế phối hợp" + BETWEEN);
        assertThat(ReportWording.summary(reviewFor(Period.nineMonths(2020))))
                .isEqualTo("Kết quả thực hiện Quy chế phối hợp 9 tháng đầu năm 2020" + BETWEEN);
        assertThat(ReportWording.summary(reviewFor(Period.quarter(2021, 3))))
                .isEqualTo("Kết quả thực hiện Quy chế phối hợp quý III năm 2021" + BETWEEN);
        assertThat(ReportWording.summary(reviewFor(Period.range(LocalDate.of(2016, 6, 25), LocalDate.of(2023, 10, 25)))))
                .isEqualTo("Tổng kết giai đoạn 2016 - 2023 thực hiện Quy chế phối hợp" + BETWEEN);
    }

    @Test
    void namesTheNextPeriodOfTheDirections() {
        assertThat(ReportWording.nextPeriod(reviewFor(Period.half(2019, 1)))).isEqualTo("6 tháng cuối năm 2019");
        assertThat(ReportWording.nextPeriod(reviewFor(Period.half(2019, 2)))).isEqualTo("6 tháng đầu năm 2020");
        assertThat(ReportWording.nextPeriod(reviewFor(Period.nineMonths(2020)))).isEqualTo("3 tháng cuối năm 2020");
        assertThat(ReportWording.nextPeriod(reviewFor(Period.quarter(2021, 3)))).isEqualTo("quý IV năm 2021");
        assertThat(ReportWording.nextPeriod(reviewFor(Period.quarter(2021, 4)))).isEqualTo("quý I năm 2022");
        assertThat(ReportWording.nextPeriod(reviewFor(Period.year(2021)))).isEqualTo("năm 2022");
        assertThat(ReportWording.nextPeriod(reviewFor(Period.range(LocalDate.of(2016, 6, 25), LocalDate.of(2023, 10, 25)))))
                .isEqualTo("giai đoạn tiếp theo");
    }

    @Test
    void lettersPointsWithTheVietnameseAlphabet() {
        List<String> letters = java.util.stream.IntStream.range(0, 23).mapToObj(ReportWording::letter).toList();
        assertThat(String.join(" ", letters)).isEqualTo("a b c d đ e g h i k l m n o p q r s t u v x y");
        assertThat(letters).doesNotContain("f", "j", "w", "z");
    }

    @Test
    void namesThePartiesOfAnAgreement() {
        assertThat(ReportWording.between(List.of(ReviewFixtures.SNGV))).isEmpty();
        assertThat(ReportWording.between(List.of(ReviewFixtures.SNGV, ReviewFixtures.BDBP, ReviewFixtures.SNGV)))
                .isEqualTo(" giữa Sở Ngoại vụ, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Sở Ngoại vụ");
    }

    @Test
    void namesThePartiesOfAnAgreementBetweenProvincesEachWithItsProvince() {
        Review.Agency tayNinh = new Review.Agency("SNGV-TN", "Sở Ngoại vụ", "Tây Ninh", "UBND tỉnh Tây Ninh",
                "GIÁM ĐỐC", null);
        Review.Agency hanoi = new Review.Agency("CA-HN", "Công an", "Hà Nội", null, "GIÁM ĐỐC", null);

        // "giữa Sở Ngoại vụ và Sở Ngoại vụ" told the two bodies apart by nothing
        assertThat(ReportWording.between(List.of(tayNinh, ReviewFixtures.SNGV, ReviewFixtures.BDBP)))
                .isEqualTo(" giữa Sở Ngoại vụ tỉnh Tây Ninh, Sở Ngoại vụ tỉnh Quảng Trị và Bộ Chỉ huy Bộ đội Biên "
                        + "phòng tỉnh Quảng Trị");
        assertThat(ReportWording.between(List.of(hanoi, tayNinh)))
                .isEqualTo(" giữa Công an thành phố Hà Nội và Sở Ngoại vụ tỉnh Tây Ninh");
    }

    @Test
    void bindsTheWordsOfEachNameInTheTitle() {
        Review.Agency tayNinh = new Review.Agency("SNGV-TN", "Sở Ngoại vụ", "Tây Ninh", "UBND tỉnh Tây Ninh",
                "GIÁM ĐỐC", null);
        Review r = reviewFor(Period.nineMonths(2020));
        Review between = ReviewFixtures.withAgreement(r, ReviewFixtures.agreementFrom(LocalDate.of(2016, 4, 12),
                List.of(tayNinh, ReviewFixtures.BDBP)));

        assertThat(ReportWording.title(r)).isEqualTo("Kết quả thực hiện Quy chế phối hợp 9 tháng đầu năm 2020 giữa"
                + " Sở\u00A0Ngoại\u00A0vụ và Bộ\u00A0Chỉ\u00A0huy\u00A0Bộ\u00A0đội\u00A0Biên\u00A0phòng\u00A0tỉnh");
        // the agency's name and its province each kept whole; the line may break between them
        assertThat(ReportWording.title(between)).endsWith(" giữa Sở\u00A0Ngoại\u00A0vụ tỉnh\u00A0Tây\u00A0Ninh và"
                + " Bộ\u00A0Chỉ\u00A0huy\u00A0Bộ\u00A0đội\u00A0Biên\u00A0phòng\u00A0tỉnh\u00A0Quảng\u00A0Trị");
        // the summary said elsewhere (the closing paragraph, the register) keeps its plain spaces
        assertThat(ReportWording.summary(between)).doesNotContain("\u00A0");
        assertThat(ReportWording.keptTogether("UBND TỈNH BÀ RỊA - VŨNG TÀU", List.of("BÀ RỊA - VŨNG TÀU")))
                .isEqualTo("UBND TỈNH BÀ\u00A0RỊA\u00A0-\u00A0VŨNG\u00A0TÀU");
        // and a span of years ("... giai đoạn 2016 -" above "2020 ...")
        Review term = reviewFor(Period.parse("2016-04-12..2020-10-05"));
        assertThat(ReportWording.title(term)).contains("giai đoạn 2016\u00A0-\u00A02020");
    }

    @Test
    void tasksOfOneOutcomeAndOneLeadAreSaidSoOnce() {
        Review.Task planned = new Review.Task("2019-H2", "Tham mưu ban hành Quy chế quản lý hội nghị", null,
                "Sở Ngoại vụ", null, Review.TaskStatus.PLANNED, null, null);
        Review.Task other = new Review.Task("2019-H2", "Tham mưu UBND tỉnh trình hồ sơ", null, "Sở Ngoại vụ", null,
                Review.TaskStatus.PLANNED, null, "Quyết định số 01/QĐ-UBND");
        Review review = ReviewFixtures.withTasks(reviewFor(Period.half(2019, 2)), List.of(planned, other),
                List.of(planned, other));

        List<String> text = Part.number(List.of(TaskSection.part(review))).stream()
                .map(b -> b instanceof Block.Paragraph p ? p.text() : ((Block.Heading) b).text()).toList();

        // not "trong đó: 02 chưa thực hiện", a part that was the whole, nor "(chủ trì: Sở Ngoại vụ)" after each task
        assertThat(text).contains("Trong 6 tháng cuối năm 2019, hai bên đề ra 02 nhiệm vụ trọng tâm do Sở Ngoại vụ chủ "
                        + "trì, cả 02 nhiệm vụ đều chưa thực hiện.",
                // and not again after each
                "- Tham mưu ban hành Quy chế quản lý hội nghị.",
                "Sở Ngoại vụ chủ trì các nhiệm vụ:",
                "- Tham mưu UBND tỉnh trình hồ sơ (theo Quyết định số 01/QĐ-UBND).");
        assertThat(String.join("\n", text)).doesNotContain("chủ trì:", "trong đó");

        // with nothing done in the period, the next period's tasks alone: no "1." without a "2."
        List<Block> alone = Part.number(List.of(TaskSection.part(ReviewFixtures.withTasks(reviewFor(Period.year(2018)),
                List.of(), List.of(planned)))));
        assertThat(alone).filteredOn(Block.Heading.class::isInstance).containsExactly(
                new Block.Heading(1, "I. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2019"), new Block.Heading(2, "Nhiệm vụ trọng tâm năm 2019"));
    }

    @Test
    void theTableSaysAnAmountInAUnitThatKeepsItExactAsTheSentenceDoes() {
        // and calls it as the sentence does
        assertThat(Phrases.amountWords(figure(ReviewFixtures.PHRASES.get("NGO_PROJECT"), "dự án", 1, 1, 1L)))
                .isEqualTo("Tổng giá trị cam kết");
        assertThat(Phrases.amountWords(figure("Chấp thuận {quantity} {unit} đầu tư nước ngoài[ của {counterparts} nhà"
                + " đầu tư][, tổng vốn đăng ký {amount}]", "dự án", 1, 1, 1L))).isEqualTo("Tổng vốn đăng ký");
        assertThat(Phrases.amountWords(figure(ReviewFixtures.PHRASES.get("AID_SUPPLIES"), "đơn vị", 1, 1, 1L)))
                .isEqualTo("Tổng trị giá");
        assertThat(Phrases.amountWords(figure(null, "cuộc", 1, 0, 1L))).isEqualTo("Tổng trị giá");
        Review review = ReviewFixtures.compared();
        java.util.function.LongFunction<List<String>> amountRow = vnd -> {
            Review.IndicatorFigure ngo = review.indicators().stream().filter(i -> i.code().equals("NGO_PROJECT"))
                    .findFirst().orElseThrow();
            Review.IndicatorFigure changed = new Review.IndicatorFigure(ngo.code(), ngo.name(), ngo.fieldCode(),
                    ngo.fieldName(), ngo.unit(), ngo.records(), ngo.quantity(), vnd, ngo.counterparts(),
                    ngo.previousQuantity(), 1_000_000_000L, ngo.previousCounterparts(), ngo.target(),
                    ngo.totalSinceEffective(), ngo.byAgency(), ngo.previousRecords(), ngo.phrase(), ngo.byYear(),
                    ngo.yearDetails(), ngo.note());
            Block.Table table = IndicatorTable.of(review, Coverage.of(review), List.of(changed));
            return table.rows().stream().map(Block.Row::cells).filter(c -> !c.isEmpty() && c.get(0).equals("– Tổng giá trị cam kết"))
                    .findFirst().orElseThrow().subList(0, 4);
        };

        assertThat(amountRow.apply(8_350_000_000L)).containsExactly("– Tổng giá trị cam kết", "tỷ đồng", "8,35", "1");
        // "1,23 tỷ đồng" beside the sentence's "1.234.567.000 đồng" were two figures
        assertThat(amountRow.apply(1_234_567_000L)).containsExactly("– Tổng giá trị cam kết", "đồng", "1.234.567.000",
                "1.000.000.000");
        assertThat(amountRow.apply(1_234_500_000L)).containsExactly("– Tổng giá trị cam kết", "triệu đồng", "1.234,5", "1.000");
        // a row that reaches a thousand billion: whole tỷ, which the cell holds on one line
        assertThat(amountRow.apply(149_762_184_321_000L)).containsExactly("– Tổng giá trị cam kết", "tỷ đồng", "149.762", "1");
        assertThat(VietnameseFormat.money(1_234_567_000L)).isEqualTo("1.234.567.000 đồng");
    }

    @Test
    void aDocumentIsDatedWhereItsLeadAgencyIs() {
        Review.Agency tayNinh = new Review.Agency("SNGV-TN", "Sở Ngoại vụ", "Tây Ninh", "UBND tỉnh Tây Ninh",
                "GIÁM ĐỐC", null);
        Review.AgreementInfo recordedWithQuangTri = new Review.AgreementInfo("15/QCPH-LT", "Quy chế liên tỉnh",
                "Quảng Trị", java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2021, 1, 1), null, "SNgV",
                List.of(tayNinh, ReviewFixtures.SNGV));
        Review empty = ReviewFixtures.empty();
        Review review = new Review(recordedWithQuangTri, empty.period(), empty.calendar(), empty.range(),
                empty.previous(), empty.previousRange(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, List.of());

        // headed by Tây Ninh's Sở Ngoại vụ, it was dated "Quảng Trị, ngày ..."
        assertThat(Frame.place(review)).isEqualTo("Tây Ninh");
        assertThat(Frame.place(ReviewFixtures.empty())).isEqualTo("Quảng Trị");
    }

    @Test
    void numbersAStateReportAndAPartyReportEachTheirWay() {
        Review review = ReviewFixtures.empty();
        assertThat(Frame.numberLine(review, RenderOptions.finalReport(Format.PDF, 5, null))).isEqualTo("Số: 05/BC-SNgV");
        assertThat(Frame.numberLine(review, RenderOptions.finalReport(Format.PDF, 112, null))).isEqualTo("Số: 112/BC-SNgV");
        assertThat(Frame.numberLine(review, RenderOptions.draft(Format.PDF, null))).isEqualTo("Số:       /BC-SNgV");
        Review party = ReviewFixtures.party();
        assertThat(Frame.numberLine(party, RenderOptions.finalReport(Format.PDF, 1, null))).isEqualTo("Số 01-BC/ĐU");
        assertThat(Frame.numberLine(party, RenderOptions.draft(Format.PDF, null))).isEqualTo("Số       -BC/ĐU");
    }

    @Test
    void listsTheRecipientsThenKeepsACopyForTheDraftingUnit() {
        assertThat(Frame.recipientLines(ReviewFixtures.rich().recipients(), "QLBG")).containsExactly(
                "- Giám đốc Sở Ngoại vụ;", "- Chỉ huy trưởng BCH BĐBP tỉnh;", "- Văn phòng UBND tỉnh;", "- Lưu: VT, QLBG.");
        assertThat(Frame.recipientLines(List.of(), null)).containsExactly("- Lưu: VT.");
    }

    @Test
    void signsAPartyReportOnBehalfOfItsCommittee() {
        assertThat(Frame.signerTitle(ReviewFixtures.PARTY)).containsExactly("T/M ĐẢNG ỦY", "BÍ THƯ");
        assertThat(Frame.signerTitle(new Review.Agency("TU", "Tỉnh ủy Quảng Ninh", "Quảng Ninh", null, "PHÓ BÍ THƯ", null)))
                .containsExactly("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ");
        assertThat(Frame.signerTitle(new Review.Agency("S", "Sở Ngoại vụ", "Quảng Trị", null, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", null)))
                .containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(ReviewFixtures.PARTY.party()).isTrue();
        assertThat(ReviewFixtures.SNGV.party()).isFalse();
    }

    @Test
    void namesChairsWithTheTitleTheySignWith() {
        assertThat(Chairs.of(List.of("Nguyễn Triều Thương", "Dương Xuân Huyên, Phó Chủ tịch UBND tỉnh"),
                List.of(ReviewFixtures.SNGV))).isEqualTo("đồng chí Nguyễn Triều Thương, Giám đốc Sở Ngoại vụ và đồng chí"
                        + " Dương Xuân Huyên, Phó Chủ tịch UBND tỉnh");
        assertThat(Chairs.title("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")).isEqualTo("Phó Giám đốc");
        assertThat(Chairs.title("PHÓ CHỈ HUY TRƯỞNG")).isEqualTo("Phó Chỉ huy trưởng");
    }

    @Test
    void fillsAPhraseLeavingOutWhatTheDataDoesNotHave() {
        String ngo = ReviewFixtures.PHRASES.get("NGO_PROJECT");
        assertThat(Phrases.sentence(figure(ngo, "dự án", 77, 46, 400_000_000_000L)))
                .isEqualTo("Vận động 77 chương trình, dự án viện trợ phi chính phủ nước ngoài của 46 tổ chức, tổng giá trị"
                        + " cam kết 400 tỷ đồng");
        assertThat(Phrases.sentence(figure(ngo, "dự án", 3, 0, null)))
                .isEqualTo("Vận động 03 chương trình, dự án viện trợ phi chính phủ nước ngoài");
        // an import's own phrase without brackets: a missing value takes its clause with it
        assertThat(Phrases.sentence(figure("Trao tặng {quantity} {unit} khẩu trang cho {counterparts} đối tác, trị giá"
                + " {amount}", "chiếc", 60_000, 3, null))).isEqualTo("Trao tặng 60.000 chiếc khẩu trang cho 03 đối tác");
        assertThat(Phrases.sentence(figure("Trao tặng {quantity} {unit} khẩu trang cho {counterparts} đối tác", "chiếc",
                60_000, 0, null))).isEqualTo("Trao tặng 60.000 chiếc khẩu trang");
        // a value the phrase does not name still joins the sentence
        assertThat(Phrases.sentence(figure("Phối hợp tổ chức {quantity} {unit} tuần tra song phương", "lượt", 24, 2,
                1_500_000_000L))).isEqualTo("Phối hợp tổ chức 24 lượt tuần tra song phương với 02 đối tác, tổng trị giá"
                        + " 1,5 tỷ đồng");
        // no phrase at all: the name and the figure
        assertThat(Phrases.sentence(figure(null, "cuộc", 5, 0, null))).isEqualTo("Chỉ tiêu thử: 05 cuộc");
    }

    @Test
    void namesWhatWasGivenWithTheRecordsNoteWhateverItSays() {
        String aid = ReviewFixtures.PHRASES.get("AID_SUPPLIES");
        // every record of the period carries the same note: it says what was given, after the generic words
        assertThat(Phrases.sentence(figure(aid, "đơn vị", 20_000, 1, null,
                "Khẩu trang y tế hỗ trợ phòng, chống dịch Covid-19.")))
                .isEqualTo("Trao tặng 20.000 đơn vị vật tư, hàng hóa hỗ trợ (khẩu trang y tế hỗ trợ phòng, chống dịch "
                        + "Covid-19) cho 01 đối tác nước ngoài");
        assertThat(Phrases.sentence(figure(aid, "đơn vị", 60_000, 3, 850_000_000L, "Khẩu trang y tế")))
                .isEqualTo("Trao tặng 60.000 đơn vị vật tư, hàng hóa hỗ trợ (khẩu trang y tế) cho 03 đối tác nước "
                        + "ngoài, trị giá 850 triệu đồng");
        // an abbreviation keeps its capitals
        assertThat(Phrases.sentence(figure(aid, "đơn vị", 500, 0, null, "KIT xét nghiệm nhanh")))
                .isEqualTo("Trao tặng 500 đơn vị vật tư, hàng hóa hỗ trợ (KIT xét nghiệm nhanh)");
        // a note that is a remark, not the goods' name, still reads as one ("Trao tặng 200 nhân dịp Tết ..." when the
        // note stood for the goods)
        assertThat(Phrases.sentence(figure(aid, "đơn vị", 200, 1, null,
                "Nhân dịp Tết Nguyên đán; số liệu do BĐBP cung cấp")))
                .isEqualTo("Trao tặng 200 đơn vị vật tư, hàng hóa hỗ trợ (nhân dịp Tết Nguyên đán; số liệu do BĐBP "
                        + "cung cấp) cho 01 đối tác nước ngoài");
        // notes that differ, or none: the review gives no note, and the sentence keeps the generic words
        assertThat(Phrases.sentence(figure(aid, "đơn vị", 20_000, 1, null, null)))
                .isEqualTo("Trao tặng 20.000 đơn vị vật tư, hàng hóa hỗ trợ cho 01 đối tác nước ngoài");
    }

    @Test
    void namesThePartnersOfATableRowAsTheSentenceCountsThem() {
        java.util.function.Function<String, String> partners = phrase -> Phrases.partners(figure(phrase, "x", 1, 1, null));
        assertThat(partners.apply(ReviewFixtures.PHRASES.get("NGO_PROJECT"))).isEqualTo("tổ chức");
        assertThat(partners.apply(ReviewFixtures.PHRASES.get("JOINT_PATROL"))).isEqualTo("đơn vị bảo vệ biên giới nước bạn");
        assertThat(partners.apply(ReviewFixtures.PHRASES.get("CITIZEN_PROTECTION_CASE"))).isEqualTo("quốc gia, vùng lãnh thổ");
        assertThat(partners.apply("Tổ chức {quantity} {unit} điện đàm với[ {counterparts}] đối tác nước ngoài"))
                .isEqualTo("đối tác nước ngoài");
        assertThat(partners.apply("Trao tặng {quantity} {unit} khẩu trang cho {counterparts} tỉnh bạn, trị giá {amount}"))
                .isEqualTo("tỉnh bạn");
        assertThat(partners.apply(null)).isEqualTo("đối tác");
        assertThat(IndicatorTable.unitOf("đơn vị bảo vệ biên giới nước bạn")).isEqualTo("đơn vị");
        assertThat(IndicatorTable.unitOf("nhà đầu tư")).isEqualTo("nhà đầu tư");
        assertThat(IndicatorTable.unitOf("tỉnh bạn")).isEqualTo("tỉnh bạn");
    }

    @Test
    void saysAFigureOnceWhereAResultsParagraphStatesIt() {
        Review review = ReviewFixtures.withResults(ReviewFixtures.compared(), List.of(
                ReviewFixtures.result("EPIDEMIC", "Phòng, chống dịch bệnh", "Trao tặng 54.288 đơn vị vật tư, hàng hóa"
                        + " hỗ trợ cho tỉnh Savannakhet và tỉnh Salavan của Lào. Hai bên phối hợp chặt chẽ."),
                // the same verb and figure, another thing counted: another fact
                ReviewFixtures.result("BORDER", "Quản lý, bảo vệ đường biên giới, mốc quốc giới",
                        "Phát hiện 17 đối tượng nghi vấn qua lại biên giới.")));

        List<String> paragraphs = ReportBody.document(review, RenderOptions.draft(Format.PDF, LocalDate.of(2022, 1, 10)))
                .body().stream().filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).text()).toList();

        // the paragraph stands for the indicator's sentence, with the comparison only the sentence gave
        assertThat(paragraphs).contains("- Trao tặng 54.288 đơn vị vật tư, hàng hóa hỗ trợ cho tỉnh Savannakhet và tỉnh"
                + " Salavan của Lào (cùng kỳ chưa phát sinh). Hai bên phối hợp chặt chẽ.")
                .noneMatch(p -> p.startsWith("- Trao tặng 54.288 đơn vị vật tư, hàng hóa hỗ trợ cho 02"));
        assertThat(paragraphs).contains("- Phát hiện 17 đối tượng nghi vấn qua lại biên giới.",
                "- Phát hiện 17 vụ vi phạm quy chế, hiệp định về biên giới (giảm 19% so với cùng kỳ).");
        // a paragraph that names the goods as the records' note does states the figure too
        assertThat(SaidOnce.restated("Trao tặng 60.000 khẩu trang y tế cho 02 tỉnh của Nhật Bản.",
                "Trao tặng 60.000 đơn vị vật tư, hàng hóa hỗ trợ (khẩu trang y tế) cho 03 đối tác nước ngoài", "60.000",
                "", "Khẩu trang y tế")).isEqualTo("Trao tặng 60.000 khẩu trang y tế cho 02 tỉnh của Nhật Bản.");
        assertThat(SaidOnce.restated("Trao tặng 60.000 suất quà cho 02 tỉnh.",
                "Trao tặng 60.000 đơn vị vật tư, hàng hóa hỗ trợ (khẩu trang y tế)", "60.000", "", "Khẩu trang y tế"))
                .isNull();
    }

    @Test
    void aFigureOfNothingIsDeniedInWordsNeverWrittenAsZeroZero() {
        java.util.function.BiFunction<String, String, String> none = (code, unit) ->
                Phrases.none(figure(ReviewFixtures.PHRASES.get(code), unit, 0, 0, null));
        assertThat(none.apply("BORDER_VIOLATION", "vụ"))
                .isEqualTo("Chưa phát hiện vụ vi phạm quy chế, hiệp định về biên giới nào");
        assertThat(none.apply("JOINT_PATROL", "lượt")).isEqualTo("Chưa phối hợp tổ chức lượt tuần tra song phương nào");
        assertThat(none.apply("AID_SUPPLIES", "đơn vị")).isEqualTo("Chưa trao tặng đơn vị vật tư, hàng hóa hỗ trợ nào");
        assertThat(none.apply("NGO_PROJECT", "dự án"))
                .isEqualTo("Chưa vận động chương trình, dự án viện trợ phi chính phủ nước ngoài nào");
        // without an action before the figure, or a phrase, the indicator's name
        assertThat(Phrases.none(figure("{quantity} {unit} khách quốc tế", "đoàn", 0, 0, null)))
                .isEqualTo("Chỉ tiêu thử: chưa phát sinh");
        assertThat(Phrases.none(figure(null, "cuộc", 0, 0, null))).isEqualTo("Chỉ tiêu thử: chưa phát sinh");

        // in the report: a record of 0 where the year before had 3, and nothing where 5 were planned
        Review review = ReviewFixtures.withIndicators(ReviewFixtures.compared(), List.of(
                new IndicatorFigure("BORDER_VIOLATION", "Vụ vi phạm quy chế, hiệp định về biên giới được phát hiện",
                        "BORDER", "Quản lý, bảo vệ đường biên giới, mốc quốc giới", "vụ", 1, BigDecimal.ZERO, null, 0,
                        BigDecimal.valueOf(3), null, 0, null, BigDecimal.ZERO, List.of(), 3,
                        ReviewFixtures.PHRASES.get("BORDER_VIOLATION"), List.of()),
                ReviewFixtures.indicator("JOINT_PATROL", "Tuần tra song phương", "BORDER",
                        "Quản lý, bảo vệ đường biên giới, mốc quốc giới", "lượt", 0, 0, 5, 0),
                ReviewFixtures.indicator("MARKER_INSPECTION", "Kiểm tra đường biên, mốc quốc giới", "BORDER",
                        "Quản lý, bảo vệ đường biên giới, mốc quốc giới", "lượt", 45, 40, 40, 45),
                // alone in its field, with a target only: the field has a point for its sentence
                ReviewFixtures.indicator("LEGAL_DISSEMINATION", "Buổi tuyên truyền, phổ biến pháp luật", "LEGAL",
                        "Tuyên truyền, phổ biến pháp luật", "buổi", 0, 0, 5, 0)));

        List<String> paragraphs = ReportBody.document(review, RenderOptions.draft(Format.PDF, LocalDate.of(2022, 1, 10)))
                .body().stream().filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).text()).toList();

        assertThat(paragraphs).contains(
                "- Chưa phát hiện vụ vi phạm quy chế, hiệp định về biên giới nào (năm 2020 có 03 vụ).",
                "- Chưa phối hợp tổ chức lượt tuần tra song phương nào (kế hoạch 05 lượt).",
                "- Tổ chức 45 lượt kiểm tra đường biên, mốc quốc giới (tăng 12,5% so với cùng kỳ), đạt 112,5% kế hoạch"
                        + " (40 lượt).", "- Buổi tuyên truyền, phổ biến pháp luật: chưa phát sinh (kế hoạch 05 buổi).")
                .noneMatch(p -> p.contains(" 00 ") || p.contains("0%"));
        assertThat(ReportBody.document(review, RenderOptions.draft(Format.PDF, LocalDate.of(2022, 1, 10))).body())
                .filteredOn(b -> b instanceof Block.Heading).map(b -> ((Block.Heading) b).text())
                .anyMatch(h -> h.endsWith("Tuyên truyền, phổ biến pháp luật"));
    }

    @Test
    void aConferencesBuildingIsACommonNounWithinTheSentenceAndANameStaysAsItIs() {
        assertThat(ReportWording.place("Trụ sở Bộ Chỉ huy Bộ đội Biên phòng tỉnh"))
                .isEqualTo("trụ sở Bộ Chỉ huy Bộ đội Biên phòng tỉnh");
        assertThat(ReportWording.place(" Phòng họp Sở Ngoại vụ tỉnh Lạng Sơn")).isEqualTo("phòng họp Sở Ngoại vụ tỉnh Lạng Sơn");
        assertThat(ReportWording.place("Khách sạn Mường Thanh Lạng Sơn")).isEqualTo("khách sạn Mường Thanh Lạng Sơn");
        assertThat(ReportWording.place("Thành phố Đông Hưng, Quảng Tây (Trung Quốc)"))
                .isEqualTo("Thành phố Đông Hưng, Quảng Tây (Trung Quốc)");
        assertThat(ReportWording.place("UBND tỉnh Tây Ninh")).isEqualTo("UBND tỉnh Tây Ninh");
    }

    @Test
    void theHeaderNamesTheIssuingBodyWholeWhereItsSuperiorDoesNotSayItsProvince() {
        // under the national command, the provincial command's name takes its province
        assertThat(Frame.issuer(ReviewFixtures.BDBP, "Quảng Trị")).isEqualTo("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị");
        // under the provincial People's Committee, or the provincial Party organisation, the name is whole already
        assertThat(Frame.issuer(ReviewFixtures.SNGV, "Quảng Trị")).isEqualTo("Sở Ngoại vụ");
        assertThat(Frame.issuer(ReviewFixtures.PARTY, "Quảng Ninh")).isEqualTo("Đảng ủy Bộ đội Biên phòng tỉnh");
        assertThat(Frame.masthead(ReviewFixtures.termReviewWithManyIndicators(),
                RenderOptions.draft(Format.PDF, LocalDate.of(2023, 11, 2))).agency())
                .isEqualTo("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG TRỊ");
    }

    @Test
    void countsCommendationsByKind() {
        assertThat(Commendations.summary(ReviewFixtures.rich().commendations())).isEqualTo("02 tập thể, 06 cá nhân");
    }

    private static IndicatorFigure figure(String phrase, String unit, long quantity, long counterparts, Long amount) {
        return figure(phrase, unit, quantity, counterparts, amount, null);
    }

    private static IndicatorFigure figure(String phrase, String unit, long quantity, long counterparts, Long amount,
            String note) {
        return new IndicatorFigure("TEST", "Chỉ tiêu thử", "BORDER", "Biên giới", unit, 1, BigDecimal.valueOf(quantity),
                amount, counterparts, BigDecimal.ZERO, null, 0, null, BigDecimal.valueOf(quantity), List.of(), 0, phrase,
                List.of(), List.of(), note);
    }

    private static Review reviewFor(Period period) {
        Review r = ReviewFixtures.empty();
        return new Review(r.agreement(), period, PeriodCalendar.DECREE_09,
                period.range(PeriodCalendar.DECREE_09), period.previousComparable(),
                period.previousComparable().range(PeriodCalendar.DECREE_09), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, List.of());
    }
}
