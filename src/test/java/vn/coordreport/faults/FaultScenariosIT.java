package vn.coordreport.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coordreport.faults.Faults.seconds;
import static vn.coordreport.faults.Faults.waitFor;
import static vn.coordreport.faults.Faults.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;

import vn.coordreport.issuing.TestKeys;
import vn.coordreport.pipeline.JobNames;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fault and load scenarios of issue 7, against real processes: the built
 * jar as two {@code serve} nodes and as commands, on a PostgreSQL server and
 * an SMTP server (GreenMail) that the harness stops and starts again. Each
 * scenario prints what was injected and what was verified, with counts
 * worked out from the generated CSV files ({@link GeneratedData}), never
 * from the code under test. Run alone:
 * {@code mvn -B -ntp verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FaultScenariosIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultScenariosIT {

    static final Path WORK = Path.of("target", "faults-it").toAbsolutePath();
    static final String DATABASE = "faults";
    static final String USER = "faults";
    static final String PASSWORD = "mat-khau-kiem-thu";
    static final String KEY_PASSWORD = "mat-khau-khoa-ky-so";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** How long a node may take to start: seconds on an idle machine, minutes on a crowded one. */
    static final Duration STARTUP = Duration.ofMinutes(6);

    private final List<String> findings = new ArrayList<>();
    private PostgresServer postgres;
    private MailSink mail;
    private Jar jar;
    private ServeNode a;
    private ServeNode b;
    private GeneratedData data;
    private Evidence db;

    @BeforeAll
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void startCluster() throws Exception {
        FileSystemUtils.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        postgres = new PostgresServer(WORK.resolve("pgdata"), Faults.freePort());
        postgres.start();
        postgres.createDatabase(DATABASE);
        mail = new MailSink(Faults.freePort());
        mail.start();
        db = new Evidence(postgres, DATABASE);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", postgres.url(DATABASE));
        settings.put("spring.datasource.username", PostgresServer.APPLICATION);
        settings.put("spring.datasource.password", PostgresServer.APPLICATION_PASSWORD);
        settings.put("spring.flyway.user", PostgresServer.OWNER);
        settings.put("spring.flyway.password", PostgresServer.OWNER_PASSWORD);
        settings.put("spring.datasource.hikari.connection-timeout", "5000");
        settings.put("spring.mail.host", "127.0.0.1");
        settings.put("spring.mail.port", Integer.toString(mail.port()));
        settings.put("coordreport.home", WORK.resolve("commands").toString());
        settings.put("coordreport.cluster.checkin-interval", "1s");
        settings.put("coordreport.delivery.initial-backoff", "2s");
        for (String schedule : List.of("nightly", "close-h1", "close-9m", "close-h2", "close-year")) {
            settings.put("coordreport.schedule." + schedule, "");
        }
        settings.put("coordreport.schedule.deliveries", "*/2 * * * * ?");
        jar = new Jar(WORK.resolve("logs"), settings);

        Path generated = WORK.resolve("data");
        expectOk(jar.run(Duration.ofMinutes(2), null, "generate-data", "--out", generated.toString(), "--provinces", "3",
                "--agreements-per-province", "10", "--years", "2", "--end-year", "2025", "--records", "15000"));
        data = new GeneratedData(generated);
        expectOk(jar.run(Duration.ofMinutes(8), null, "import", generated.toString()));
        expectOk(jar.run(Duration.ofMinutes(5), PASSWORD + "\n", "users", "add", USER, "--role", "ADMIN",
                "--password-stdin"));
        Jar.Run token = expectOk(jar.run(Duration.ofMinutes(5), null, "users", "token", USER, "--name", "harness"));
        usersAndKeysOfIssuing();
        String apiToken = token.out().strip().lines().reduce((first, last) -> last).orElseThrow();
        a = new ServeNode("node-a", Faults.freePort(), WORK.resolve("node-a"), jar, settings);
        b = new ServeNode("node-b", Faults.freePort(), WORK.resolve("node-b"), jar, settings);
        for (ServeNode node : List.of(a, b)) {
            node.signIn(USER, PASSWORD, apiToken);
            node.start();
        }
        for (ServeNode node : List.of(a, b)) {
            node.awaitUp(STARTUP);
        }
    }

    /**
     * The reviewer, the signer and the văn thư, with keys made by keytool: the signer's, and one per issuing body
     * (the lead agencies of the generated agreements) with its seal.
     */
    private void usersAndKeysOfIssuing() throws Exception {
        expectOk(jar.run(Duration.ofMinutes(5), PASSWORD + "\n", "users", "add", "truongphong", "--role", "REVIEWER",
                "--password-stdin"));
        expectOk(jar.run(Duration.ofMinutes(5), PASSWORD + "\n", "users", "add", "lanhdao", "--role", "SIGNER",
                "--password-stdin"));
        expectOk(jar.run(Duration.ofMinutes(5), PASSWORD + "\n", "users", "add", "vanthu", "--role", "CLERK",
                "--password-stdin"));
        Path keys = WORK.resolve("keys");
        Path signature = Files.write(Files.createDirectories(keys).resolve("chu-ky.png"), TestKeys.signaturePng());
        Path seal = Files.write(keys.resolve("con-dau.png"), TestKeys.sealPng());
        expectOk(jar.run(Duration.ofMinutes(5), KEY_PASSWORD + "\n", "keys", "add", "lanhdao", "--pkcs12",
                TestKeys.keytool(keys, "lanhdao", "Lãnh đạo", KEY_PASSWORD).toString(), "--image", signature.toString(),
                "--password-stdin"));
        for (String body : data.codes().stream().map(data::lead).distinct().sorted().toList()) {
            expectOk(jar.run(Duration.ofMinutes(5), KEY_PASSWORD + "\n", "keys", "add", "--organisation", body,
                    "--pkcs12", TestKeys.keytool(keys, body, "Con dấu " + body, KEY_PASSWORD).toString(), "--image",
                    seal.toString(), "--password-stdin"));
        }
    }

    /**
     * The period's finals approved, signed and issued from the command line, as an office does after a close; the
     * issue sends the mails due before it returns.
     */
    private Jar.Run issueAll(String period) {
        expectOk(jar.run(Duration.ofMinutes(5), null, "approve", "--period", period, "--as", "truongphong"));
        expectOk(jar.run(Duration.ofMinutes(10), KEY_PASSWORD + "\n", "sign", "--period", period, "--as", "lanhdao",
                "--password-stdin"));
        return expectOk(jar.run(Duration.ofMinutes(10), KEY_PASSWORD + "\n", "issue", "--period", period, "--as",
                "vanthu", "--password-stdin", "--confirm-empty"));
    }

    @AfterAll
    void stopCluster() throws Exception {
        System.out.println("\n== Fault scenarios (issue 7): what was injected and what was verified ==");
        findings.forEach(System.out::println);
        for (ServeNode node : new ServeNode[] {a, b}) {
            if (node != null) {
                node.stop();
            }
        }
        if (mail != null) {
            mail.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void killNineDuringAPeriodCloseIsResumedByTheOtherNode() throws Exception {
        String period = "2025";
        List<String> agreements = data.agreementsDuring(period);
        Set<String> expectedMails = data.expectedMails(period);
        List<MailSink.Mail> mailsBefore = mail.received();

        // given a close asked of node-b's API, run by whichever node takes it
        CompletableFuture<ServeNode.Answer> call = CompletableFuture.supplyAsync(
                () -> b.postJson("/api/jobs/close", "{\"period\": \"" + period + "\"}"));
        String runner = waitFor(Duration.ofMinutes(5), "the close to start on a node", () -> db.runningClose(period));
        ServeNode victim = runner.equals(a.name) ? a : b;
        ServeNode survivor = victim == a ? b : a;
        int threshold = Math.max(2, agreements.size() / 3);
        int archived = waitFor(Duration.ofMinutes(8), "some finals archived",
                () -> Optional.of(db.finalCount(period)).filter(n -> n >= threshold));
        assertThat(archived).as("the close ended before it could be interrupted").isLessThan(agreements.size());

        // when the node running it is killed
        long victimPid = victim.pid();
        victim.kill9();
        long killedAt = System.nanoTime();
        List<Path> leftAtKill = victim.leftovers();

        // then the other node resumes it, and everything is archived once; nothing is mailed before it is issued
        waitUntil(Duration.ofMinutes(5), "another node to resume the close", () -> db.closes(period).size() > 1);
        double resumedAfter = (System.nanoTime() - killedAt) / 1e9;
        waitUntil(Duration.ofMinutes(10), "the close resumed and completed",
                () -> db.closes(period).stream().anyMatch(e -> e.status().equals("COMPLETED")));
        double completedAfter = (System.nanoTime() - killedAt) / 1e9;
        assertThat(db.deliveries(period)).as("mails queued by the close").isEmpty();
        assertThat(mail.since(mailsBefore)).as("mails sent by the close").isEmpty();

        // and once its finals are issued, each recipient gets each once
        issueAll(period);
        waitUntil(Duration.ofMinutes(5), "the issued finals' mails delivered",
                () -> db.deliveries(period).size() == expectedMails.size()
                        && db.deliveries(period).stream().allMatch(d -> d.status().equals("SENT")));
        List<Evidence.Execution> executions = db.closes(period);
        assertThat(executions).as("one job instance, resumed").extracting(Evidence.Execution::instance)
                .containsOnly(executions.get(0).instance());
        assertThat(executions.get(0).node()).isEqualTo(victim.name);
        assertThat(executions.get(executions.size() - 1)).satisfies(last -> {
            assertThat(last.status()).isEqualTo("COMPLETED");
            assertThat(last.node()).isEqualTo(survivor.name);
        });
        String finals = verifyFinals(period, agreements);
        String mails = verifyMails(mailsBefore, expectedMails);
        String apiCall = call.handle((answer, failure) -> failure != null ? "node-b's API call was cut off with it"
                : "node-b's API call answered " + answer.status() + " " + status(answer.body())).get(5, TimeUnit.MINUTES);

        // and the killed node, started again, removes what it left in its temporary folder
        victim.start();
        victim.awaitUp(STARTUP);
        assertThat(leftAtKill).as("the killed node's temporary folder (its web server's work folder)").isNotEmpty();
        assertThat(a.leftovers()).isEmpty();
        assertThat(b.leftovers()).isEmpty();
        report("kill -9 during a period close", "SIGKILL of " + victim.name + " (pid " + victimPid
                + "), which ran " + JobNames.PERIOD_CLOSE + " " + period + ", at " + archived + "/" + agreements.size()
                + " finals archived", survivor.name + " resumed the same job instance (executions "
                + executions.stream().map(e -> e.id() + " " + e.status()).toList() + ") " + seconds(resumedAfter)
                + " after the kill and completed it " + seconds(completedAfter) + " after, mailing nothing; " + finals
                + "; once approved, signed and issued: " + mails + "; " + apiCall + "; "
                + "0 partial files (" + leftAtKill.size() + " temporary folder of the killed process, removed when "
                + victim.name + " started again)");
    }

    @Test
    @Order(2)
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void smtpDownDuringDeliveryLosesNothingAndDeliversOnceWhenBack() throws Exception {
        String period = "2025-H1";
        List<String> agreements = data.agreementsDuring(period);
        Set<String> expectedMails = data.expectedMails(period);

        // given the SMTP server is down
        mail.stop();
        List<MailSink.Mail> mailsBefore = mail.received();
        long downAt = System.nanoTime();

        // when a period is closed and its finals issued
        ServeNode.Answer answer = a.postJson("/api/jobs/close", "{\"period\": \"" + period + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode summary = JSON.readTree(answer.body());
        assertThat(summary.get("status").asString()).isEqualTo("COMPLETED");
        Jar.Run issued = issueAll(period);
        assertThat(issued.out()).contains("Đã xếp " + expectedMails.size() + " thư vào hàng gửi. Thư đến hạn gửi "
                + "(cả thư còn chờ của các văn bản khác): gửi được 0,");
        waitUntil(Duration.ofMinutes(3), "a retry of every mail while the server is down",
                () -> db.deliveries(period).stream().allMatch(d -> d.attempts() >= 2));

        // then nothing is lost: every mail waits for a retry, none is given up
        List<Evidence.Delivery> during = db.deliveries(period);
        assertThat(during).hasSize(expectedMails.size());
        assertThat(during).allSatisfy(d -> {
            assertThat(d.status()).isIn("PENDING", "SENDING");
            assertThat(d.lastError()).containsIgnoringCase("connect");
        });
        int attempts = during.stream().mapToInt(Evidence.Delivery::attempts).max().orElse(0);

        // when it is back, on the same port
        mail.start();
        double downFor = (System.nanoTime() - downAt) / 1e9;
        waitUntil(Duration.ofMinutes(5), "every mail delivered once the server is back",
                () -> db.deliveries(period).stream().allMatch(d -> d.status().equals("SENT")));

        // then each is delivered once
        String finals = verifyFinals(period, agreements);
        String mails = verifyMails(mailsBefore, expectedMails);
        report("SMTP server down during delivery", "GreenMail stopped for " + seconds(downFor) + " while "
                + JobNames.PERIOD_CLOSE + " " + period + " ran and its finals were issued (connection refused)", "the job "
                + summary.get("status").asString() + ", mailing nothing; 'issue' queued " + expectedMails.size()
                + " mails and sent none; during the outage " + during.size() + " ledger rows "
                + "waiting for a retry, 0 FAILED, up to " + attempts + " attempts each; after the restart " + mails
                + "; " + finals);
    }

    @Test
    @Order(3)
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void postgresStoppedDuringAJobFailsItClearlyAndARestartCompletesIt() throws Exception {
        String period = "2024";
        List<String> agreements = data.agreementsDuring(period);
        Set<String> expectedMails = data.expectedMails(period);
        List<MailSink.Mail> mailsBefore = mail.received();

        // given a close run by the command line
        Jar.Started close = jar.start("close-period", Map.of(), "close-period", period);
        int threshold = Math.max(2, agreements.size() / 3);
        int archived = waitFor(Duration.ofMinutes(8), "some finals archived by close-period",
                () -> Optional.of(db.finalCount(period)).filter(n -> n >= threshold));

        // when PostgreSQL stops
        postgres.stop();
        long stoppedAt = System.nanoTime();
        Jar.Run failed = jar.finish(close, Duration.ofMinutes(6), null);
        double failedAfter = (System.nanoTime() - stoppedAt) / 1e9;

        // then the command fails with a clear message
        assertThat(failed.status()).as(failed.both()).isEqualTo(3);
        // the job's line ("Tác vụ periodCloseJob, lần chạy 4: FAILED; ...") or, when its end could not be recorded, the
        // pipeline's message ("Tác vụ periodCloseJob, lần chạy 4: đã dừng mà không ghi được kết thúc ...", in English
        // "periodCloseJob execution 4 stopped and its end could not be recorded: ...")
        Matcher execution = Pattern.compile(JobNames.PERIOD_CLOSE + "(?:, lần chạy| execution) (\\d+)").matcher(failed.err());
        assertThat(execution.find()).as(failed.both()).isTrue();
        String id = execution.group(1);
        assertThat(failed.err()).contains("coordreport restart " + id + " --recover");
        String message = failed.err().lines().filter(l -> l.contains("lần chạy " + id + ":") || l.contains("execution " + id))
                .findFirst().orElseThrow();

        // when PostgreSQL is back and the execution is restarted
        postgres.start();
        String statusAfter = db.executionStatus(Long.parseLong(id));
        Jar.Run restarted = jar.run(Duration.ofMinutes(10), null, "restart", id, "--recover");
        assertThat(restarted.status()).as(restarted.both()).isZero();
        assertThat(restarted.out()).contains("COMPLETED");

        // then it completes: each final archived once; once issued, each mail sent once; and the nodes outlived
        // the outage
        waitUntil(Duration.ofMinutes(5), "the nodes healthy again",
                () -> health(a) == 200 && health(b) == 200);
        issueAll(period);
        String finals = verifyFinals(period, agreements);
        String mails = verifyMails(mailsBefore, expectedMails);
        report("PostgreSQL stopped during a job", "PostgreSQL stopped (fast shutdown) while close-period " + period
                + " ran, at " + archived + "/" + agreements.size() + " finals archived", "close-period exited "
                + failed.status() + " after " + seconds(failedAfter) + " saying \"" + message.strip() + "\"; "
                + "execution " + id + " shown " + statusAfter + " once PostgreSQL was back; 'restart " + id
                + " --recover' exited 0 COMPLETED; " + finals + "; " + mails + "; both nodes healthy again");
    }

    @Test
    @Order(4)
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void twoRequestsForOneReportAtOnceRenderItOnce() throws Exception {
        long rendersBefore = a.renders() + b.renders();
        List<String> reports = List.of(data.codes().get(0) + "|2024-H1|PDF", data.codes().get(1) + "|2024-H1|PDF");

        // when two requests for one report arrive at once on one node, and two for another on two nodes
        List<Requested> oneNode = Requested.atOnce(List.of(a, a), reports.get(0));
        List<Requested> twoNodes = Requested.atOnce(List.of(a, b), reports.get(1));

        // then each report is rendered once, and both requests of a pair end with its one version
        for (List<Requested> pair : List.of(oneNode, twoNodes)) {
            assertThat(pair).extracting(Requested::versionId).doesNotContainNull().containsOnly(pair.get(0).versionId());
        }
        assertThat(db.draftVersions(reports)).containsExactly(1, 1);
        long renders = a.renders() + b.renders() - rendersBefore;
        assertThat(renders).isEqualTo(2);
        report("two requests for one report at once", "2 POST /api/report-requests at the same moment for "
                + reports.get(0) + " on node-a, and 2 for " + reports.get(1) + " on node-a and node-b",
                "request ids " + ids(oneNode) + " and " + ids(twoNodes) + ", each pair DONE with one version; "
                + renders + " renders (expected 2), 1 version of each report");
    }

    @Test
    @Order(5)
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void fiftyConcurrentRequestsAllCompleteAndDuplicatesCoalesce() throws Exception {
        List<String> distinct = new ArrayList<>();
        for (String code : data.codes().subList(0, 15)) {
            distinct.add(code + "|2024-H2|PDF");
            distinct.add(code + "|2025-H2|DOCX");
        }
        List<String> all = new ArrayList<>(distinct);
        all.addAll(distinct.subList(0, 20));
        Collections.shuffle(all, new java.util.Random(7));
        long rendersBefore = a.renders();

        // when 50 requests (30 reports, 20 of them asked twice) arrive at once on one node
        List<Requested> requests = Requested.atOnce(Collections.nCopies(all.size(), a), all.toArray(String[]::new));

        // then all complete, each report is rendered once, and the latencies are reported
        assertThat(requests).allSatisfy(r -> assertThat(r.status()).isEqualTo("DONE"));
        Map<String, Set<Long>> versions = new LinkedHashMap<>();
        requests.forEach(r -> versions.computeIfAbsent(r.report(), k -> new java.util.TreeSet<>()).add(r.versionId()));
        assertThat(versions).hasSize(distinct.size()).allSatisfy((report, ids) -> assertThat(ids).hasSize(1));
        assertThat(db.draftVersions(distinct)).containsOnly(1);
        long renders = a.renders() - rendersBefore;
        assertThat(renders).isEqualTo(distinct.size());
        List<Double> latencies = requests.stream().map(Requested::seconds).sorted().toList();
        long ids = requests.stream().map(Requested::id).distinct().count();
        report("load: 50 concurrent on-demand requests", all.size() + " POST /api/report-requests at once on node-a ("
                + distinct.size() + " reports: 15 agreements x 2024-H2 PDF and 2025-H2 DOCX drafts, " + (all.size()
                - distinct.size()) + " of them asked twice)", all.size() + "/" + all.size() + " DONE; " + ids
                + " request ids (" + (all.size() - ids) + " joined one in flight); " + renders + " renders (expected "
                + distinct.size() + "), one version per report; latency from POST to DONE (C1-only JVMs, see "
                + "Jar#start) p50 " + seconds(Faults.percentile(latencies, 50)) + ", p95 " + seconds(Faults.percentile(latencies, 95))
                + ", max " + seconds(latencies.get(latencies.size() - 1)));
    }

    private String verifyFinals(String period, List<String> agreements) {
        List<Evidence.Final> finals = db.finals(period);
        assertThat(finals).extracting(Evidence.Final::agreement).containsExactlyInAnyOrderElementsOf(agreements);
        assertThat(finals).allSatisfy(f -> {
            assertThat(f.version()).as(f.agreement()).isEqualTo(1);
            assertThat(f.whole()).as(f.agreement() + ": bytes match SHA-256 and size, a whole PDF").isTrue();
        });
        List<Evidence.Final> issued = db.issued(period);
        assertThat(issued).extracting(Evidence.Final::agreement).containsExactlyInAnyOrderElementsOf(agreements);
        assertThat(issued).allSatisfy(f -> {
            assertThat(f.version()).as(f.agreement() + ": issued as the final's next version").isEqualTo(2);
            assertThat(f.whole()).as(f.agreement() + ": the issued file whole").isTrue();
        });
        return finals.size() + " final versions (expected " + agreements.size() + "), one per agreement, all whole, "
                + "each issued once, " + numbering();
    }

    /** The issued documents' numbers: per lead agency (from the CSV), 1 to n with no hole and none twice. */
    private String numbering() {
        Map<String, List<Integer>> byAgency = new java.util.TreeMap<>();
        db.numbers().forEach((code, numbers) -> byAgency.computeIfAbsent(data.lead(code), k -> new ArrayList<>())
                .addAll(numbers));
        byAgency.forEach((agency, numbers) -> assertThat(numbers).as("the report numbers of " + agency)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, numbers.size())
                        .boxed().toList()));
        return "report numbers " + byAgency.values().stream().map(n -> "1-" + n.size()).distinct().toList()
                + " of each of the " + byAgency.size() + " lead agencies, no hole";
    }

    /** The mails received since {@code before}: each expected address and agreement once, nothing else. */
    private String verifyMails(List<MailSink.Mail> before, Set<String> expected) {
        List<String> pairs = mail.since(before).stream().map(m -> m.to() + "|" + data.codeIn(m.subject())).toList();
        long duplicates = pairs.size() - pairs.stream().distinct().count();
        assertThat(duplicates).as("mails received twice").isZero();
        assertThat(Set.copyOf(pairs)).isEqualTo(expected);
        long recipients = expected.stream().map(p -> p.substring(0, p.indexOf('|'))).distinct().count();
        return pairs.size() + " mails (expected " + expected.size() + ") to " + recipients + " recipients, 0 duplicates";
    }

    private static int health(ServeNode node) {
        try {
            return node.get("/actuator/health").status();
        } catch (IllegalStateException e) {
            return 0;
        }
    }

    private static String status(String summary) {
        try {
            JsonNode json = JSON.readTree(summary);
            return json.get("status").asString() + " (execution " + json.get("id").asLong() + ")";
        } catch (RuntimeException e) {
            return summary;
        }
    }

    private static String ids(List<Requested> requests) {
        return requests.stream().map(r -> "#" + r.id()).toList().toString();
    }

    private static Jar.Run expectOk(Jar.Run run) {
        assertThat(run.status()).as(run.both()).isZero();
        return run;
    }

    private void report(String scenario, String injected, String verified) {
        String line = "[" + scenario + "] injected: " + injected + "; verified: " + verified;
        findings.add(line);
        System.out.println(line);
    }
}
