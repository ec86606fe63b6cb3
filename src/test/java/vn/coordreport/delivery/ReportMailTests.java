package vn.coordreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportKind;

/** What the mail of an issued document says of the one it replaces. */
class ReportMailTests {

    private final ReportMail mail = new ReportMail(new DeliveryProperties("baocao@sngv.quangtri.gov.vn", null, 6,
            Duration.ofMinutes(1), 2.0, Duration.ofHours(6), Duration.ofMinutes(15)), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    private static ArchivedReport issued(long id, int version, int number, LocalDate on, Long supersedes) {
        return new ArchivedReport(id, "09/QCPH/SNgV-BP", "2021", "decree-09", ReportKind.FINAL, "PDF", version, number,
                "ab", 10, 3, "f", OffsetDateTime.now(), "issued by vanthu", null, supersedes, null, "/BC-SNgV", on);
    }

    @Test
    void anIssuedDocumentThatReplacesAnotherNamesItByItsNumberAndDate() {
        ArchivedReport first = issued(7, 2, 1, LocalDate.of(2026, 12, 5), null);
        ArchivedReport second = issued(12, 4, 3, LocalDate.of(2026, 12, 9), 7L);

        // "Bản này thay thế bản chính thức đã gửi trước đó." left the reader to find which one
        assertThat(mail.body(second, first, null, "Giám đốc Sở")).contains(
                "Báo cáo này thay thế Báo cáo số 01/BC-SNgV ngày 05/12/2026 đã gửi trước đó.");
        assertThat(mail.body(first, null, null, "Giám đốc Sở")).doesNotContain("thay thế");
    }

    @Test
    void theContactIsTheIssuingBodysOwnNeverAnotherProvincesOffice() {
        ReportMail configured = new ReportMail(new DeliveryProperties("Sở Ngoại vụ Quảng Trị <baocao@sngv.quangtri.gov.vn>",
                "Văn phòng Sở Ngoại vụ Quảng Trị, 0233 3 852 000", 6, Duration.ofMinutes(1), 2.0, Duration.ofHours(6),
                Duration.ofMinutes(15)), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        vn.coordreport.catalog.AgreementSummary langSon = new vn.coordreport.catalog.AgreementSummary(
                "01/QCPH-SNgV-BĐBP", "Quy chế phối hợp", "Lạng Sơn", null, null, "Sở Ngoại vụ", "SNgV", "Lạng Sơn");
        ArchivedReport report = issued(7, 2, 1, LocalDate.of(2026, 12, 5), null);

        // a Lạng Sơn report of a deployment whose office is Quảng Trị's: Lạng Sơn's own address
        assertThat(configured.body(report, null, langSon, "vanphong.songoaivu@langson.example.org", true, "Giám đốc Sở"))
                .contains("Mọi ý kiến trao đổi xin liên hệ: Sở Ngoại vụ tỉnh Lạng Sơn, "
                        + "vanphong.songoaivu@langson.example.org.").doesNotContain("Quảng Trị");
        // an issuing body with no address, in a deployment of several provinces: the body alone, never another
        // province's office
        assertThat(configured.body(report, null, langSon, null, true, "Giám đốc Sở"))
                .contains("Mọi ý kiến trao đổi xin liên hệ: Sở Ngoại vụ tỉnh Lạng Sơn.\n").doesNotContain("Quảng Trị");
        // in a deployment of one province, the office's contact is the body's own
        assertThat(configured.body(report, null, langSon, null, false, "Giám đốc Sở"))
                .contains("Mọi ý kiến trao đổi xin liên hệ: Văn phòng Sở Ngoại vụ Quảng Trị, 0233 3 852 000.");
        // a body whose name holds its province, or ends in "tỉnh", is named once
        assertThat(ReportMail.issuingBody(new vn.coordreport.catalog.AgreementSummary("X", "Q", "Quảng Ninh", null,
                null, "Đảng ủy Bộ đội Biên phòng tỉnh", "ĐU", "Quảng Ninh"))).isEqualTo("Đảng ủy Bộ đội Biên phòng tỉnh Quảng Ninh");
        assertThat(ReportMail.issuingBody(new vn.coordreport.catalog.AgreementSummary("X", "Q", "Quảng Ninh", null,
                null, "Tỉnh ủy Quảng Ninh", "TU", "Quảng Ninh"))).isEqualTo("Tỉnh ủy Quảng Ninh");
    }
}
