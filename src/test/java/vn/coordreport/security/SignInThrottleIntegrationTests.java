package vn.coordreport.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.support.PostgresInitializer;

/**
 * Guessing passwords: a client address is slowed down first, then refused; an
 * account that fails from many addresses is locked until its lock ends or an
 * administrator unlocks it; all of it in the audit log. The clients stand
 * behind a reverse proxy that names them in {@code X-Forwarded-For}; the
 * waits are seconds here, minutes by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = {"coordreport.test.database=SignInThrottleIntegrationTests",
        "server.forward-headers-strategy=native",
        "coordreport.sign-in.address-free-failures=3",
        "coordreport.sign-in.address-first-wait=5s",
        "coordreport.sign-in.address-longest-wait=10s",
        "coordreport.sign-in.account-max-failures=5",
        "coordreport.sign-in.account-lock=5s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInThrottleIntegrationTests {

    static final String RIGHT = Users.password(Users.OPERATOR);

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void users() {
        Users.add(accounts);
    }

    @BeforeEach
    void noFailuresYet() {
        jdbc.sql("delete from sign_in_failure").update();
    }

    @Test
    void guessesSentAllAtOnceAreCheckedNoMoreThanGuessesSentOneAfterAnother() throws Exception {
        // when one address sends 20 wrong passwords at the same time (200 at once had 80 checked, where the rule
        // lets the first few through)
        java.util.concurrent.ExecutorService many = java.util.concurrent.Executors.newFixedThreadPool(20);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String guess = "burst-" + i;
                answers.add(many.submit(() -> from("10.0.0.9", Users.OPERATOR, guess).statusCode()));
            }
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            many.shutdownNow();
        }

        // then, as one after another, the first 3 are checked (401) and the rest refused unchecked (429)
        assertThat(statuses).filteredOn(s -> s == 401).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(17);
    }

    @Test
    void oneAddressGuessingIsRefusedBeforeItsGuessesAreEvenChecked() {
        // when one address sends 20 wrong passwords as fast as it can
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(from("10.0.0.1", Users.OPERATOR, "guess-" + i).statusCode());
        }

        // then the first 3 are checked (401) and the rest refused unchecked (429), the right password too
        assertThat(statuses.subList(0, 3)).containsOnly(401);
        assertThat(statuses.subList(3, 20)).containsOnly(429);
        HttpResponse<String> right = from("10.0.0.1", Users.OPERATOR, RIGHT);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(right.body()).contains("\"status\":429");
        // the account is not locked: the guesses counted against it stay under its limit
        assertThat(from("10.0.0.2", Users.OPERATOR, RIGHT).statusCode()).isEqualTo(200);
        assertThat(audit("THROTTLE", "10.0.0.1")).isOne();

        // and once its wait is over, the address may sign in again
        awaitSignIn("10.0.0.1", Users.OPERATOR, RIGHT);
    }

    @Test
    void anAccountGuessedFromManyAddressesIsLockedUntilAnAdministratorUnlocksIt() {
        // when five addresses each send one wrong password for the viewer
        for (int i = 1; i <= 5; i++) {
            from("10.0.1." + i, Users.VIEWER, "guess").statusCode();
        }

        // then the viewer is locked: the right password is refused, from anywhere, by the API and on the form
        String viewer = Users.password(Users.VIEWER);
        assertThat(from("10.0.2.1", Users.VIEWER, viewer).statusCode()).isEqualTo(429);
        HttpResponse<String> form = Http.browser(port).with("X-Forwarded-For", "10.0.2.2").login(Users.VIEWER, viewer);
        assertThat(form.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?refused"));
        assertThat(audit("LOCK", Users.VIEWER)).isOne();
        assertThat(accounts.find(Users.VIEWER).orElseThrow().lockedUntil()).isNotNull();
        assertThat(from("10.0.2.3", Users.OPERATOR, RIGHT).statusCode()).as("nobody else").isEqualTo(200);

        // when an administrator unlocks them
        assertThat(accounts.unlock(Users.VIEWER, "the test")).isTrue();

        // then the right password works at once
        assertThat(from("10.0.2.1", Users.VIEWER, viewer).statusCode()).isEqualTo(200);
        assertThat(accounts.find(Users.VIEWER).orElseThrow().lockedUntil()).isNull();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'UNLOCK' and target = :u and detail = 'by the test'")
                .param("u", Users.VIEWER).query(Long.class).single()).isOne();
    }

    @Test
    void aLockEndsByItself() {
        for (int i = 1; i <= 5; i++) {
            from("10.0.3." + i, Users.ADMIN, "guess").statusCode();
        }
        String admin = Users.password(Users.ADMIN);
        assertThat(from("10.0.4.1", Users.ADMIN, admin).statusCode()).isEqualTo(429);

        awaitSignIn("10.0.4.1", Users.ADMIN, admin);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'UNLOCK' and target = :u and detail = 'the lock expired'")
                .param("u", Users.ADMIN).query(Long.class).single()).isOne();
    }

    @Test
    void guessedNamesThatAreNoUserLeaveNoAccountBehind() {
        for (int i = 0; i < 3; i++) {
            from("10.0.5." + i, "nobody-" + i, "guess").statusCode();
        }

        assertThat(jdbc.sql("select count(*) from sign_in_failure where kind = 'ACCOUNT'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from sign_in_failure where kind = 'ADDRESS'").query(Long.class).single()).isEqualTo(3);
    }

    private HttpResponse<String> from(String address, String user, String password) {
        return Http.basic(port, user, password).with("X-Forwarded-For", address).get("/api/agreements");
    }

    /** Waits (at most 20 s, the waits being 5 s here) until the user signs in from that address. */
    private void awaitSignIn(String address, String user, String password) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
                .until(() -> from(address, user, password).statusCode() == 200);
    }

    private long audit(String action, String target) {
        return jdbc.sql("select count(*) from audit_log where action = :a and target = :t").param("a", action)
                .param("t", target).query(Long.class).single();
    }
}
