package vn.coordreport.bench;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.coordreport.issuing.Actor;
import vn.coordreport.issuing.FinalState;
import vn.coordreport.issuing.IssueRun;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.SelfSignedKeys;
import vn.coordreport.issuing.StepOutcome;
import vn.coordreport.period.Period;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;

/**
 * A close's finals taken out as an office takes them after a close: every
 * final approved, then signed in one batch by the signer, then issued in one
 * batch by the văn thư (a number, the date and the seal each, the register,
 * the mails queued). The users and keys are made on first use (the signer's
 * key, and one per issuing body with its seal).
 */
@Component
class IssuingRuns {

    static final String REVIEWER = "bench-truongphong";
    static final String SIGNER = "bench-lanhdao";
    static final String CLERK = "bench-vanthu";

    /** What one run took: approving, signing and issuing, and how many were issued. */
    record Timed(double approveSeconds, double signSeconds, double issueSeconds, long signed, long issued,
            int mailsQueued) {

        double signIssueSeconds() {
            return signSeconds + issueSeconds;
        }
    }

    private final Issuing issuing;
    private final UserAccounts users;
    private final JdbcClient jdbc;
    private final String keyPassword;

    IssuingRuns(Issuing issuing, UserAccounts users, JdbcClient jdbc) {
        this.issuing = issuing;
        this.users = users;
        this.jdbc = jdbc;
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        this.keyPassword = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    Timed run(Period period) {
        prepare();
        Actor reviewer = issuing.actor(REVIEWER);
        long start = System.nanoTime();
        for (long id : issuing.inState(FinalState.WAITING_REVIEW, period, reviewer)) {
            issuing.approve(id, reviewer, null);
        }
        double approve = Figures.seconds(System.nanoTime() - start);
        Actor signer = issuing.actor(SIGNER);
        List<Long> approved = issuing.inState(FinalState.WAITING_SIGNATURE, period, signer);
        start = System.nanoTime();
        List<StepOutcome> signed = approved.isEmpty() ? List.of()
                : issuing.sign(approved, signer, keyPassword.toCharArray());
        double sign = Figures.seconds(System.nanoTime() - start);
        Actor clerk = issuing.actor(CLERK);
        List<Long> toIssue = issuing.inState(FinalState.SIGNED, period, clerk);
        sealsFor(toIssue);
        start = System.nanoTime();
        IssueRun issued = toIssue.isEmpty() ? null : issuing.issue(toIssue, clerk, keyPassword.toCharArray(), true);
        double issue = Figures.seconds(System.nanoTime() - start);
        return new Timed(approve, sign, issue, signed.stream().filter(StepOutcome::done).count(),
                issued == null ? 0 : issued.issued(), issued == null ? 0 : issued.mailsQueued());
    }

    /** Whether each issuing body's numbers of the year run from 1 with no hole and none twice. */
    boolean numbersWithoutHoles() {
        Map<String, List<Integer>> byBody = jdbc.sql("select agency_code, number from outgoing_register order by 1, 2")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return byBody.values().stream().allMatch(numbers -> {
            for (int i = 0; i < numbers.size(); i++) {
                if (numbers.get(i) != i + 1) {
                    return false;
                }
            }
            return true;
        });
    }

    private void prepare() {
        if (users.find(SIGNER).isPresent()) {
            return;
        }
        String password = keyPassword + "-dang-nhap";
        users.add(REVIEWER, Role.REVIEWER, null, password);
        users.add(SIGNER, Role.SIGNER, null, password);
        users.add(CLERK, Role.CLERK, null, password);
        issuing.addPersonalKey(SIGNER, SelfSignedKeys.pkcs12("bench", "Lãnh đạo (bench)", keyPassword.toCharArray()), null,
                null, keyPassword.toCharArray(), SelfSignedKeys.signature(), Benchmark.CREATED_BY);
    }

    private void sealsFor(List<Long> finals) {
        List<String> bodies = finals.stream().map(id -> issuing.find(id).orElseThrow().agencyCode()).distinct().toList();
        List<String> sealed = issuing.keys().stream().map(k -> k.agencyCode()).filter(c -> c != null).toList();
        byte[] seal = SelfSignedKeys.seal();
        for (String body : bodies) {
            if (!sealed.contains(body)) {
                issuing.addOrganisationKey(body, SelfSignedKeys.pkcs12("bench", "Con dấu " + body + " (bench)",
                        keyPassword.toCharArray()), null, null, keyPassword.toCharArray(), seal, Benchmark.CREATED_BY);
            }
        }
    }

    static void log(PrintWriter log, String what, Timed t) {
        log.printf("%s: %d finals approved in %.1f s, %d signed in %.1f s, %d issued in %.1f s (%d mails queued)%n",
                what, t.signed(), t.approveSeconds(), t.signed(), t.signSeconds(), t.issued(), t.issueSeconds(),
                t.mailsQueued());
    }
}
