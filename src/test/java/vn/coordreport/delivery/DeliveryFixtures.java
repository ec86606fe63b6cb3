package vn.coordreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.NewReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.archive.ReportKind;
import vn.coordreport.ingest.ImportOutcome;
import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.Importer;
import vn.coordreport.pipeline.JobNames;

/** Data for the delivery tests: the Quảng Trị sample with more recipients, and archived finals. */
final class DeliveryFixtures {

    static final String QT = "09/QCPH/SNgV-BP";
    static final String CB = "78/QCPH-SNgV-BĐBP";

    private DeliveryFixtures() {
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Quảng Trị: the sample's two recipients of the agreement and one {@code *}, plus a {@code *} that
     * repeats the director's address in capitals and one whose name tries to add a header. Cao Bằng: an
     * agreement whose only recipient has no valid address, as imports stored them before they checked addresses.
     */
    static void importData(Importer importer, JdbcClient jdbc, Path temp) throws IOException {
        assertImported(importer.importPath(Path.of("src/main/resources/samples/quang-tri-2021"), false));
        Path more = Files.createDirectories(temp.resolve("recipients"));
        Files.writeString(more.resolve("recipients.csv"), """
                agreement,email,name,role,province
                *,GiamDoc.SNgV@QuangTri.example.org,Giám đốc (trùng địa chỉ),,Quảng Trị
                *,chanhvanphong@quangtri.example.org,"Chánh Văn phòng\r
                Bcc: attacker@evil.example",,Quảng Trị
                """, StandardCharsets.UTF_8);
        assertImported(importer.importPath(more, false));
        Path cb = Files.createDirectories(temp.resolve("cao-bang"));
        Files.writeString(cb.resolve("agencies.csv"), """
                code,name,province,parent,signer_title
                SNGV-CB,Sở Ngoại vụ,Cao Bằng,UBND tỉnh Cao Bằng,GIÁM ĐỐC
                BDBP-CB,Bộ Chỉ huy Bộ đội Biên phòng tỉnh,Cao Bằng,Bộ Tư lệnh Bộ đội Biên phòng,CHỈ HUY TRƯỞNG
                """);
        Files.writeString(cb.resolve("agreements.csv"), """
                code,title,province,signed_on,parties,effective_from,effective_to,symbol
                %s,Quy chế phối hợp kiểm thử gửi thư,Cao Bằng,2019-01-01,SNGV-CB;BDBP-CB,,,SNgV
                """.formatted(CB));
        assertImported(importer.importPath(cb, false));
        jdbc.sql("""
                insert into recipient (agreement_id, email, name, import_id)
                select id, 'khong-co-dia-chi', 'Địa chỉ sai', import_id from agreement where code = :code
                """).param("code", CB).update();
    }

    private static void assertImported(ImportOutcome outcome) {
        assertThat(outcome.problemLines()).isEmpty();
        assertThat(outcome.status()).isEqualTo(ImportStatus.IMPORTED);
    }

    /** A final "PDF" of the agreement for the period, archived; its bytes are recognisable. */
    static ArchivedReport finalReport(ReportArchive archive, String code, String period) {
        byte[] pdf = ("%PDF-1.7\n% coordreport test " + code + " " + period + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        return archive.store(new NewReport(code, period, "decree-09", ReportKind.FINAL, "PDF", 3, pdf, 4,
                "fp-" + period, JobNames.PERIOD_CLOSE, 7L, null, "/BC-SNgV", LocalDate.of(2026, 12, 5)));
    }
}
