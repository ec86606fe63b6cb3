package vn.coordreport.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coordreport.api.ApiFixture.PASSWORD;
import static vn.coordreport.api.ApiFixture.QT;
import static vn.coordreport.api.ApiFixture.json;
import static vn.coordreport.api.ApiFixture.quoted;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import vn.coordreport.archive.NewReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.archive.ReportKind;
import vn.coordreport.delivery.ReportDelivery;
import vn.coordreport.ingest.Importer;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.security.UserAccounts;

/**
 * Every time the API answers is ISO 8601 with the offset of
 * {@code coordreport.time-zone} (+07:00 by default), whatever the server's own
 * zone: imports, jobs, archived reports, deliveries and report requests.
 */
@ApiTest
class ApiTimesIntegrationTests {

    static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*";
    static final String WITH_HANOI_OFFSET = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\+07:00";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void given() {
        if (users.find("admin").isEmpty()) {
            ApiFixture.given(users, importer);
        }
    }

    @Test
    void everyTimeCarriesTheDeploymentsOffset(@Autowired ReportJobs jobs, @Autowired ReportArchive archive,
            @Autowired ReportDelivery delivery) {
        // given a job run (as of a day no agreement was in effect: it has nothing to do), a final report queued
        // for its recipients and a report request
        jobs.startNightly(LocalDate.of(1990, 1, 1));
        long finalVersion = archive.store(new NewReport(QT, "2017", "decree-09", ReportKind.FINAL, "PDF", 1,
                "%PDF-1.7\n% times\n%%EOF\n".getBytes(StandardCharsets.UTF_8), 1, "fp-times", "test", null)).id();
        delivery.enqueue(finalVersion);
        Http operator = new Http("http://localhost:" + port, "operator", PASSWORD);
        assertThat(operator.postJson("/api/report-requests", "{\"agreement\": " + quoted(QT) + ", \"period\": \"2021\"}")
                .status()).isEqualTo(202);

        // then each list's times have +07:00
        for (String path : List.of("/api/imports", "/api/jobs", "/api/reports", "/api/deliveries", "/api/report-requests")) {
            List<String> times = times(json(operator.get(path)));
            assertThat(times).as(path).isNotEmpty().allSatisfy(t -> assertThat(t).as(path).matches(WITH_HANOI_OFFSET));
        }

        // and they are the instants the database holds
        JsonNode firstImport = json(operator.get("/api/imports")).get(0);
        OffsetDateTime stored = jdbc.sql("select started_at from import_batch where id = :id")
                .param("id", firstImport.get("id").asLong()).query(OffsetDateTime.class).single();
        assertThat(OffsetDateTime.parse(firstImport.get("startedAt").asString()).toInstant()).isEqualTo(stored.toInstant());
    }

    /** Every string value in the JSON that is a date and time. */
    private static List<String> times(JsonNode node) {
        List<String> found = new ArrayList<>();
        if (node.isString() && node.asString().matches(DATE_TIME)) {
            found.add(node.asString());
        }
        node.values().forEach(child -> found.addAll(times(child)));
        return found;
    }
}
