package vn.coordreport.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coordreport.pipeline.SampleExpectations.DMY;
import static vn.coordreport.pipeline.SampleExpectations.INDICATORS;
import static vn.coordreport.pipeline.SampleExpectations.billions;
import static vn.coordreport.pipeline.SampleExpectations.change;
import static vn.coordreport.pipeline.SampleExpectations.count;
import static vn.coordreport.pipeline.SampleExpectations.grouped;
import static vn.coordreport.pipeline.SampleExpectations.percent;
import static vn.coordreport.pipeline.SampleExpectations.withoutFinalStop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.ingest.ImportOutcome;
import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.Importer;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.pipeline.SampleExpectations.Coverage;
import vn.coordreport.pipeline.SampleExpectations.Figures;
import vn.coordreport.pipeline.SampleExpectations.Range;
import vn.coordreport.render.Format;
import vn.coordreport.support.IntegrationTest;

/**
 * The acceptance test of the report: each bundled sample set is imported and its
 * report rendered; every figure and text found in the PDF is worked out here
 * from the sample CSV files (see {@link SampleExpectations}).
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=SampleReportsIntegrationTests") // a database of its own
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleReportsIntegrationTests {

    static final Path SAMPLES = Path.of("src/main/resources/samples");

    /** @param nextPeriod  the period whose tasks are the next period's; {@code nextPeriodName} how the report names it */
    record SampleSet(String folder, String agreement, String period, String nextPeriod, String nextPeriodName) {
        @Override
        public String toString() {
            return folder;
        }
    }

    static Stream<SampleSet> sets() {
        return Stream.of(new SampleSet("quang-tri-2021", "09/QCPH/SNgV-BP", "2021", "2022", "năm 2022"),
                new SampleSet("tay-ninh-2019", "05/QCPH-SNgV-BĐBP", "2019-H1", "2019-H2", "6 tháng cuối năm 2019"),
                // the directions after nine months are those for the rest of the year: its last three months
                new SampleSet("lang-son-2020", "12/QCPH-SNgV-BĐBP", "2020-9M", "2020", "3 tháng cuối năm 2020"));
    }

    @Autowired
    Importer importer;

    @Autowired
    OnDemandReports reports;

    @TempDir
    Path out;

    @BeforeAll
    void importTheSamples() {
        sets().forEach(set -> {
            ImportOutcome outcome = importer.importPath(SAMPLES.resolve(set.folder()), false);
            assertThat(outcome.problemLines()).as(set.folder()).isEmpty();
            assertThat(outcome.status()).as(set.folder()).isEqualTo(ImportStatus.IMPORTED);
        });
    }

    @Test
    void aTermReviewGivesEachYearsAmountsAndPartnersBesideItsQuantities(
            @Autowired vn.coordreport.review.ReviewQuery reviews) {
        Period term = Period.parse("2021-02-23..2022-12-31");
        vn.coordreport.review.Review review = reviews.review("09/QCPH/SNgV-BP", term, null);

        // four aid projects of 2021 worth 8,35 tỷ đồng, from three organisations (Plan International twice)
        assertThat(review.indicators()).filteredOn(f -> f.code().equals("NGO_PROJECT")).singleElement()
                .satisfies(f -> assertThat(f.yearDetails()).containsExactly(
                        new vn.coordreport.review.Review.YearDetail(8_350_000_000L, 3),
                        vn.coordreport.review.Review.YearDetail.NONE));
        // and the table says them in the year's column, as it says the year's quantity
        String text = ReportText.ofPdf(reports.produce(new ReportRequest("09/QCPH/SNgV-BP", term, null,
                List.of(Format.PDF), false, out)).get(0));
        assertThat(text).containsPattern("– Tổng giá trị cam kết\\s+tỷ đồng\\s+8,35\\s+0\\s+8,35")
                .containsPattern("– Số tổ chức\\s+tổ chức\\s+3\\s+0\\s+3");
    }

    @Test
    void aFieldsIndicatorsFollowTheCataloguesOrder(@Autowired vn.coordreport.review.ReviewQuery reviews) {
        // V4's join gave the built-in indicators their ids in another order: "Đón 04 đoàn khách" came before
        // "Tổ chức 03 đoàn cán bộ đi công tác", the sectors' agreements before the province's
        assertThat(reviews.review("12/QCPH-SNgV-BĐBP", Period.parse("2020-9M"), null).indicators())
                .extracting(vn.coordreport.review.Review.IndicatorFigure::code).containsSubsequence("DELEGATION_OUT",
                        "DELEGATION_IN", "PHONE_TALK", "MOU", "INTL_AGREEMENT_PROVINCE", "INTL_AGREEMENT_SECTOR");
    }

    @Test
    void afterNineMonthsTheNextTasksAreThoseRunningIntoTheLastThreeMonthsNotTheNextYears(
            @Autowired vn.coordreport.review.ReviewQuery reviews) {
        // Tây Ninh set twelve tasks for the second half of 2019: they run into its last three months
        assertThat(reviews.review("05/QCPH-SNgV-BĐBP", Period.parse("2019-9M"), null).nextTasks())
                .extracting(vn.coordreport.review.Review.Task::period).hasSize(12).containsOnly("2019-H2");
        // Quảng Trị's two tasks of 2022 are the next year's, not the last three months of 2021
        assertThat(reviews.review("09/QCPH/SNgV-BP", Period.parse("2021-9M"), null).nextTasks())
                .extracting(vn.coordreport.review.Review.Task::period).doesNotContain("2022");
        assertThat(reviews.review("09/QCPH/SNgV-BP", Period.parse("2021"), null).nextTasks())
                .extracting(vn.coordreport.review.Review.Task::period).containsOnly("2022").hasSize(2);
    }

    @Test
    void theDashboardListsAsNotSentOnlyTheAgenciesOfAgreementsInForceDuringThePeriod(
            @Autowired vn.coordreport.dashboard.Dashboard dashboard) {
        java.util.function.Function<String, List<String>> silent = period -> dashboard.silent(
                new vn.coordreport.dashboard.DashboardScope("Lạng Sơn", null, null, Period.parse(period)),
                java.time.LocalDate.of(2026, 12, 4)).stream()
                .map(a -> a.agreementCode() + " " + a.agencyCode()).toList();

        // the regulation of 2016 ended on 05/10/2020, the next began on 06/10/2020; neither sent data of 2024
        assertThat(silent.apply("2024")).containsExactly("01/QCPH-SNgV-BĐBP SNGV-LS", "01/QCPH-SNgV-BĐBP BDBP-LS");
        // nor is the next one's silence counted in a period cut off before it began
        assertThat(silent.apply("2020-9M")).noneMatch(line -> line.startsWith("01/QCPH"));
    }

    @Test
    void aTaskWithoutADueDateIsOverdueOnceItsPeriodEnds(@Autowired vn.coordreport.dashboard.Dashboard dashboard) {
        java.util.function.Function<java.time.LocalDate, List<vn.coordreport.dashboard.OpenItem>> tasks = today ->
                dashboard.openItems(new vn.coordreport.dashboard.DashboardScope("Quảng Trị", "09/QCPH/SNgV-BP", null,
                        Period.parse("2022")), today).stream().filter(o -> o.kind().equals("TASK")).toList();

        // Quảng Trị's two tasks set for 2022, still planned and without a due date, were "not overdue" in 2026:
        // their year ended on 14/12/2022 (Decree 09)
        assertThat(tasks.apply(java.time.LocalDate.of(2026, 12, 4))).hasSize(2).allSatisfy(o -> {
            assertThat(o.since()).isEqualTo(java.time.LocalDate.of(2022, 12, 14));
            assertThat(o.periodEnd()).isTrue();
            assertThat(o.ageDays()).isEqualTo(1451);
            assertThat(o.bucket()).isEqualTo(4);
        });
        // and not before it ends
        assertThat(tasks.apply(java.time.LocalDate.of(2022, 6, 1))).hasSize(2)
                .allSatisfy(o -> assertThat(o.bucket()).isZero());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theDraftPdfStatesEveryFigureAndTextOfTheSampleSet(SampleSet set) {
        String text = pdfText(set, false);

        assertThat(text).contains("DỰ THẢO");
        assertThat(text).containsPattern("Số: /BC-SNgV");
        assertReport(set, text, true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theFinalPdfWaitsForItsNumberAndDateAndStatesTheSameFigures(SampleSet set) {
        String text = pdfText(set, true);

        assertThat(text).doesNotContain("DỰ THẢO");
        assertThat(text).containsPattern("Số: /BC-SNgV");
        assertReport(set, text, true, false);
    }

    @Test
    void theDocxOpensAndStatesTheSameFigures() {
        SampleSet set = sets().findFirst().orElseThrow();
        List<Path> files = reports.produce(new ReportRequest(set.agreement(), Period.parse(set.period()), null,
                List.of(Format.DOCX), false, out));

        assertThat(files).singleElement().satisfies(f -> assertThat(f.toString()).endsWith(".docx"));
        String text = ReportText.ofDocx(files.get(0));
        assertThat(text).contains("DỰ THẢO");
        assertReport(set, text, false);
    }

    @Test
    void recordsOnThe14thAndThe15thLandInThePeriodOfEachCalendar(@TempDir Path data) throws IOException {
        // given four patrols on either side of both cut-offs of 2021-H1, with quantities that tell them apart
        write(data, "agencies.csv", """
                code,name,province,parent,signer_title
                SNGV-CB,Sở Ngoại vụ,Cao Bằng,UBND tỉnh Cao Bằng,GIÁM ĐỐC
                BDBP-CB,Bộ Chỉ huy Bộ đội Biên phòng tỉnh,Cao Bằng,Bộ Tư lệnh Bộ đội Biên phòng,CHỈ HUY TRƯỞNG
                """);
        write(data, "agreements.csv", """
                code,title,province,signed_on,parties,effective_from,effective_to,symbol
                77/QCPH-SNgV-BĐBP,Quy chế phối hợp kiểm thử kỳ báo cáo,Cao Bằng,2019-01-01,SNGV-CB;BDBP-CB,,,SNgV
                """);
        write(data, "records.csv", """
                agreement,indicator,date,quantity,amount_vnd,counterpart,agency,note
                77/QCPH-SNgV-BĐBP,JOINT_PATROL,2020-12-14,1,,,BDBP-CB,
                77/QCPH-SNgV-BĐBP,JOINT_PATROL,2020-12-15,2,,,BDBP-CB,
                77/QCPH-SNgV-BĐBP,JOINT_PATROL,2021-06-14,4,,,BDBP-CB,
                77/QCPH-SNgV-BĐBP,JOINT_PATROL,2021-06-15,8,,,BDBP-CB,
                """);
        assertThat(importer.importPath(data, false).status()).isEqualTo(ImportStatus.IMPORTED);

        // when
        String decree09 = ReportText.ofPdf(reports.produce(new ReportRequest("77/QCPH-SNgV-BĐBP", Period.parse("2021-H1"),
                PeriodCalendar.DECREE_09, List.of(Format.PDF), false, out.resolve("decree-09"))).get(0));
        String calendar = ReportText.ofPdf(reports.produce(new ReportRequest("77/QCPH-SNgV-BĐBP", Period.parse("2021-H1"),
                PeriodCalendar.CALENDAR, List.of(Format.PDF), false, out.resolve("calendar"))).get(0));

        // then Decree 09: 15/12/2020–14/06/2021 holds the 15 December and 14 June patrols (2 + 4)
        assertThat(decree09).contains("(số liệu từ ngày 15/12/2020 đến ngày 14/06/2021)");
        assertThat(decree09).contains("Phối hợp tổ chức 06 lượt tuần tra song phương");
        assertThat(decree09).contains("Tuần tra song phương lượt 6 ");
        // and the plain calendar: 01/01–30/06/2021 holds the 14 and 15 June patrols (4 + 8)
        assertThat(calendar).contains("(số liệu từ ngày 01/01/2021 đến ngày 30/06/2021)");
        assertThat(calendar).contains("Phối hợp tổ chức 12 lượt tuần tra song phương");
        assertThat(calendar).contains("Tuần tra song phương lượt 12 ");
    }

    private String pdfText(SampleSet set, boolean finalReport) {
        List<Path> files = reports.produce(new ReportRequest(set.agreement(), Period.parse(set.period()), null,
                List.of(Format.PDF), finalReport, out));
        assertThat(files).singleElement().satisfies(f -> assertThat(f.toString()).endsWith(".pdf"));
        return ReportText.ofPdf(files.get(0));
    }

    /** Everything the report of a sample set must state; {@code table} whether to read the indicator table too. */
    private static void assertReport(SampleSet set, String text, boolean table) {
        assertReport(set, text, table, true);
    }

    /** @param dated false for a final, whose date the văn thư gives when issuing it: the line leaves it blank */
    private static void assertReport(SampleSet set, String text, boolean table, boolean dated) {
        SampleExpectations data = new SampleExpectations(SAMPLES.resolve(set.folder()), set.agreement());
        Range range = SampleExpectations.decree09(set.period());
        Range previousRange = SampleExpectations.previous(range);
        Coverage coverage = data.coverage(previousRange);
        Map<String, String> lead = data.leadAgency();
        Locale vi = Locale.forLanguageTag("vi");

        // header, title block and the place-and-date line
        assertThat(text).contains(lead.get("parent").toUpperCase(vi), lead.get("name").toUpperCase(vi),
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO");
        Map<String, String> conference = data.rowsOfAgreement("conferences").stream()
                .filter(c -> c.get("period").equals(set.period())).findFirst().orElseThrow();
        assertThat(text).contains(lead.get("province") + ", " + (dated
                ? SampleExpectations.longDate(LocalDate.parse(conference.get("date"))) : "ngày tháng năm"));
        // from the regulation's first day when it came into force within the period (Quảng Trị's on 23/02/2021)
        assertThat(text).contains("(số liệu từ ngày " + (data.effectiveFrom().isAfter(range.from())
                ? data.effectiveFrom().format(DMY) + ", ngày Quy chế có hiệu lực," : range.from().format(DMY))
                + " đến ngày " + range.to().format(DMY) + ")");

        // every indicator with a figure in the period: its sentence, compared as far as the regulation allows
        Map<String, Figures> now = data.figures(range);
        Map<String, Figures> before = data.figures(previousRange);
        Map<String, Figures> sinceSigned = data.figures(new Range(data.effectiveFrom(), range.to()));
        assertThat(now).isNotEmpty();
        for (Map.Entry<String, Figures> e : now.entrySet()) {
            String name = INDICATORS.get(e.getKey())[0];
            String unit = INDICATORS.get(e.getKey())[1];
            Figures f = e.getValue();
            Figures p = before.getOrDefault(e.getKey(), new Figures(0, 0, 0));
            String said = SampleExpectations.PHRASES.get(e.getKey()).say(count(f.quantity()),
                    unit, f.partners() > 0 ? count(f.partners()) : "", f.amount() > 0 ? billions(f.amount()) + " tỷ đồng" : "",
                    f.note());
            StringBuilder sentence = new StringBuilder();
            if (coverage == Coverage.FULL) {
                sentence.append(" (").append(change(f.quantity(), p.quantity())).append(")");
            }
            // the target before a partly covered year, whose figure it does not measure
            Optional<Long> target = target(data, set.period(), e.getKey());
            target.ifPresent(t -> sentence.append(", đạt ").append(percent(f.quantity(), t)).append("% kế hoạch (")
                    .append(count(t)).append(" ").append(unit).append(")"));
            // the regulation's first day with the first sentence that compares to a year it covers in part only
            String since = "";
            if (coverage == Coverage.PARTIAL) {
                sentence.append("; ").append(SampleExpectations.previousName(set.period()))
                        .append(p.quantity() == 0 ? " chưa phát sinh" : " có " + count(p.quantity()) + " " + unit);
                since = " (quy chế có hiệu lực từ ngày " + data.effectiveFrom().format(DMY) + ")";
            }
            // said once: a results paragraph of the period that states the figure (the sentence's words up to the one
            // after the figure, or the records' note's first word in its place) stands for the sentence, with what
            // only the sentence adds (Lạng Sơn's 60.000 masks, "Khẩu trang y tế" on each record)
            List<String> words = List.of(said.split(" "));
            int figure = words.indexOf(count(f.quantity()));
            String upToFigure = String.join(" ", words.subList(0, figure + 1)).toLowerCase(vi);
            List<String> openings = new java.util.ArrayList<>(List.of(upToFigure + " " + words.get(figure + 1).toLowerCase(vi)));
            if (!f.note().isEmpty()) {
                openings.add(upToFigure + " " + f.note().split(" ")[0].toLowerCase(vi));
            }
            Optional<String> stating = data.rowsOfAgreement("results").stream()
                    .filter(r -> range.contains(LocalDate.parse(r.get("date"))))
                    .map(r -> withoutFinalStop(r.get("text")))
                    .filter(t -> openings.stream().anyMatch(o -> t.toLowerCase(vi).contains(o))).findFirst();
            String stated = "- " + stating.orElse(said) + sentence;
            assertThat(text.contains(stated + ".") || text.contains(stated + since + ".")).as(e.getKey() + ": " + stated)
                    .isTrue();
            if (stating.isPresent()) {
                assertThat(text).as(e.getKey() + " said once").doesNotContain("- " + said + sentence + ".")
                        .doesNotContain("- " + said + sentence + since + ".");
            }

            if (table) {
                String section = text.substring(text.indexOf("Kết quả thực hiện các chỉ tiêu chủ yếu"),
                        text.indexOf(" II. HẠN CHẾ"));
                StringBuilder row = new StringBuilder(name + " " + unit + " " + grouped(f.quantity()));
                if (coverage != Coverage.NONE) {
                    row.append(" ").append(grouped(p.quantity()));
                }
                if (coverage == Coverage.FULL) {
                    String change = change(f.quantity(), p.quantity());
                    row.append(" ").append(change.equals("cùng kỳ chưa phát sinh") ? "mới phát sinh"
                            : change.replace(" so với cùng kỳ", ""));
                }
                target.ifPresent(t -> row.append(" ").append(grouped(t)).append(" ").append(percent(f.quantity(), t))
                        .append("%"));
                if (data.effectiveFrom().isBefore(range.from())) {
                    row.append(" ").append(grouped(sinceSigned.get(e.getKey()).quantity()));
                }
                assertThat(section + " ").as(e.getKey() + " in the table").contains(row + " ");
                if (f.amount() > 0) {
                    // called as the sentence calls it: a total committed, or a value
                    String amountWords = said.contains(", tổng giá trị cam kết ") ? "Tổng giá trị cam kết" : "Tổng trị giá";
                    assertThat(section).contains("– " + amountWords + " tỷ đồng " + billions(f.amount()) + " ");
                }
            }
        }
        if (coverage == Coverage.NONE) {
            // the regulation did not exist a year earlier: nothing is compared with that time
            assertThat(text).doesNotContain("cùng kỳ", "So với");
        }
        if (coverage == Coverage.PARTIAL) {
            // its first day is said once among the sentences (Tây Ninh 2019-H1 said it after each of six)
            assertThat(text).containsOnlyOnce("(quy chế có hiệu lực từ ngày " + data.effectiveFrom().format(DMY) + ")");
        }

        // the paragraphs no figure gives, in their parts
        for (Map<String, String> a : data.rowsOfAgreement("assessments")) {
            assertThat(text).as(a.get("kind")).contains(withoutFinalStop(a.get("text")));
        }
        List<String> kinds = data.rowsOfAgreement("assessments").stream().map(a -> a.get("kind")).toList();
        assertThat(text.contains("ĐẶC ĐIỂM TÌNH HÌNH")).isEqualTo(kinds.contains("SITUATION"));
        assertThat(text.contains("BÀI HỌC KINH NGHIỆM")).isEqualTo(kinds.contains("LESSON"));
        assertThat(text.contains("KIẾN NGHỊ, ĐỀ XUẤT")).isEqualTo(kinds.contains("PROPOSAL"));
        // named as the meeting was: Lạng Sơn's 9 months were reviewed at a working session, not a conference
        String meeting = conference.get("name").startsWith("Buổi làm việc") ? "buổi làm việc" : "Hội nghị";
        assertThat(text.contains("Ý kiến chỉ đạo tại " + meeting)).isEqualTo(kinds.contains("DIRECTION"));
        assertThat(text).doesNotContain(meeting.equals("Hội nghị") ? "tại buổi làm việc" : "tại Hội nghị")
                .doesNotContain(meeting.equals("Hội nghị") ? "Tại buổi làm việc" : "Tại Hội nghị");

        // limitations of the period, carried over and overcome in it, without database tags; then their causes
        for (Map<String, String> l : data.rowsOfAgreement("limitations")) {
            LocalDate raised = LocalDate.parse(l.get("date"));
            Optional<LocalDate> resolved = Optional.of(l.get("resolved_on")).filter(x -> !x.isEmpty()).map(LocalDate::parse);
            if (range.contains(raised) || (resolved.isPresent() && range.contains(resolved.get()))) {
                assertThat(text).contains("- " + withoutFinalStop(l.get("text")) + ".");
            }
            if (!l.getOrDefault("cause", "").isEmpty()) {
                assertThat(text).containsSubsequence("HẠN CHẾ, TỒN TẠI VÀ NGUYÊN NHÂN", "Nguyên nhân",
                        "- " + withoutFinalStop(l.get("cause")) + ".");
            }
        }
        assertThat(text).doesNotContain("ghi nhận ngày", "(đã khắc phục ngày");

        // tasks of the period, with their outcome, then the next period's (also the successor agreement's)
        List<Map<String, String>> tasks = data.rows("tasks");
        List<Map<String, String>> ofPeriod = tasks.stream()
                .filter(t -> t.get("agreement").equals(set.agreement()) && t.get("period").equals(set.period())).toList();
        // the agency that leads them all said once, in the count's sentence; else each task's after it
        java.util.function.Function<List<Map<String, String>>, String> commonLead = list -> list.stream()
                .map(t -> data.agency(t.get("lead_agency")).get("name")).distinct().count() == 1
                ? data.agency(list.get(0).get("lead_agency")).get("name") : null;
        String tasksLead = ofPeriod.isEmpty() ? null : commonLead.apply(ofPeriod);
        if (!ofPeriod.isEmpty()) {
            assertThat(text).contains("đề ra " + count(ofPeriod.size()) + " nhiệm vụ trọng tâm"
                    + (tasksLead == null ? "" : " do " + tasksLead + " chủ trì") + ", ");
        }
        // one outcome for all but done is said in the count's sentence, not after each
        boolean oneOutcome = ofPeriod.size() > 1 && ofPeriod.stream().map(t -> t.get("status")).distinct().count() == 1
                && !ofPeriod.get(0).get("status").equals("DONE");
        for (Map<String, String> t : ofPeriod) {
            String outcome = switch (t.get("status")) {
                case "DONE" -> "đã hoàn thành ngày " + LocalDate.parse(t.get("done_on")).format(DMY);
                case "IN_PROGRESS" -> "đang thực hiện";
                default -> "chưa thực hiện";
            };
            assertThat(text).contains("- " + withoutFinalStop(t.get("text")) + (oneOutcome ? "" : ": " + outcome)
                    + (tasksLead == null ? " (chủ trì: " + data.agency(t.get("lead_agency")).get("name") + ")" : "") + ".");
        }
        assertThat(text).contains("PHƯƠNG HƯỚNG, NHIỆM VỤ " + set.nextPeriodName().toUpperCase(vi),
                "Nhiệm vụ trọng tâm " + set.nextPeriodName());
        List<Map<String, String>> next = tasks.stream().filter(t -> t.get("period").equals(set.nextPeriod())).toList();
        assertThat(next).isNotEmpty();
        String nextLead = next.size() > 1 ? commonLead.apply(next) : null;
        if (nextLead != null) {
            assertThat(text).contains(nextLead + " chủ trì các nhiệm vụ: - ").doesNotContain("(chủ trì: " + nextLead);
        }
        for (Map<String, String> t : next) {
            assertThat(text).contains(withoutFinalStop(t.get("text")) + (nextLead != null ? ""
                    : " (chủ trì: " + data.agency(t.get("lead_agency")).get("name")));
        }

        // commendations of the period, where there are any
        long collectives = commended(data, set.period(), "COLLECTIVE");
        long individuals = commended(data, set.period(), "INDIVIDUAL");
        if (collectives + individuals == 0) {
            assertThat(text).doesNotContain("KHEN THƯỞNG", "khen thưởng");
        } else {
            assertThat(text).contains(count(collectives) + " tập thể, " + count(individuals) + " cá nhân được khen thưởng");
        }
        assertThat(text).doesNotContain("Không có", "chưa có", "Chưa đề ra");

        // the closing paragraph, the recipients under "Nơi nhận:", the signer's title and name
        String recipients = text.substring(text.lastIndexOf("Trên đây là báo cáo"));
        assertThat(recipients).contains("Nơi nhận:",
                lead.get("unit").isEmpty() ? "- Lưu: VT." : "- Lưu: VT, " + lead.get("unit") + ".")
                .doesNotContain("Như trên");
        data.rows("recipients").stream()
                .filter(r -> r.get("agreement").equals(set.agreement()) || r.get("agreement").equals("*"))
                .forEach(r -> assertThat(recipients).contains("- " + r.get("name") + ";"));
        assertThat(recipients).contains(lead.get("signer_title"), lead.get("signer_name"));
    }

    private static Optional<Long> target(SampleExpectations data, String period, String indicator) {
        return data.rowsOfAgreement("targets").stream()
                .filter(t -> t.get("period").equals(period) && t.get("indicator").equals(indicator))
                .map(t -> Long.parseLong(t.get("quantity"))).findFirst();
    }

    private static long commended(SampleExpectations data, String period, String kind) {
        return data.rowsOfAgreement("commendations").stream()
                .filter(c -> c.get("period").equals(period) && c.get("kind").equals(kind))
                .mapToLong(c -> c.get("count").isEmpty() ? 1 : Long.parseLong(c.get("count"))).sum();
    }

    private static void write(Path folder, String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
