package vn.coordreport.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.generate.DataGenerator;
import vn.coordreport.generate.GenerateOptions;
import vn.coordreport.ingest.Importer;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.IntegrationTest;
import vn.coordreport.support.TestJvm;

/**
 * Numbers given at issue, per issuing body and year: from 01, none twice, none
 * skipped, also when two văn thư issue at the same moment, in two threads of
 * one node and in two processes (two JVMs running {@code coordreport issue},
 * released together once both wait for the body's next number), and when both
 * try to issue the same final.
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=NumberingConcurrencyIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NumberingConcurrencyIntegrationTests {

    static final String PASSWORD = "mat-khau-con-dau";

    @Autowired
    Issuing issuing;

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String username;

    @Value("${spring.flyway.user}")
    String owner;

    @Value("${spring.flyway.password}")
    String ownerPassword;

    @Value("${spring.datasource.password}")
    String password;

    String body;
    List<Long> signed;

    @BeforeAll
    void tenSignedFinalsOfOneIssuingBody(@Autowired Importer importer, @Autowired ReportJobs jobs,
            @Autowired UserAccounts users, @TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");
        DataGenerator.write(new GenerateOptions(1, 10, 1, 2025, 2000, 3), data);
        importer.importPath(data, false);
        jobs.closePeriod(Period.year(2025), null, true);
        IssuingFixture.users(users);
        users.add("vanthu-2", Role.CLERK, null, IssuingFixture.USER_PASSWORD);
        Actor reviewer = issuing.actor(IssuingFixture.REVIEWER);
        issuing.inState(FinalState.WAITING_REVIEW, Period.year(2025), reviewer).forEach(id -> issuing.approve(id, reviewer, null));
        issuing.addPersonalKey(IssuingFixture.SIGNER, TestKeys.pkcs12("k", "Lãnh đạo", PASSWORD), null, null,
                PASSWORD.toCharArray(), TestKeys.signaturePng(), "test");
        Actor signer = issuing.actor(IssuingFixture.SIGNER);
        issuing.sign(issuing.inState(FinalState.WAITING_SIGNATURE, Period.year(2025), signer), signer, PASSWORD.toCharArray());
        signed = issuing.inState(FinalState.SIGNED, Period.year(2025), signer);
        assertThat(signed).hasSize(10);
        body = issuing.find(signed.get(0)).orElseThrow().agencyCode();
        assertThat(signed).allSatisfy(id -> assertThat(issuing.find(id).orElseThrow().agencyCode()).isEqualTo(body));
        issuing.addOrganisationKey(body, TestKeys.pkcs12("seal", "Con dấu", PASSWORD), null, null, PASSWORD.toCharArray(),
                TestKeys.sealPng(), "test");
    }

    @Test
    @Order(1)
    void twoClerksIssuingAtTheSameMomentOnOneNodeTakeEachNumberOnce() throws Exception {
        List<Long> first = List.of(signed.get(0), signed.get(1), signed.get(2));
        List<Long> second = List.of(signed.get(3), signed.get(4), signed.get(2));
        CountDownLatch start = new CountDownLatch(1);

        CompletableFuture<IssueRun> a = CompletableFuture.supplyAsync(() -> issueAfter(start, first, IssuingFixture.CLERK));
        CompletableFuture<IssueRun> b = CompletableFuture.supplyAsync(() -> issueAfter(start, second, "vanthu-2"));
        start.countDown();
        IssueRun one = a.get(5, TimeUnit.MINUTES);
        IssueRun two = b.get(5, TimeUnit.MINUTES);

        // the final both asked for is issued by one of them, refused to the other
        assertThat(one.issued() + two.issued()).isEqualTo(5);
        assertThat(one.refused() + two.refused()).isEqualTo(1);
        assertThat(numbers()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    @Order(2)
    void twoProcessesIssuingAtTheSameMomentTakeEachNumberOnce(@TempDir Path temp) throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        List<Process> processes = new ArrayList<>();
        try (Connection barrier = DriverManager.getConnection(url, username, password)) {
            // given the body's row of numbers held, so that both processes wait for it at once
            barrier.setAutoCommit(false);
            try (var lock = barrier.prepareStatement(
                    "select last_number from document_number where agency_code = ? and year = ? for update")) {
                lock.setString(1, body);
                lock.setInt(2, year);
                lock.executeQuery().close();
            }
            processes.add(issueInAnotherJvm(temp, "a", IssuingFixture.CLERK, signed.get(5), signed.get(6)));
            processes.add(issueInAnotherJvm(temp, "b", "vanthu-2", signed.get(7), signed.get(8), signed.get(9)));
            Awaitility.await("both processes waiting for the next number").atMost(5, TimeUnit.MINUTES)
                    .pollInterval(200, TimeUnit.MILLISECONDS).until(() -> waitingForNumbers() == 2
                            || processes.stream().anyMatch(p -> !p.isAlive()));
            assertThat(waitingForNumbers()).as("both processes wait for the body's next number").isEqualTo(2);

            // when it is let go
            barrier.rollback();
        }
        for (Process process : processes) {
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        }

        // then both issued all theirs, with the numbers after the first five, each once
        for (int i = 0; i < processes.size(); i++) {
            String output = Files.readString(temp.resolve("issue-" + (char) ('a' + i) + ".log"), StandardCharsets.UTF_8);
            assertThat(processes.get(i).exitValue()).as(output).isZero();
            assertThat(output).contains("Đã ban hành bản chính thức #" + signed.get(i == 0 ? 5 : 7) + " (");
        }
        assertThat(numbers()).containsExactlyElementsOf(IntStream.rangeClosed(1, 10).boxed().toList());
        assertThat(signed).allSatisfy(id -> assertThat(issuing.find(id).orElseThrow().state()).isEqualTo(FinalState.ISSUED));
    }

    private IssueRun issueAfter(CountDownLatch start, List<Long> ids, String clerk) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return issuing.issue(ids, issuing.actor(clerk), PASSWORD.toCharArray(), true);
    }

    /** The body's numbers in its register, in order. */
    private List<Integer> numbers() {
        return jdbc.sql("select number from outgoing_register where agency_code = :body order by number")
                .param("body", body).query(Integer.class).list();
    }

    /** Sessions of this database waiting for a row lock (the body's numbers). */
    private int waitingForNumbers() {
        return jdbc.sql("""
                select count(*) from pg_stat_activity
                where datname = current_database() and wait_event_type = 'Lock' and query like '%document_number%'
                """).query(Integer.class).single();
    }

    private Process issueInAnotherJvm(Path temp, String name, String clerk, Long... ids) throws Exception {
        List<String> command = new ArrayList<>(
                TestJvm.command(List.of("-Xmx384m"), "vn.coordreport.CoordreportApplication", "issue"));
        for (Long id : ids) {
            command.add(id.toString());
        }
        command.addAll(List.of("--as", clerk, "--password-stdin", "--confirm-empty"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("issue-" + name + ".log").toFile());
        builder.environment().put("SPRING_DATASOURCE_URL", url);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", username);
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", password);
        // as the application runs: Flyway as the owner, the rest as the application's role
        builder.environment().put("SPRING_FLYWAY_USER", owner);
        builder.environment().put("SPRING_FLYWAY_PASSWORD", ownerPassword);
        builder.environment().put("COORDREPORT_HOME", temp.resolve("home-" + name).toString());
        Process process = builder.start();
        process.getOutputStream().write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        return process;
    }
}
