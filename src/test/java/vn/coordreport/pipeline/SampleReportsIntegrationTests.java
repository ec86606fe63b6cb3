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
import java.util.regex.Pattern;
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

    record SampleSet(String folder, String agreement, String period, String nextPeriod) {
        @Override
        public String toString() {
            return folder;
        }
    }

    static Stream<SampleSet> sets() {
        return Stream.of(new SampleSet("quang-tri-2021", "09/QCPH/SNgV-BP", "2021", "2022"),
                new SampleSet("tay-ninh-2019", "05/QCPH-SNgV-BĐBP", "2019-H1", "2019-H2"),
                // the directions after nine months are those for the rest of the year
                new SampleSet("lang-son-2020", "12/QCPH-SNgV-BĐBP", "2020-9M", "2020"));
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
        assertThat(decree09).contains("Tuần tra song phương: 06 lượt");
        assertThat(decree09).contains("Tuần tra song phương lượt 6 ");
        // and the plain calendar: 01/01–30/06/2021 holds the 14 and 15 June patrols (4 + 8)
        assertThat(calendar).contains("(số liệu từ ngày 01/01/2021 đến ngày 30/06/2021)");
        assertThat(calendar).contains("Tuần tra song phương: 12 lượt");
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
        Map<String, String> lead = data.leadAgency();
        Locale vi = Locale.forLanguageTag("vi");

        // header, title block and the place-and-date line
        assertThat(text).contains(lead.get("parent").toUpperCase(vi), lead.get("name").toUpperCase(vi),
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO");
        Map<String, String> conference = data.rowsOfAgreement("conferences").stream()
                .filter(c -> c.get("period").equals(set.period())).findFirst().orElseThrow();
        assertThat(text).contains(lead.get("province") + ", " + (dated
                ? SampleExpectations.longDate(LocalDate.parse(conference.get("date"))) : "ngày tháng năm"));
        assertThat(text).contains("(số liệu từ ngày " + range.from().format(DMY) + " đến ngày "
                + range.to().format(DMY) + ")");

        // every indicator with a figure in the period: sentence, and its row in the table
        Map<String, Figures> now = data.figures(range);
        Map<String, Figures> before = data.figures(SampleExpectations.previous(range));
        assertThat(now).isNotEmpty();
        for (Map.Entry<String, Figures> e : now.entrySet()) {
            String name = INDICATORS.get(e.getKey())[0];
            String unit = INDICATORS.get(e.getKey())[1];
            Figures f = e.getValue();
            Figures p = before.getOrDefault(e.getKey(), new Figures(0, 0, 0));
            StringBuilder sentence = new StringBuilder(name + ": " + count(f.quantity()) + " " + unit);
            if (f.partners() > 0) {
                sentence.append(" của ").append(count(f.partners())).append(" đối tác");
            }
            if (f.amount() > 0) {
                sentence.append(", tổng trị giá ").append(billions(f.amount())).append(" tỷ đồng");
            }
            sentence.append(" (").append(change(f.quantity(), p.quantity())).append(")");
            target(data, set.period(), e.getKey()).ifPresent(t -> sentence.append(", đạt ")
                    .append(percent(f.quantity(), t)).append("% kế hoạch (").append(count(t)).append(" ").append(unit)
                    .append(")"));
            assertThat(text).as(e.getKey()).contains("- " + sentence);

            if (table) {
                String section = text.substring(text.indexOf("2. Các chỉ tiêu chủ yếu"), text.indexOf("3. So sánh với cùng kỳ"));
                StringBuilder row = new StringBuilder(Pattern.quote(name + " " + unit + " " + grouped(f.quantity()) + " "
                        + grouped(p.quantity()) + " "));
                if (f.amount() > 0) {
                    row.append("[^–]*").append(Pattern.quote("– Tổng trị giá tỷ đồng " + billions(f.amount()) + " "
                            + (p.amount() > 0 ? billions(p.amount()) : "0") + " "));
                }
                if (f.partners() > 0) {
                    row.append("[^–]*").append(Pattern.quote("– Số đối tác đối tác " + f.partners() + " " + p.partners() + " "));
                }
                assertThat(section).as(e.getKey() + " in the table").containsPattern(row.toString());
            }
        }

        // limitations: raised in the period, and resolved in it
        for (Map<String, String> l : data.rowsOfAgreement("limitations")) {
            LocalDate raised = LocalDate.parse(l.get("date"));
            Optional<LocalDate> resolved = Optional.of(l.get("resolved_on")).filter(s -> !s.isEmpty()).map(LocalDate::parse);
            if (range.contains(raised)) {
                assertThat(text).contains(withoutFinalStop(l.get("text")) + " (ghi nhận ngày " + raised.format(DMY) + ")");
            } else if (resolved.isPresent() && range.contains(resolved.get())) {
                assertThat(text).contains(withoutFinalStop(l.get("text")) + " (đã khắc phục ngày "
                        + resolved.get().format(DMY) + ")");
            }
        }

        // tasks of the period, with their outcome, and of the next period (also the successor agreement's)
        List<Map<String, String>> tasks = data.rows("tasks");
        List<Map<String, String>> ofPeriod = tasks.stream()
                .filter(t -> t.get("agreement").equals(set.agreement()) && t.get("period").equals(set.period())).toList();
        if (!ofPeriod.isEmpty()) {
            assertThat(text).contains("triển khai " + count(ofPeriod.size()) + " nhiệm vụ trọng tâm");
        }
        for (Map<String, String> t : ofPeriod) {
            String outcome = switch (t.get("status")) {
                case "DONE" -> "đã hoàn thành ngày " + LocalDate.parse(t.get("done_on")).format(DMY);
                case "IN_PROGRESS" -> "đang thực hiện";
                default -> "";
            };
            assertThat(text).containsPattern(Pattern.quote(withoutFinalStop(t.get("text")) + " (chủ trì: "
                    + data.agency(t.get("lead_agency")).get("name")) + "[^)]*\\): " + Pattern.quote(outcome));
        }
        List<Map<String, String>> next = tasks.stream().filter(t -> t.get("period").equals(set.nextPeriod())).toList();
        assertThat(next).isNotEmpty();
        for (Map<String, String> t : next) {
            assertThat(text).contains(withoutFinalStop(t.get("text")) + " (chủ trì: "
                    + data.agency(t.get("lead_agency")).get("name"));
        }

        // commendations of the period
        long collectives = commended(data, set.period(), "COLLECTIVE");
        long individuals = commended(data, set.period(), "INDIVIDUAL");
        if (collectives + individuals == 0) {
            assertThat(text).contains("Trong kỳ chưa có tập thể, cá nhân được khen thưởng.");
        } else {
            assertThat(text).contains(count(collectives) + " tập thể, " + count(individuals) + " cá nhân được khen thưởng");
        }

        // the recipients, under "Nơi nhận:"
        String recipients = text.substring(text.lastIndexOf("Nơi nhận:"));
        assertThat(recipients).contains("- Như trên;", "- Lưu: VT.");
        data.rows("recipients").stream()
                .filter(r -> r.get("agreement").equals(set.agreement()) || r.get("agreement").equals("*"))
                .forEach(r -> assertThat(recipients).contains("- " + r.get("name") + ";"));
        assertThat(text).contains(lead.get("signer_title"));
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
