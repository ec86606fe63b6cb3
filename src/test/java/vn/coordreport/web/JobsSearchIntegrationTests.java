package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.coordreport.pipeline.JobNames;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.PostgresInitializer;

/**
 * The job history's search on the jobs page and the API: three executions,
 * each found by its job, its state, its parameters (a day as the page writes
 * it too) and the days it started between, in SQL on Spring Batch's tables;
 * and what an empty list says, here and in the archive and the mail ledger.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "coordreport.test.database=JobsSearchIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobsSearchIntegrationTests {

    static final String PASSWORD = "mat-khau-rat-dai-1";
    static final Pattern EXECUTION = Pattern.compile("data-execution=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;

    long nightly;
    long failedClose;
    long oldClose;
    MockHttpSession session;

    @BeforeAll
    void threeExecutionsAndAViewer(@Autowired JobRepository repository, @Autowired UserAccounts users) throws Exception {
        nightly = execution(repository, JobNames.NIGHTLY, new JobParametersBuilder()
                .addLocalDate("asOf", LocalDate.of(2021, 6, 1)), BatchStatus.COMPLETED, LocalDateTime.of(2021, 6, 2, 1, 30));
        failedClose = execution(repository, JobNames.PERIOD_CLOSE, new JobParametersBuilder()
                .addString("period", "2021-H1").addString("calendar", "agreement"), BatchStatus.FAILED,
                LocalDateTime.of(2021, 7, 25, 2, 0));
        oldClose = execution(repository, JobNames.PERIOD_CLOSE, new JobParametersBuilder()
                .addString("period", "2020-9M").addString("calendar", "agreement"), BatchStatus.COMPLETED,
                LocalDateTime.of(2020, 10, 25, 2, 0));
        users.add("xem", Role.VIEWER, null, PASSWORD);
        users.add("quantri", Role.ADMIN, null, PASSWORD);
        users.add("vanhanh-tn", Role.OPERATOR, "Tây Ninh", PASSWORD);
        session = signedIn("xem");
    }

    @Test
    void theLedgerSaysThatNoMailServerIsSetInTheOfficesWordsAndTheSettingToTheAdministrator() throws Exception {
        // no spring.mail.host in this context
        assertThat(page("/deliveries")).contains("Hệ thống chưa được cấu hình máy chủ thư", "xin báo quản trị viên")
                .doesNotContain("spring.mail");
        String admin = page("/deliveries", signedIn("quantri"));
        assertThat(admin).contains("Hệ thống chưa được cấu hình máy chủ thư", "<code>spring.mail.host</code>")
                .doesNotContain("xin báo quản trị viên");
    }

    @Test
    void onlyAnOperatorOfEveryProvinceIsOfferedToStartAJob() throws Exception {
        String all = page("/jobs", signedIn("quantri"));
        assertThat(all).contains("id=\"start-nightly\"", "/jobs/" + failedClose + "/restart")
                .doesNotContain("jobs-all-provinces");

        // a job makes every province's reports: an operator of one is told so, rather than offered buttons refused
        String one = page("/jobs", signedIn("vanhanh-tn"));
        assertThat(one).doesNotContain("id=\"start-nightly\"", "/restart\"")
                .contains("chỉ người vận hành không bị giới hạn trong một tỉnh mới cho");
    }

    @Test
    void theHistoryIsFoundByJobStateParametersAndDays() throws Exception {
        // newest first, by when they were asked for
        assertThat(listed("/jobs")).containsExactly(oldClose, failedClose, nightly);
        assertThat(listed("/jobs?job=" + JobNames.PERIOD_CLOSE)).containsExactly(oldClose, failedClose);
        assertThat(listed("/jobs?status=FAILED")).containsExactly(failedClose);
        assertThat(listed("/jobs?q=2021-h1")).containsExactly(failedClose);
        // a period in words, as the list shows it
        assertThat(listed("/jobs?q=" + java.net.URLEncoder.encode("6 tháng đầu năm 2021",
                StandardCharsets.UTF_8).replace("+", "%20"))).containsExactly(failedClose);
        assertThat(listed("/jobs?q=01/06/2021")).containsExactly(nightly);
        assertThat(listed("/jobs?q=#" + oldClose)).containsExactly(oldClose);
        assertThat(listed("/jobs?from=2021-01-01&to=2021-06-30")).containsExactly(nightly);
        assertThat(listed("/jobs?job=" + JobNames.PERIOD_CLOSE + "&from=2021-01-01")).containsExactly(failedClose);
        // the days as the form's fields take them, typed as an office writes them
        assertThat(listed("/jobs?from=01/01/2021&to=30/6/2021")).containsExactly(nightly);
    }

    @Test
    void theDayFieldsAreTypedDayMonthYearWhateverTheBrowsersLanguage() throws Exception {
        String page = page("/jobs?from=01/01/2021&to=2021-06-30");

        // text fields, not the browser's date fields (an English browser shows those as mm/dd/yyyy)
        assertThat(page).containsPattern("id=\"filter-from\" name=\"from\" type=\"text\"[^>]*placeholder=\"dd/mm/yyyy\""
                + "[^>]*value=\"01/01/2021\"")
                .containsPattern("id=\"filter-to\" name=\"to\" type=\"text\"[^>]*value=\"30/06/2021\"")
                .doesNotContain("type=\"date\"");
    }

    @Test
    void theFormKeepsWhatWasAskedAndSaysWhenNothingMatches() throws Exception {
        String page = page("/jobs?job=" + JobNames.NIGHTLY + "&status=FAILED&q=2021");
        assertThat(EXECUTION.matcher(page).find()).isFalse();
        assertThat(page).contains("Không có lần chạy nào khớp", "value=\"2021\"")
                .containsPattern("<option value=\"" + JobNames.NIGHTLY + "\" selected=\"selected\">Lập bản dự thảo hằng đêm")
                .containsPattern("<option value=\"FAILED\" selected=\"selected\">Lỗi")
                .doesNotContain("Chưa có tác vụ nào chạy");
    }

    @Test
    void anEmptyListSaysOnceWhetherNothingIsThereYetOrNothingMatches() throws Exception {
        // this database holds job executions only: no report, no mail
        assertThat(page("/reports")).contains("Kho chưa có bản báo cáo").doesNotContain("khớp với điều kiện tìm",
                "Không có kết quả", "class=\"pager\"");
        assertThat(page("/reports?q=2021")).contains("Không có bản báo cáo nào khớp với điều kiện tìm")
                .doesNotContain("Kho chưa có", "Không có kết quả");
        assertThat(page("/deliveries")).contains("Chưa có thư nào: thư gửi lãnh đạo được xếp vào hàng gửi")
                .doesNotContain("khớp với điều kiện tìm", "Không có kết quả");
        assertThat(page("/deliveries?status=FAILED")).contains("Không có thư nào khớp với điều kiện tìm")
                .doesNotContain("Chưa có thư nào");
        assertThat(page("/jobs?status=STOPPED")).contains("Không có lần chạy nào khớp")
                .doesNotContain("Không có kết quả", "class=\"pager\"");
        // a list with rows says where it is
        assertThat(page("/jobs")).contains("Hiển thị 1–3 trên 3");
    }

    @Test
    void aDayThatIsNotADateIsSaidOnTheJobsPageAndAnyOtherWrongParameterOnTheErrorPage() throws Exception {
        var response = mvc.perform(get("/jobs?from=31/02/2021&job=" + JobNames.PERIOD_CLOSE).session(session))
                .andReturn().getResponse();

        // the jobs page itself, its search kept as typed, saying which field to mend, the list narrowed by the rest
        assertThat(response.getStatus()).isEqualTo(400);
        String shown = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(shown).contains("Ô “Bắt đầu từ ngày”: &#39;31/02/2021&#39; không phải là một ngày có thật, viết dạng "
                + "dd/mm/yyyy (ví dụ 01/06/2021); danh sách dưới đây không lọc theo ô này.")
                .containsPattern("id=\"filter-from\" name=\"from\"[^>]*value=\"31/02/2021\"")
                .doesNotContain("Mã lỗi 400");
        Matcher m = EXECUTION.matcher(shown);
        List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        assertThat(ids).containsExactly(oldClose, failedClose);
        // and so is any parameter that is not of its type, or a value a page refuses, each said with what is wrong
        var page = mvc.perform(get("/jobs?page=abc").session(session)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("Số trang: &#39;abc&#39; không phải là một số nguyên.").doesNotContain("&#39;page&#39;");
        var tooLarge = mvc.perform(get("/jobs?page=99999999999").session(session)).andReturn().getResponse();
        assertThat(tooLarge.getStatus()).isEqualTo(400);
        assertThat(tooLarge.getContentAsString(StandardCharsets.UTF_8))
                .contains("Số trang: &#39;99999999999&#39; là số quá lớn.");
        var year = mvc.perform(get("/register?year=2021a").session(session)).andReturn().getResponse();
        assertThat(year.getStatus()).isEqualTo(400);
        assertThat(year.getContentAsString(StandardCharsets.UTF_8))
                .contains("Năm: &#39;2021a&#39; không phải là một số nguyên.");
        var farYear = mvc.perform(get("/register?year=99999").session(session)).andReturn().getResponse();
        assertThat(farYear.getStatus()).isEqualTo(400);
        assertThat(farYear.getContentAsString(StandardCharsets.UTF_8))
                .contains("Năm: &#39;99999&#39; không phải là năm của sổ: ghi bốn chữ số, ví dụ 2026.");
        // an issuing body that is none, not a register in which it issued nothing; its files neither
        for (String address : java.util.List.of("/register?year=2021&agency=NOPE",
                "/register/so-van-ban-di.csv?year=2021&agency=NOPE")) {
            var noBody = mvc.perform(get(address).session(session)).andReturn().getResponse();
            assertThat(noBody.getStatus()).as(address).isEqualTo(400);
            assertThat(noBody.getContentAsString(StandardCharsets.UTF_8)).contains("Không có cơ quan nào mã "
                    + "&#39;NOPE&#39;").doesNotContain("Chưa có văn bản");
        }
        // a part of the address that is not a number names no page at all
        var address = mvc.perform(get("/reports/abc").session(session)).andReturn().getResponse();
        assertThat(address.getStatus()).isEqualTo(404);
        assertThat(address.getContentAsString(StandardCharsets.UTF_8)).contains("Không tìm thấy",
                "Địa chỉ này không dẫn tới trang nào: &#39;abc&#39; không phải là một số.").doesNotContain("&#39;id&#39;");
        // digits too many for an id: a number too large, as the API and the commands say, not "no number"
        var idTooLarge = mvc.perform(get("/reports/99999999999999999999").session(session)).andReturn().getResponse();
        assertThat(idTooLarge.getStatus()).isEqualTo(404);
        assertThat(idTooLarge.getContentAsString(StandardCharsets.UTF_8)).contains(
                "Địa chỉ này không dẫn tới trang nào: &#39;99999999999999999999&#39; là số quá lớn.");
        var period = mvc.perform(get("/submissions?period=2019-H9").session(session)).andReturn().getResponse();
        assertThat(period.getStatus()).isEqualTo(400);
        assertThat(period.getContentAsString(StandardCharsets.UTF_8))
                .contains("Ô “Kỳ”: &#39;2019-H9&#39; không phải là kỳ báo cáo: ghi 2019-H1", "&quot;quý III năm 2021&quot;")
                .containsPattern("id=\"period\" name=\"period\"[^>]*value=\"2019-H9\"");
        // an address nothing answers: a browser gets the error page, any other client the problem details as before
        var browser = mvc.perform(get("/tac-vu").session(session).accept(org.springframework.http.MediaType.TEXT_HTML,
                org.springframework.http.MediaType.ALL)).andReturn().getResponse();
        assertThat(browser.getStatus()).isEqualTo(404);
        assertThat(browser.getContentType()).startsWith("text/html");
        assertThat(browser.getContentAsString(StandardCharsets.UTF_8)).contains("Không tìm thấy", "Về trang chính");
        var client = mvc.perform(get("/tac-vu").session(session)).andReturn().getResponse();
        assertThat(client.getStatus()).isEqualTo(404);
        assertThat(client.getContentType()).startsWith("application/problem+json");
        assertThat(client.getContentAsString(StandardCharsets.UTF_8)).contains("Không có tài nguyên tac-vu.");
    }

    @Test
    void theApiSearchesAlike() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("xem:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String json = mvc.perform(get("/api/jobs?q=2020-9M&job=" + JobNames.PERIOD_CLOSE).header("Authorization", basic))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"id\":" + oldClose).doesNotContain("\"id\":" + failedClose, "\"id\":" + nightly);
        // a status that does not exist is a bad request, not an empty list
        var misspelt = mvc.perform(get("/api/jobs?status=COMPLETE").header("Authorization", basic)).andReturn().getResponse();
        assertThat(misspelt.getStatus()).isEqualTo(400);
        assertThat(misspelt.getContentAsString(StandardCharsets.UTF_8))
                .contains("'COMPLETE' không phải là trạng thái của lần chạy");
    }

    private List<Long> listed(String path) throws Exception {
        Matcher m = EXECUTION.matcher(page(path));
        List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @Test
    void anIssuingBodyChosenThatIssuedNothingThatYearStaysChosenAboveItsEmptyRegister(
            @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) throws Exception {
        jdbc.sql("insert into agency (code, name, province) values ('SNGV-SO', 'Sở Ngoại vụ', 'Tây Ninh'), "
                + "('SNGV-KHAC', 'Sở Ngoại vụ', 'Quảng Trị') on conflict do nothing").update();

        // typed in lower case, as the address bar takes it
        assertThat(page("/register?year=2021&agency=sngv-so")).contains("Chưa có văn bản nào được ban hành")
                .contains("<option value=\"SNGV-SO\" selected=\"selected\">Sở Ngoại vụ · Tây Ninh</option>");
        // for an operator of Tây Ninh, another province's body is not named: it stays chosen by its code alone
        assertThat(page("/register?year=2021&agency=SNGV-KHAC", signedIn("vanhanh-tn")))
                .contains("<option value=\"SNGV-KHAC\" selected=\"selected\">SNGV-KHAC</option>")
                .doesNotContain("Quảng Trị");
    }

    private String page(String path) throws Exception {
        return page(path, session);
    }

    private String page(String path, MockHttpSession as) throws Exception {
        var response = mvc.perform(get(URI.create(path.replace("#", "%23"))).session(as)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession signedIn(String username) throws Exception {
        return PageLogin.signedIn(mvc, username, PASSWORD);
    }

    private static long execution(JobRepository repository, String job, JobParametersBuilder parameters,
            BatchStatus status, LocalDateTime start) {
        JobParameters identifying = parameters.addString("run", start + "Z").toJobParameters();
        JobInstance instance = repository.createJobInstance(job, identifying);
        JobExecution execution = repository.createJobExecution(instance, identifying, new ExecutionContext());
        execution.setStartTime(start);
        execution.setEndTime(start.plusMinutes(5));
        execution.setStatus(status);
        execution.setExitStatus(status == BatchStatus.COMPLETED ? ExitStatus.COMPLETED : ExitStatus.FAILED);
        repository.update(execution);
        return execution.getId();
    }
}
