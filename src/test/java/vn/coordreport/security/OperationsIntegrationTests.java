package vn.coordreport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.ingest.Importer;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.OnDemandReports;
import vn.coordreport.pipeline.ReportRequest;
import vn.coordreport.render.Format;
import vn.coordreport.support.PostgresInitializer;

/**
 * What operations and the security officer see: health open to all, metrics
 * to ADMIN, API tokens, hashed passwords and the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = {"coordreport.test.database=OperationsIntegrationTests",
        "management.prometheus.metrics.export.enabled=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @BeforeAll
    void users() {
        Users.add(accounts);
    }

    @Test
    void healthAnswersEveryoneWithTheDatabaseAndTheScheduler() {
        var anonymous = Http.anonymous(port).get("/actuator/health");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"db\"").contains("\"scheduler\"").doesNotContain("PostgreSQL");

        var admin = Http.basic(port, Users.ADMIN, Users.password(Users.ADMIN)).get("/actuator/health");
        assertThat(admin.body()).contains("PostgreSQL").contains("\"state\":\"STANDBY\"");
        assertThat(Http.anonymous(port).get("/actuator/health/core").body()).contains("\"db\"").contains("\"scheduler\"");
    }

    @Test
    void prometheusShowsImportsAndRenderingsToAnAdmin(@Autowired Importer importer, @Autowired OnDemandReports reports)
            throws Exception {
        // given an import and a rendered report
        importer.importPath(Path.of("src/main/resources/samples/quang-tri-2021"), false);
        Path out = Files.createTempDirectory("ops-report");
        reports.produce(new ReportRequest("09/QCPH/SNgV-BP", Period.parse("2021"), null, java.util.List.of(Format.PDF),
                false, out));

        // when an administrator scrapes the metrics
        var scrape = Http.basic(port, Users.ADMIN, Users.password(Users.ADMIN)).get("/actuator/prometheus");

        // then they count the rows and time the rendering
        assertThat(scrape.statusCode()).isEqualTo(200);
        // the counters of what has not happened yet are there at 0 from the start
        // (with the common tags every meter of the name has: Prometheus refuses a name with two sets of tags)
        assertThat(scrape.body()).containsPattern("coordreport_mails_total\\{application=\"coordreport\",outcome=\"failed\"\\} 0\\.0")
                .containsPattern("coordreport_jobs_total\\{application=\"coordreport\",job=\"periodCloseJob\",status=\"FAILED\"\\} 0\\.0");
        assertThat(scrape.body()).containsPattern("coordreport_import_rows_total\\{[^}]*\\} [1-9]")
                .containsPattern("coordreport_reports_rendered_seconds_count\\{[^}]*format=\"PDF\"[^}]*kind=\"DRAFT\"[^}]*\\} 1");
        // and so does a Prometheus that asks for protobuf first, as one reading native histograms does (without the
        // protobuf exposition on the class path this was a 500)
        var preferringProtobuf = Http.basic(port, Users.ADMIN, Users.password(Users.ADMIN)).with("Accept",
                "application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited;q=0.9,"
                        + "text/plain;version=0.0.4;q=0.3,*/*;q=0.1").get("/actuator/prometheus");
        assertThat(preferringProtobuf.statusCode()).isEqualTo(200);
        assertThat(preferringProtobuf.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/vnd.google.protobuf");
        assertThat(preferringProtobuf.body()).contains("coordreport_import_rows_total");
        assertThat(Http.basic(port, Users.OPERATOR, Users.password(Users.OPERATOR)).get("/actuator/prometheus").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aBearerTokenSignsInUntilRevokedOrItsUserDisabled() {
        accounts.add("portal", Role.OPERATOR, null, "portal-password");
        String token = accounts.createToken("portal", "portal");
        // a name tells tokens apart in a list: a line, not a text
        assertThatThrownBy(() -> accounts.createToken("portal", "x".repeat(65)))
                .hasMessage("tên mã truy cập dài quá 64 ký tự: hãy đặt một tên ngắn để phân biệt các mã");

        assertThat(Http.bearer(port, token).get("/api/nothing-here").statusCode()).as("signed in: no such endpoint").isEqualTo(404);
        assertThat(Http.bearer(port, token + "x").get("/api/nothing-here").statusCode()).isEqualTo(401);
        assertThat(Http.bearer(port, "").get("/api/nothing-here").statusCode()).isEqualTo(401);

        accounts.revokeTokens("portal", "portal");
        assertThat(Http.bearer(port, token).get("/api/nothing-here").statusCode()).isEqualTo(401);

        String second = accounts.createToken("portal", "second");
        accounts.disable("portal");
        assertThat(Http.bearer(port, second).get("/api/nothing-here").statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from api_token where token_sha256 = :t or token_sha256 = :s")
                .param("t", token).param("s", second).query(Long.class).single()).as("tokens are stored hashed").isZero();
    }

    @Test
    void passwordsAreStoredHashed() {
        String stored = jdbc.sql("select password_hash from app_user where username = :u").param("u", Users.VIEWER)
                .query(String.class).single();

        assertThat(stored).isNotEqualTo(Users.password(Users.VIEWER)).startsWith("{bcrypt}");
        assertThat(encoder.matches(Users.password(Users.VIEWER), stored)).isTrue();
    }

    @Test
    void loginsAreAudited() {
        Http.browser(port).login(Users.OPERATOR, Users.password(Users.OPERATOR));
        Http.basic(port, Users.VIEWER, "wrong-password").get("/api/agreements");

        assertThat(jdbc.sql("select count(*) from audit_log where action = 'LOGIN' and username = 'operator' "
                + "and detail like 'success%' and remote_address is not null").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'LOGIN' and target = 'viewer' "
                + "and detail like 'failure%'").query(Long.class).single()).isPositive();
    }
}
