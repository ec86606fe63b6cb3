package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.coordreport.ingest.Importer;
import vn.coordreport.issuing.FinalState;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.IssuingFixture;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.PostgresInitializer;

/**
 * What the page of a final asks its reviewer, signer and văn thư to look at before their step: the Lạng Sơn
 * sample's 2020 final, whose two key tasks of the year are still "chưa thực hiện" (one due 31/10/2020, one without
 * a due date) and whose regulation has a third party, the provincial police, that sent nothing for the year; then
 * the same final after a record of 2020 came in, which no one may approve any more.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "coordreport.test.database=ApprovalChecksIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApprovalChecksIntegrationTests {

    static final String PASSWORD = IssuingFixture.USER_PASSWORD;
    static final String AGREEMENT = "01/QCPH-SNgV-BĐBP";

    @Autowired
    MockMvc mvc;

    @Autowired
    Importer importer;

    @Autowired
    Issuing issuing;

    long finalId;
    Path data;

    @BeforeAll
    void theYearsFinalOfARegulationWithAThirdParty(@Autowired ReportJobs jobs, @Autowired UserAccounts users,
            @TempDir Path temp) throws IOException {
        data = IssuingFixture.withSigners(Path.of("src/main/resources/samples/lang-son-2020"), temp);
        Files.writeString(data.resolve("agencies.csv"), "CA-LS,Công an tỉnh,Lạng Sơn,UBND tỉnh Lạng Sơn,GIÁM ĐỐC,Hoàng Văn Nam,,\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path agreements = data.resolve("agreements.csv");
        Files.writeString(agreements, Files.readString(agreements, StandardCharsets.UTF_8)
                .replace(",SNGV-LS;BDBP-LS,2020-10-06,", ",SNGV-LS;BDBP-LS;CA-LS,2020-10-06,"), StandardCharsets.UTF_8);
        importer.importPath(data, false);
        IssuingFixture.users(users);
        users.add("vanhanh", Role.OPERATOR, null, PASSWORD);
        jobs.closePeriod(Period.year(2020), null, true);
        finalId = issuing.list(Period.year(2020), null).stream().filter(f -> f.agreementCode().equals(AGREEMENT))
                .findFirst().orElseThrow().versionId();
    }

    @Test
    @Order(1)
    void saysWhichKeyTasksTheReportCallsNotStartedAndWhoSentNothing() throws Exception {
        String page = page(IssuingFixture.REVIEWER);

        assertThat(page).contains("id=\"checks\"", "Nên xem lại trước khi duyệt, ký và ban hành",
                "Công an tỉnh chưa gửi số liệu của kỳ (hạn gửi ", "báo cáo không có số liệu của cơ quan này.",
                "2 nhiệm vụ trọng tâm của kỳ vẫn ghi “chưa thực hiện”, và báo cáo sẽ viết như vậy:",
                "Các huyện biên giới thành lập Ban Chỉ đạo về thực hiện 3 văn kiện pháp lý biên giới đất liền Việt Nam"
                        + " - Trung Quốc (thời hạn 31/10/2020)",
                "Tham mưu triển khai hiệu quả công tác đối ngoại trên ba trụ cột",
                "rồi lập bản chính thức mới.");
        // the two agencies that sent their data are not named; nothing changed since the final was made
        assertThat(page).doesNotContain("Sở Ngoại vụ chưa gửi", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh chưa gửi",
                "id=\"data-changed\"");
        assertThat(page).contains("id=\"approve\"", "id=\"reject\"");
        assertThat(mvc.perform(get("/approvals").session(signedIn(IssuingFixture.REVIEWER))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Số liệu đã đổi");
        // the reviewer does not enter data: the form is offered to an operator
        assertThat(page).doesNotContain("id=\"checks-entry\"");
        assertThat(page("vanhanh")).contains("id=\"checks-entry\"");
    }

    @Test
    @Order(2)
    void saysTheDataChangedSinceTheFinalWasMadeBeforeAnyoneTriesToApproveIt() throws Exception {
        Path more = Files.createDirectories(data.resolveSibling("them-2020"));
        Files.writeString(more.resolve("records.csv"), "agreement,indicator,date,quantity,amount_vnd,counterpart,agency,"
                + "note\n" + AGREEMENT + ",JOINT_PATROL,2020-11-20,1,,,BDBP-LS,\n", StandardCharsets.UTF_8);
        importer.importPath(more, false);

        // the approval it would refuse is not offered; sending it back is, and to an operator a new final
        String page = page(IssuingFixture.REVIEWER);
        assertThat(page).contains("id=\"data-changed\"", "Số liệu hoặc nội dung của kỳ đã thay đổi sau khi bản này được lập",
                "id=\"reject\"").doesNotContain("id=\"approve\"", "id=\"remake\"");
        assertThat(page("vanhanh")).contains("id=\"remake\"", "Lập bản chính thức mới");
        // and the list of finals marks it, in the reviewer's own list and in the whole one
        String list = mvc.perform(get("/approvals").session(signedIn(IssuingFixture.REVIEWER))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list.split("Số liệu đã đổi: cần lập lại", -1)).hasSize(3);
        assertThat(issuing.list(Period.year(2020), null).stream().filter(f -> f.versionId() == finalId).findFirst()
                .orElseThrow().state()).isEqualTo(FinalState.WAITING_REVIEW);
    }

    private String page(String username) throws Exception {
        return mvc.perform(get("/approvals/" + finalId).session(signedIn(username))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession signedIn(String username) throws Exception {
        return PageLogin.signedIn(mvc, username, PASSWORD);
    }
}
