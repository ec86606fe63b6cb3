package vn.coordreport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.coordreport.ingest.Importer;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.OnDemandReports;
import vn.coordreport.render.Format;
import vn.coordreport.support.PostgresInitializer;

/**
 * The real endpoints of the api and web modules, for anonymous, each role and
 * a user limited to another province: 401, 403 or success as the README's URL
 * table says, and the province limit on every single object.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "coordreport.test.database=EndpointAccessIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointAccessIntegrationTests {

    private static final String QUANG_TRI_AGREEMENT = "09/QCPH/SNgV-BP";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    long quangTriVersion;

    @BeforeAll
    void given(@Autowired UserAccounts accounts, @Autowired Importer importer, @Autowired OnDemandReports reports) {
        Users.add(accounts);
        importer.importPath(Path.of("src/main/resources/samples/quang-tri-2021"), false);
        importer.importPath(Path.of("src/main/resources/samples/tay-ninh-2019"), false);
        quangTriVersion = reports.archived(QUANG_TRI_AGREEMENT, Period.parse("2021"), null, Format.PDF, false, "test").id();
    }

    @Test
    void readsNeedARole() {
        for (String path : List.of("/api/agreements", "/api/agreement?code=" + Http.path(QUANG_TRI_AGREEMENT), "/api/reports",
                "/api/reports/" + quangTriVersion, "/api/reports/" + quangTriVersion + "/content", "/api/report-requests",
                "/api/imports", "/api/jobs", "/api/deliveries")) {
            assertThat(status(null, "GET", path)).as("anonymous GET " + path).isEqualTo(401);
            for (String user : List.of(Users.VIEWER, Users.OPERATOR, Users.ADMIN)) {
                assertThat(status(user, "GET", path)).as(user + " GET " + path).isEqualTo(200);
            }
        }
    }

    @Test
    void writesNeedAnOperator() {
        // bodies an operator gets past security with, refused further on as bad input or unknown: nothing is run
        for (String path : List.of("/api/report-requests", "/api/imports", "/api/jobs/999999/restart", "/api/jobs/close")) {
            assertThat(status(null, "POST", path)).as("anonymous POST " + path).isEqualTo(401);
            assertThat(status(Users.VIEWER, "POST", path)).as("viewer POST " + path).isEqualTo(403);
            for (String user : List.of(Users.OPERATOR, Users.ADMIN)) {
                assertThat(status(user, "POST", path)).as(user + " POST " + path).isBetween(400, 499).isNotIn(401, 403);
            }
        }
        // an upload without its file says so in the reader's words, not Spring's
        Http operator = Http.basic(port, Users.OPERATOR, Users.password(Users.OPERATOR));
        HttpResponse<String> json = operator.send("POST", "/api/imports");
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(json.body()).contains("Nội dung kiểu 'application/json' không được nhận ở đây", "multipart/form-data")
                .doesNotContain("is not supported", "[", "yaml");
        // and a request whose body should be JSON, sent as a form, is told JSON, without Java's list of every type
        HttpResponse<String> form = operator.form("/api/report-requests", Map.of("agreement", "x"), null);
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(form.body()).contains("Nội dung kiểu 'application/x-www-form-urlencoded", "application/json")
                .doesNotContain("[", "yaml", "multipart");
        HttpResponse<String> noBody = operator.emptyPost("/api/imports");
        assertThat(noBody.statusCode()).isEqualTo(415);
        // an upload is told the form alone: "hoặc JSON" sent clients to a type the upload then refused
        assertThat(noBody.body()).contains("không nói nội dung của nó thuộc kiểu nào", "multipart/form-data")
                .doesNotContain("is not supported", "'null'", "JSON");
    }

    @Test
    void aUserOfAnotherProvinceSeesNothingOfQuangTri() {
        Http tayNinh = Http.basic(port, Users.TAY_NINH, Users.password(Users.TAY_NINH));

        assertThat(tayNinh.get("/api/agreements").body()).contains("Tây Ninh").doesNotContain("Quảng Trị");
        assertThat(tayNinh.get("/api/reports").body()).doesNotContain(QUANG_TRI_AGREEMENT);
        assertThat(tayNinh.get("/api/agreement?code=" + Http.path(QUANG_TRI_AGREEMENT)).statusCode()).isEqualTo(403);
        assertThat(tayNinh.get("/api/reports/" + quangTriVersion).statusCode()).isEqualTo(403);
        assertThat(tayNinh.get("/api/reports/" + quangTriVersion + "/content").statusCode()).isEqualTo(403);

        Http page = Http.browser(port);
        page.login(Users.TAY_NINH, Users.password(Users.TAY_NINH));
        assertThat(page.get("/reports/" + quangTriVersion + "/download").statusCode()).isEqualTo(403);
        assertThat(page.get("/").body()).doesNotContain(QUANG_TRI_AGREEMENT);

        // an operator of Quảng Trị may not request Tây Ninh's report
        HttpResponse<String> request = Http.basic(port, Users.QUANG_TRI, Users.password(Users.QUANG_TRI))
                .json("/api/report-requests", "{\"agreement\":\"05/QCPH-SNgV-BĐBP\",\"period\":\"2019-H1\"}");
        assertThat(request.statusCode()).isEqualTo(403);

        // and jobs, which cover every province, are not for an operator limited to one, by API or page
        assertThat(Http.basic(port, Users.QUANG_TRI, Users.password(Users.QUANG_TRI)).json("/api/jobs/nightly", "{}")
                .statusCode()).isEqualTo(403);
        assertThat(page(Users.QUANG_TRI, "POST", "/jobs/nightly")).isEqualTo(403);
        assertThat(page(Users.QUANG_TRI, "POST", "/jobs/999999/restart")).isEqualTo(403);
    }

    @Test
    void theEntryFormOfAnotherProvincesAgreementIsRefusedBeforeItListsTheAgreementsParties() {
        Http quangTri = Http.browser(port);
        quangTri.login(Users.QUANG_TRI, Users.password(Users.QUANG_TRI));

        // asking for more rows of Tây Ninh's agreement, or saving rows of it
        for (Map<String, String> form : List.of(
                Map.of("agreement", "05/QCPH-SNgV-BĐBP", "period", "2019", "more", "records.csv"),
                Map.of("agreement", "05/QCPH-SNgV-BĐBP", "period", "2019", "records.indicator", "JOINT_PATROL",
                        "records.date", "05/03/2019"))) {
            HttpResponse<String> answer = quangTri.form("/entry", form, quangTri.csrf("/entry"));
            assertThat(answer.statusCode()).as(form.toString()).isEqualTo(403);
            assertThat(answer.body()).doesNotContain("SNGV-TN", "BDBP-TN");
        }
        assertThat(jdbc.sql("select count(*) from import_batch where source like 'form:%'").query(Long.class).single())
                .isZero();
    }

    @Test
    void anAdministratorOfOneProvinceManagesItsUsersOnly() {
        accounts.add("qtadmin", Role.ADMIN, "Quảng Trị", Users.password("qtadmin"));
        Http admin = Http.browser(port).with("Accept", "text/html");
        admin.login("qtadmin", Users.password("qtadmin"));

        // the list holds Quảng Trị's users only, and the province to choose is Quảng Trị alone
        String list = admin.get("/users").body();
        assertThat(list).contains(Users.QUANG_TRI, "qtadmin").doesNotContain(Users.TAY_NINH, ">" + Users.ADMIN + "<",
                "Tây Ninh", "Tất cả các tỉnh");

        // another province's user, or one of every province, is out of reach: read, token, password, disabled
        for (String other : List.of(Users.TAY_NINH, Users.ADMIN)) {
            assertThat(admin.get("/users/account?username=" + other).statusCode()).as(other).isEqualTo(403);
            for (String action : List.of("/users/tokens", "/users/password", "/users/disable", "/users/enable",
                    "/users/change")) {
                assertThat(admin.form(action, Map.of("username", other), admin.csrf("/users")).statusCode())
                        .as(action + " " + other).isEqualTo(403);
            }
        }
        assertThat(accounts.find(Users.ADMIN).orElseThrow().enabled()).isTrue();
        assertThat(jdbc.sql("select count(*) from api_token t join app_user u on u.id = t.user_id "
                + "where u.username in ('tayninh', 'admin')").query(Long.class).single()).isZero();

        // a user added without a province is of Quảng Trị; one of Tây Ninh is refused
        assertThat(admin.form("/users", Map.of("username", "qtclerk", "roles", "CLERK", "province", ""),
                admin.csrf("/users")).statusCode()).isEqualTo(302);
        assertThat(accounts.find("qtclerk").orElseThrow().province()).isEqualTo("Quảng Trị");
        assertThat(admin.form("/users", Map.of("username", "tnadmin", "roles", "ADMIN", "province", "Tây Ninh"),
                admin.csrf("/users")).statusCode()).isEqualTo(403);
        assertThat(accounts.find("tnadmin")).isEmpty();

        // and the users of their province are theirs to manage, roles and all, within their province
        assertThat(admin.form("/users/tokens", Map.of("username", Users.QUANG_TRI), admin.csrf("/users")).statusCode())
                .isEqualTo(302);
        assertThat(admin.form("/users/change", Map.of("username", "qtclerk", "roles", "VIEWER", "province", ""),
                admin.csrf("/users")).statusCode()).isEqualTo(302);
        assertThat(accounts.find("qtclerk").orElseThrow()).extracting(UserAccount::roles, UserAccount::province)
                .containsExactly(Set.of(Role.VIEWER), "Quảng Trị");
        // the same again changes nothing, and says so
        assertThat(admin.form("/users/change", Map.of("username", "qtclerk", "roles", "VIEWER"),
                admin.csrf("/users")).statusCode()).isEqualTo(302);
        // (the page shows the messages of the posts before, each once, first)
        String shown = java.util.stream.IntStream.range(0, 3).mapToObj(i -> admin.get("/users/account?username=qtclerk")
                .body()).collect(java.util.stream.Collectors.joining());
        assertThat(shown).contains("Không có gì thay đổi: qtclerk đã có vai trò và tỉnh này.");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'USER_CHANGE' and target = 'user/qtclerk'")
                .query(Long.class).single()).isOne();
        assertThat(admin.form("/users/change", Map.of("username", "qtclerk", "roles", "ADMIN", "province", "Tây Ninh"),
                admin.csrf("/users")).statusCode()).isEqualTo(403);
        assertThat(accounts.find("qtclerk").orElseThrow().roles()).containsExactly(Role.VIEWER);
        // not their own account: they would lock themselves out
        assertThat(admin.form("/users/change", Map.of("username", "qtadmin", "roles", "VIEWER"),
                admin.csrf("/users")).statusCode()).isEqualTo(302);
        assertThat(admin.get("/users/account?username=qtadmin").body())
                .contains("Không thể tự đổi vai trò hay tỉnh của chính mình");
        assertThat(accounts.find("qtadmin").orElseThrow().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void theUsersAndAccountFormsSayAWrongValueRatherThanFail() {
        Http admin = Http.browser(port).with("Accept", "text/html");
        admin.login(Users.ADMIN, Users.password(Users.ADMIN));

        // a role that is none was a 500; one written in small letters is the role
        assertThat(admin.form("/users", Map.of("username", "godlike", "roles", "GOD"), admin.csrf("/users"))
                .statusCode()).isEqualTo(302);
        assertThat(admin.get("/users").body()).contains("Không có vai trò “GOD”: hãy chọn trong danh sách.");
        assertThat(accounts.find("godlike")).isEmpty();
        assertThat(admin.form("/users", Map.of("username", "smallletters", "roles", "viewer"), admin.csrf("/users"))
                .statusCode()).isEqualTo(302);
        assertThat(accounts.find("smallletters").orElseThrow().roles()).containsExactly(Role.VIEWER);

        // a province written without its marks would limit the user to a province with no data, as the command says
        assertThat(admin.form("/users", Map.of("username", "nomarks", "roles", "VIEWER", "province", "Quang Tri"),
                admin.csrf("/users")).statusCode()).isEqualTo(302);
        assertThat(admin.get("/users").body()).contains("Dữ liệu không có tỉnh nào viết là “Quang Tri”: có phải là "
                + "“Quảng Trị”?");
        assertThat(accounts.find("nomarks")).isEmpty();

        // BCrypt reads 72 bytes of a password: a longer one (24 letters with marks, 3 bytes each, and one more) was a 500
        String tooLong = "ồ".repeat(24) + "a";
        assertThat(admin.form("/account/password", Map.of("current", Users.password(Users.ADMIN), "password", tooLong,
                "repeat", tooLong), admin.csrf("/account")).statusCode()).isEqualTo(302);
        assertThat(admin.get("/account").body()).contains("Mật khẩu mới dài quá 72 byte");

        // a token's name longer than the field takes, sent by a client that is no form, was a 500
        assertThat(admin.form("/users/tokens", Map.of("username", Users.VIEWER, "name", "x".repeat(65)),
                admin.csrf("/users")).statusCode()).isEqualTo(302);
        assertThat(admin.get("/users/account?username=" + Users.VIEWER).body())
                .contains("Tên mã truy cập dài quá 64 ký tự");
        assertThatThrownBy(() -> accounts.add("longpassword", Role.VIEWER, null, tooLong))
                .hasMessageContaining("mật khẩu dài quá 72 byte");
    }

    @Test
    void theEntryFormSavesNothingUnderAPeriodThatIsNone() {
        Http quangTri = Http.browser(port);
        quangTri.login(Users.QUANG_TRI, Users.password(Users.QUANG_TRI));

        // a GET of it was refused, a POST saved the row as the import "form:09/QCPH/SNgV-BP 2021-H3"
        HttpResponse<String> answer = quangTri.form("/entry", Map.of("agreement", "09/QCPH/SNgV-BP", "period", "2021-H3",
                "records.indicator", "JOINT_PATROL", "records.date", "05/03/2021"), quangTri.csrf("/entry"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Kỳ “2021-H3” không hợp lệ", "05/03/2021");
        assertThat(jdbc.sql("select count(*) from import_batch where source like '%2021-H3%'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void theEntryFormHoldsItsRowsToItsPeriodAndSaysAtOnceWhenThePeriodIsOutsideTheTerm() {
        Http quangTri = Http.browser(port).with("Accept", "text/html");
        quangTri.login(Users.QUANG_TRI, Users.password(Users.QUANG_TRI));
        long forms = jdbc.sql("select count(*) from import_batch where source like 'form:%'").query(Long.class).single();

        // a row typed with another year in the form of the last six months of 2021 (the clerk meant 2021)
        HttpResponse<String> answer = quangTri.form("/entry", Map.of("agreement", "09/QCPH/SNgV-BP", "period", "2021-H2",
                "records.indicator", "JOINT_PATROL", "records.date", "01/09/2023"), quangTri.csrf("/entry"));

        // then it is refused on its row, nothing imported, and what was typed kept
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("Chưa lưu: 1 dòng ghi ngày ngoài kỳ 6 tháng cuối năm 2021",
                "ngày 01/09/2023 không thuộc kỳ 6 tháng cuối năm 2021 của biểu mẫu này", "value=\"01/09/2023\"");
        assertThat(jdbc.sql("select count(*) from import_batch where source like 'form:%'").query(Long.class).single())
                .isEqualTo(forms);

        // and the form of a period before the agreement's term says so as it opens
        HttpResponse<String> before = quangTri.get("/entry?agreement=09/QCPH/SNgV-BP&period=2019");
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).contains("Kỳ năm 2019 nằm ngoài thời hạn hiệu lực của quy chế (từ ngày 23/02/2021");
        assertThat(quangTri.get("/entry?agreement=09/QCPH/SNgV-BP&period=2021").body()).doesNotContain("period-notice");
        // and so does the form of a period to come
        assertThat(quangTri.get("/entry?agreement=09/QCPH/SNgV-BP&period=2099").body())
                .contains("Kỳ năm 2099 chưa bắt đầu (hôm nay là ");

        // a viewer, who may not enter figures, is told so as the page opens, not after typing a form refused
        Http viewer = Http.browser(port).with("Accept", "text/html");
        viewer.login(Users.VIEWER, Users.password(Users.VIEWER));
        HttpResponse<String> viewersForm = viewer.get("/entry?agreement=09/QCPH/SNgV-BP&period=2021");
        assertThat(viewersForm.statusCode()).isEqualTo(200);
        assertThat(viewersForm.body()).contains("Tài khoản của anh/chị (Xem báo cáo) được xem số liệu, không được nhập")
                .doesNotContain("id=\"entry-form\"", "id=\"entry-choose\"");
        assertThat(quangTri.get("/entry?agreement=09/QCPH/SNgV-BP&period=2021").body()).contains("id=\"entry-form\"")
                .doesNotContain("entry-read-only");
    }

    @Test
    void theEntryFormShowsWhatItsPeriodHoldsAndCorrectsARecordByItsRegisterNumber() {
        Http quangTri = Http.browser(port).with("Accept", "text/html");
        quangTri.login(Users.QUANG_TRI, Users.password(Users.QUANG_TRI));
        String form = "/entry?agreement=09/QCPH/SNgV-BP&period=2021-H1";
        Map<String, String> patrol = Map.of("agreement", "09/QCPH/SNgV-BP", "period", "2021-H1",
                "records.indicator", "JOINT_PATROL", "records.date", "05/03/2021", "records.quantity", "2",
                "records.agency", "BDBP-QT", "records.ref", "TT-15/2021");
        String saved = quangTri.form("/entry", patrol, quangTri.csrf(form)).body();
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("Đã lưu thành lần nhập #(\\d+)").matcher(saved);
        assertThat(number.find()).as(saved).isTrue();
        // the import a stored row names is found in the history by its number
        assertThat(quangTri.get("/imports?q=%23" + number.group(1)).body())
                .contains("Biểu mẫu: 09/QCPH/SNgV-BP, 6 tháng đầu năm 2021").doesNotContain("Không có lần nhập nào khớp");
        // and by the words the page says its source in
        assertThat(quangTri.get("/imports?q=" + java.net.URLEncoder.encode("biểu mẫu",
                java.nio.charset.StandardCharsets.UTF_8)).body())
                .contains("Biểu mẫu: 09/QCPH/SNgV-BP, 6 tháng đầu năm 2021").doesNotContain("Dòng lệnh:");
        long stored = jdbc.sql("""
                select count(*) from record r join agreement a on a.id = r.agreement_id
                where a.code = '09/QCPH/SNgV-BP' and r.occurred_on between '2020-12-15' and '2021-06-14'""")
                .query(Long.class).single();

        // the period's form lists what it holds, the row sent with its register number among them, to correct
        String page = quangTri.get(form).body();
        assertThat(page).contains("Đã lưu trong kỳ: " + String.format("%,d", stored).replace(',', '.') + " dòng",
                "<td data-label=\"Số hiệu trong sổ\">TT-15/2021</td>", "Tuần tra song phương (lượt)",
                "agency=BDBP-QT&amp;ref=TT-15/2021");
        String correcting = quangTri.get(form + "&agency=BDBP-QT&ref=TT-15/2021").body();
        assertThat(correcting).contains("Dòng số hiệu trong sổ “TT-15/2021” đã được chép vào bảng Số liệu",
                "value=\"05/03/2021\"", "name=\"records.quantity\" value=\"2\"");

        // sent again with another quantity under the same agency and number, it replaces the stored row
        Map<String, String> corrected = new java.util.HashMap<>(patrol);
        corrected.put("records.quantity", "3");
        assertThat(quangTri.form("/entry", corrected, quangTri.csrf(form)).body()).contains("1 dòng sửa đổi")
                .doesNotContain("entry-present");
        // a row typed as a stored one is that row, and the clerk is told how a second event of the day is kept
        assertThat(quangTri.form("/entry", Map.of("agreement", "09/QCPH/SNgV-BP", "period", "2021-H1",
                "records.indicator", "BORDER_VIOLATION", "records.date", "04/03/2021", "records.agency", "BDBP-QT"),
                quangTri.csrf(form)).body()).contains("0 dòng mới, 1 dòng đã có",
                "1 dòng giống hệt một dòng đã lưu (cùng chỉ tiêu, ngày, số lượng, cơ quan …) nên được coi là dòng đã có",
                "hãy ghi vào Ghi chú điều phân biệt nó với dòng đã lưu");
        // and the advice holds: with a note that tells it apart, a second event of the day is added (checked only)
        assertThat(quangTri.form("/entry", Map.of("agreement", "09/QCPH/SNgV-BP", "period", "2021-H1",
                "records.indicator", "BORDER_VIOLATION", "records.date", "04/03/2021", "records.agency", "BDBP-QT",
                "records.note", "Vụ thứ hai, buổi chiều", "dryRun", "true"), quangTri.csrf(form)).body())
                .contains("Các dòng hợp lệ: 1 dòng mới, 0 dòng đã có");
        assertThat(jdbc.sql("select string_agg(quantity::int::text, ',') from record where ref = 'TT-15/2021'")
                .query(String.class).single()).isEqualTo("3");
        assertThat(quangTri.get(form + "&agency=BDBP-QT&ref=KHONG-CO").body())
                .contains("Không có dòng số liệu nào của kỳ này mang số hiệu trong sổ “KHONG-CO” của cơ quan BDBP-QT");

        // a day outside the period and the import's own problem are said together, not one after the other's mending
        long forms = jdbc.sql("select count(*) from import_batch").query(Long.class).single();
        HttpResponse<String> both = quangTri.form("/entry", Map.of("agreement", "09/QCPH/SNgV-BP", "period", "2021-H1",
                "records.indicator", "JOINT_PATROLL", "records.date", "01/09/2023"), quangTri.csrf(form));
        assertThat(both.statusCode()).isEqualTo(422);
        assertThat(both.body()).contains("Chưa lưu: 1 dòng ghi ngày ngoài kỳ 6 tháng đầu năm 2021 và 1 lỗi khác",
                "ngày 01/09/2023 không thuộc kỳ", "JOINT_PATROLL");
        assertThat(jdbc.sql("select count(*) from import_batch").query(Long.class).single()).isEqualTo(forms);

        // a day of the period still to come is a mistyped one: what is entered has happened
        java.time.LocalDate tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);
        String current = vn.coordreport.period.Period.year(tomorrow.getYear()).toString();
        String typedTomorrow = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(tomorrow);
        HttpResponse<String> toCome = quangTri.form("/entry", Map.of("agreement", "09/QCPH/SNgV-BP", "period",
                tomorrow.getMonthValue() == 12 && tomorrow.getDayOfMonth() >= 15 ? String.valueOf(tomorrow.getYear() + 1)
                        : current, "records.indicator", "JOINT_PATROL", "records.date", typedTomorrow), quangTri.csrf(form));
        assertThat(toCome.statusCode()).isEqualTo(422);
        assertThat(toCome.body()).contains("Chưa lưu: 1 dòng ghi ngày chưa đến;", "ngày " + typedTomorrow
                + " chưa đến (hôm nay là ");
        assertThat(jdbc.sql("select count(*) from import_batch").query(Long.class).single()).isEqualTo(forms);

        // the form's days are the agreement's calendar's: under Decree 09, 20/06/2021 belongs to the second half
        HttpResponse<String> cutOff = quangTri.form("/entry", Map.of("agreement", "09/QCPH/SNgV-BP", "period", "2021-H1",
                "records.indicator", "JOINT_PATROL", "records.date", "20/06/2021"), quangTri.csrf(form));
        assertThat(cutOff.statusCode()).isEqualTo(422);
        assertThat(cutOff.body()).contains("ngày 20/06/2021 không thuộc kỳ 6 tháng đầu năm 2021 của biểu mẫu này "
                + "(từ ngày 15/12/2020 đến ngày 14/06/2021)");
        assertThat(jdbc.sql("select count(*) from import_batch").query(Long.class).single()).isEqualTo(forms);
    }

    @Test
    void aRowTypedTwiceInTheEntryFormIsToldInTheFormsWords() {
        Http quangTri = Http.browser(port).with("Accept", "text/html");
        quangTri.login(Users.QUANG_TRI, Users.password(Users.QUANG_TRI));
        String form = "/entry?agreement=09/QCPH/SNgV-BP&period=2021-H1";
        String row = "&records.indicator=JOINT_PATROL&records.date=07%2F03%2F2021&records.quantity=1"
                + "&records.agency=BDBP-QT&records.note=M%E1%BB%91c+606";
        // "Chép dòng trên" left the third row as the first: the import takes both, the form says which rows
        String body = "agreement=09%2FQCPH%2FSNgV-BP&period=2021-H1&dryRun=true" + row
                + "&records.indicator=JOINT_PATROL&records.date=08%2F03%2F2021&records.quantity=1"
                + "&records.agency=BDBP-QT&records.note=M%E1%BB%91c+607" + row
                + "&_csrf=" + java.net.URLEncoder.encode(quangTri.csrf(form), java.nio.charset.StandardCharsets.UTF_8);

        String checked = quangTri.rawForm("/entry", body).body();

        assertThat(checked).contains("Các dòng hợp lệ: 3 dòng mới, 0 dòng đã có",
                "Lưu ý: trong bảng Số liệu, dòng thứ 3 giống hệt dòng thứ 1 ở mọi ô; nếu lưu, các dòng đều được tính."
                        + " Nếu nhập nhầm hai lần, hãy xóa dòng thừa trước khi lưu.");
    }

    @Test
    void aListsFilterThatNamesNoneOfItsChoicesIsSaidAndNarrowsNothing() {
        Http admin = Http.browser(port).with("Accept", "text/html");
        admin.login(Users.ADMIN, Users.password(Users.ADMIN));

        for (String path : List.of("/jobs?status=NOPE", "/reports?state=NOPE", "/deliveries?status=NOPE",
                "/users?state=NOPE", "/?state=NOPE", "/imports?status=NOPE")) {
            HttpResponse<String> page = admin.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("không có lựa chọn “NOPE”: danh sách dưới đây không lọc theo ô này.");
        }
        assertThat(admin.get("/reports?province=Quang%20Tri&agency=NOPE").body())
                .contains("Ô “Tỉnh” không có lựa chọn “Quang Tri”; Ô “Cơ quan ban hành” không có lựa chọn “NOPE”: "
                        + "danh sách dưới đây không lọc theo các ô này.");
        // the agreements' state that is none was taken for "ended": two of the four were listed under "Tất cả"
        assertThat(admin.get("/?state=NOPE").body()).contains("05/QCPH-SNgV-BĐBP", "09/QCPH/SNgV-BP");
        // days the wrong way round are said, kept in their fields, and not searched by
        HttpResponse<String> reversed = admin.get("/jobs?from=01/06/2021&to=01/01/2021");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("Ô “Đến ngày” (01/01/2021) trước ô “Bắt đầu từ ngày” (01/06/2021)",
                "value=\"01/06/2021\"");
        assertThat(Http.basic(port, Users.ADMIN, Users.password(Users.ADMIN))
                .get("/api/jobs?from=2021-06-01&to=2021-01-01").body()).contains("trước ngày bắt đầu");
        // an agreement that is none is named
        HttpResponse<String> unknown = admin.get("/submissions?agreement=NOPE&period=2021");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không có quy chế phối hợp &#39;NOPE&#39;.");
        // a page past the last, or a search that matches nothing, is not "nothing yet"
        assertThat(admin.get("/imports?page=99999").body()).contains("Trang này không có kết quả; cả danh sách có ")
                .doesNotContain("Chưa có lần nhập nào");
        assertThat(admin.get("/imports?q=zzz").body()).contains("Không có lần nhập nào khớp với điều kiện tìm.")
                .doesNotContain("Chưa có lần nhập nào");
        assertThat(admin.get("/reports?page=99999").body()).doesNotContain("Kho chưa có bản báo cáo nào");
        // a value that is a choice but for its case or accents still filters, and says nothing
        assertThat(admin.get("/users?role=viewer").body()).doesNotContain("filter-problem").contains(Users.VIEWER)
                .doesNotContain(">" + Users.OPERATOR + "<");
    }

    @Test
    void aPageWithoutAParameterItNeedsOrOpenedWithAnotherMethodAnswersWithThePageNotJson() {
        Http admin = Http.browser(port).with("Accept", "text/html");
        admin.login(Users.ADMIN, Users.password(Users.ADMIN));

        HttpResponse<String> missing = admin.get("/users/account");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(missing.body()).contains("Thiếu “Tên đăng nhập”: hãy mở lại trang từ danh sách");
        HttpResponse<String> form = admin.get("/users/disable");
        assertThat(form.statusCode()).isEqualTo(405);
        assertThat(form.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(form.body()).contains("Địa chỉ này không mở trực tiếp được", "Đây là địa chỉ nhận dữ liệu gửi từ một biểu mẫu: hãy quay lại");
        // the API keeps its problem details
        Http api = Http.basic(port, Users.ADMIN, Users.password(Users.ADMIN));
        assertThat(api.get("/api/agreement").body()).contains("Thiếu tham số 'code'");
        HttpResponse<String> apiMethod = api.json("/api/agreements", "{}");
        assertThat(apiMethod.statusCode()).isEqualTo(405);
        assertThat(apiMethod.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(apiMethod.body()).contains("Không hỗ trợ phương thức 'POST'.");
    }

    @Test
    void reopeningAnAgreementOrAPeriodThatIsNoneIsSaidSo() {
        Http admin = Http.browser(port).with("Accept", "text/html");
        admin.login(Users.ADMIN, Users.password(Users.ADMIN));

        // both were "the period is not locked"
        admin.form("/imports/reopen", Map.of("agreement", "NOPE", "period", "2021"), admin.csrf("/imports"));
        assertThat(admin.get("/imports").body()).contains("Không có quy chế phối hợp &#39;NOPE&#39;.");
        admin.form("/imports/reopen", Map.of("agreement", "09/QCPH/SNgV-BP", "period", "2021-H3"),
                admin.csrf("/imports"));
        assertThat(admin.get("/imports").body()).contains("2021-H3").doesNotContain("không bị khóa");
    }

    @Test
    void anAdministratorOfOneProvinceHearsNothingOfAnotherProvincesLocks() {
        accounts.add("qtreopen", Role.ADMIN, "Quảng Trị", Users.password("qtreopen"));
        Http admin = Http.browser(port).with("Accept", "text/html");
        admin.login("qtreopen", Users.password("qtreopen"));

        // Tây Ninh's period is refused before its lock is looked up: "not locked" told whether it was issued
        var refused = admin.form("/imports/reopen", Map.of("agreement", "05/QCPH-SNgV-BĐBP", "period", "2019-H1"),
                admin.csrf("/imports"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("không bị khóa");
        assertThat(admin.get("/imports").body()).doesNotContain("không bị khóa");
    }

    @Test
    void anAdministratorOfTheOtherProvinceOfAnAgreementBetweenTwoReadsItsMailButSendsNone(
            @Autowired OnDemandReports reports) {
        // an agreement recorded with Quảng Trị's province, led by Tây Ninh's Sở Ngoại vụ: its documents are Tây Ninh's
        jdbc.sql("""
                insert into agreement (code, title, province, signed_on, effective_from, symbol, lead_agency_id)
                select 'TN-QT/GUI-THU', 'Quy chế liên tỉnh', 'Quảng Trị', date '2021-01-01', date '2021-01-01', 'SNgV', id
                from agency where code = 'SNGV-TN'""").update();
        long version = reports.archived("TN-QT/GUI-THU", Period.parse("2021"), null, Format.PDF, false, "test").id();
        accounts.add("qtmail", Role.ADMIN, "Quảng Trị", Users.password("qtmail"));
        Http admin = Http.browser(port).with("Accept", "text/html");
        admin.login("qtmail", Users.password("qtmail"));

        assertThat(admin.get("/reports/" + version).statusCode()).isEqualTo(200);
        assertThat(admin.form("/deliveries/retry", Map.of("version", String.valueOf(version), "email", "x@example.org"),
                admin.csrf("/deliveries")).statusCode()).isEqualTo(403);
    }

    @Test
    void pagesNeedASignInAndTheirFormsAnOperator() {
        for (String path : List.of("/", "/imports", "/jobs")) {
            assertThat(page(null, "GET", path)).as("anonymous " + path).isEqualTo(302);
            for (String user : List.of(Users.VIEWER, Users.OPERATOR, Users.ADMIN)) {
                assertThat(page(user, "GET", path)).as(user + " " + path).isEqualTo(200);
            }
        }
        for (String path : List.of("/requests", "/imports", "/jobs/999999/restart")) {
            assertThat(page(null, "POST", path)).as("anonymous POST " + path).isEqualTo(302);
            assertThat(page(Users.VIEWER, "POST", path)).as("viewer POST " + path).isEqualTo(403);
            assertThat(page(Users.OPERATOR, "POST", path)).as("operator POST " + path).isNotIn(401, 403);
        }
        assertThat(page(Users.VIEWER, "GET", "/reports/" + quangTriVersion + "/download")).isEqualTo(200);
    }

    @Test
    void aFormSentWithoutItsSessionsTokenIsSaidToHaveExpired() {
        // a page left open: signed in again since (a new session), or not at all any more
        Http browser = Http.browser(port).with("Accept", "text/html");
        assertThat(browser.login(Users.OPERATOR, Users.password(Users.OPERATOR)).statusCode()).isEqualTo(302);
        HttpResponse<String> stale = browser.form("/requests", Map.of(), "token-of-an-earlier-session");
        HttpResponse<String> signedOut = Http.browser(port).with("Accept", "text/html")
                .form("/requests", Map.of(), "token-of-an-earlier-session");

        for (HttpResponse<String> refused : List.of(stale, signedOut)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("Phiên làm việc đã hết hạn", "đăng nhập lại")
                    .doesNotContain("Không có quyền truy cập");
        }
        // signing out of a session that ended already just goes to the sign-in page
        HttpResponse<String> signOut = Http.browser(port).with("Accept", "text/html")
                .form("/logout", Map.of(), "token-of-an-earlier-session");
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        // a form refused for want of a role still says so
        Http viewer = Http.browser(port).with("Accept", "text/html");
        viewer.login(Users.VIEWER, Users.password(Users.VIEWER));
        HttpResponse<String> refused = viewer.form("/requests", Map.of(), viewer.csrf("/"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Không có quyền truy cập").doesNotContain("Phiên làm việc đã hết hạn");
    }

    @Test
    void downloadsAreAudited() {
        Http.basic(port, Users.VIEWER, Users.password(Users.VIEWER)).get("/api/reports/" + quangTriVersion + "/content");

        assertThat(jdbc.sql("select count(*) from audit_log where action = 'DOWNLOAD' and username = 'viewer' "
                + "and target like :t and remote_address is not null").param("t", "%#" + quangTriVersion + "%")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void aSessionEndsAtItsNextRequestOnceItsUserIsDisabled() {
        // given an operator signed in on the page, downloading
        accounts.add("lan", Role.OPERATOR, null, "lan-mat-khau");
        Http page = Http.browser(port);
        assertThat(page.login("lan", "lan-mat-khau").statusCode()).isEqualTo(302);
        assertThat(page.get("/reports/" + quangTriVersion + "/download").statusCode()).isEqualTo(200);
        String csrf = page.csrf("/");

        // when an administrator disables them
        accounts.disable("lan");

        // then the session's next request is refused: no report request, no download
        HttpResponse<String> request = page.form("/requests", Map.of("agreement", QUANG_TRI_AGREEMENT, "period", "2021-H1",
                "format", "PDF", "kind", "DRAFT"), csrf);
        assertThat(request.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from report_request where requested_by = 'lan'").query(Long.class).single())
                .isZero();
        HttpResponse<String> download = page.get("/reports/" + quangTriVersion + "/download");
        assertThat(download.statusCode()).isEqualTo(302);
        assertThat(download.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'LOGOUT' and username = 'lan'")
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'DOWNLOAD' and username = 'lan'")
                .query(Long.class).single()).as("only the download before").isOne();
    }

    @Test
    void aSessionEndsOnceItsUsersRoleOrProvinceChangesInTheDatabase() {
        accounts.add("minh", Role.OPERATOR, null, "minh-mat-khau");
        accounts.add("hoa", Role.VIEWER, null, "hoa-mat-khau");
        Http minh = Http.browser(port);
        Http hoa = Http.browser(port);
        minh.login("minh", "minh-mat-khau");
        hoa.login("hoa", "hoa-mat-khau");
        assertThat(minh.get("/").statusCode()).isEqualTo(200);
        assertThat(hoa.get("/").statusCode()).isEqualTo(200);

        // as another node, or an administrator with SQL, would change them: nothing in this process is told
        jdbc.sql("update app_user set role = 'VIEWER' where username = 'minh'").update();
        jdbc.sql("update app_user set province = 'Tây Ninh' where username = 'hoa'").update();

        assertThat(minh.get("/").statusCode()).isEqualTo(302);
        assertThat(hoa.get("/").statusCode()).isEqualTo(302);
        assertThat(hoa.login("hoa", "hoa-mat-khau").statusCode()).as("signing in again").isEqualTo(302);
        assertThat(hoa.get("/").body()).contains("Tây Ninh").doesNotContain(QUANG_TRI_AGREEMENT);
    }

    @Test
    void pagesShowTimesInTheDeploymentsZone() {
        ZoneId hanoi = ZoneId.of("Asia/Ho_Chi_Minh");
        DateTimeFormatter vietnamese = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        OffsetDateTime imported = jdbc.sql("select max(started_at) from import_batch").query(OffsetDateTime.class).single();
        OffsetDateTime archived = jdbc.sql("select created_at from report_version where id = :id").param("id", quangTriVersion)
                .query(OffsetDateTime.class).single();
        Http page = Http.browser(port);
        page.login(Users.VIEWER, Users.password(Users.VIEWER));

        assertThat(page.get("/imports").body()).contains(vietnamese.format(imported.atZoneSameInstant(hanoi)))
                .contains("Giờ hiển thị theo múi giờ Asia/Ho_Chi_Minh (UTC+07:00)");
        assertThat(page.get("/").body()).contains(vietnamese.format(archived.atZoneSameInstant(hanoi)));
    }

    @Test
    void theApiDescriptionAnswersApiClientsAndDeclaresHowToSignIn() throws Exception {
        accounts.add("cong-thong-tin", Role.VIEWER, null, "cong-thong-tin-secret");
        String token = accounts.createToken("cong-thong-tin", "portal");

        for (Http client : List.of(Http.basic(port, Users.VIEWER, Users.password(Users.VIEWER)), Http.bearer(port, token))) {
            HttpResponse<String> docs = client.get("/v3/api-docs");
            assertThat(docs.statusCode()).isEqualTo(200);
            assertThat(docs.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            JsonNode description = JsonMapper.builder().build().readTree(docs.body());
            assertThat(description.at("/info/title").asString()).isEqualTo("coordreport HTTP API");
            assertThat(description.at("/info/version").asString()).matches("\\d+\\.\\d+.*");
            assertThat(description.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
            assertThat(description.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
            assertThat(description.at("/security").toString()).contains("\"basic\"", "\"bearer\"");
            assertThat(description.get("paths").propertyNames()).contains("/api/reports/{id}/content")
                    .allSatisfy(path -> assertThat(path).startsWith("/api/"));
            // in the office's language: the whole, each group and each operation (message keys resolved)
            assertThat(description.at("/info/description").asString()).startsWith("Nhập dữ liệu, quy chế phối hợp");
            assertThat(description.at("/servers/0/url").asString()).isEqualTo("/");
            assertThat(description.at("/servers/0/description").asString()).isEqualTo("máy chủ này");
            assertThat(description.at("/components/securitySchemes/bearer/description").asString())
                    .isEqualTo("Mã truy cập API (coordreport users token USERNAME).");
            assertThat(description.get("tags").valueStream().map(tag -> tag.get("name").asString())).containsExactly(
                    "Nhập dữ liệu", "Quy chế phối hợp", "Yêu cầu lập báo cáo", "Báo cáo lưu trữ", "Duyệt, ký và ban hành",
                    "Gửi thư", "Tác vụ");
            assertThat(description.at("/paths/~1api~1report-requests/post/summary").asString())
                    .isEqualTo("Yêu cầu lập một báo cáo; trả lời 202 ngay, kèm địa chỉ của yêu cầu");
            assertThat(description.get("paths").valueStream().flatMap(JsonNode::valueStream).toList())
                    .hasSizeGreaterThan(20).allSatisfy(operation -> {
                        assertThat(operation.get("summary").asString()).doesNotStartWith("api.doc.");
                        assertThat(operation.get("tags").get(0).asString()).doesNotStartWith("api.doc.");
                    });
        }
        HttpResponse<String> anonymous = Http.anonymous(port).get("/v3/api-docs");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().allValues("WWW-Authenticate")).anySatisfy(v -> assertThat(v).startsWith("Bearer"));
        HttpResponse<String> browser = Http.anonymous(port).with("Accept", "text/html").get("/v3/api-docs");
        assertThat(browser.statusCode()).isEqualTo(302);
        assertThat(anonymous.body()).contains("Hãy đăng nhập bằng HTTP Basic hoặc mã truy cập API");
        // credentials refused are said to be wrong, not how to send them
        HttpResponse<String> wrong = Http.basic(port, Users.VIEWER, "wrong-password").get("/v3/api-docs");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Tên đăng nhập, mật khẩu hoặc mã truy cập API không đúng");
        assertThat(Http.bearer(port, "crt_unknown").get("/api/agreements").body())
                .contains("Tên đăng nhập, mật khẩu hoặc mã truy cập API không đúng");
    }

    private int status(String user, String method, String path) {
        Http http = user == null ? Http.anonymous(port) : Http.basic(port, user, Users.password(user));
        return http.send(method, path).statusCode();
    }

    private int page(String user, String method, String path) {
        Http browser = Http.browser(port);
        if (user != null) {
            assertThat(browser.login(user, Users.password(user)).statusCode()).isEqualTo(302);
        }
        return (method.equals("GET") ? browser.get(path) : browser.form(path, Map.of(), browser.csrf("/login"))).statusCode();
    }
}
