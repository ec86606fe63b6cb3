package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** The users commands as an administrator runs them on the server, with their exit statuses. */
class UsersCommandIntegrationTests {

    private static CliSession cli;

    @BeforeAll
    static void pointAtAFreshDatabase() {
        cli = CliSession.onNewDatabase();
    }

    @AfterAll
    static void restore() {
        cli.close();
    }

    private static CliSession.Run run(String stdin, String... args) {
        return cli.runWithInput(stdin, args);
    }

    @Test
    void anAdministratorAddsListsDisablesAndGivesTokens() throws Exception {
        // when users are added, one with a password on standard input, one limited to a province with a generated one
        CliSession.Run admin = run("correct horse battery\n", "users", "add", "Lan", "--role", "admin", "--password-stdin");
        CliSession.Run viewer = run("", "users", "add", "minh", "--role", "VIEWER", "--province", "Tây Ninh");

        // then both exist, the generated password is shown once, and passwords are stored hashed
        assertThat(admin.status()).as(admin.err()).isZero();
        assertThat(admin.out()).contains("added Lan (ADMIN, every province)");
        assertThat(viewer.status()).as(viewer.err()).isZero();
        assertThat(viewer.out()).contains("added minh (VIEWER, Tây Ninh)").containsPattern("password \\(shown once\\): \\S{20}");
        String hash = storedHash("Lan");
        assertThat(hash).isNotEqualTo("correct horse battery").startsWith("{bcrypt}");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("correct horse battery", hash)).isTrue();

        CliSession.Run list = run("", "users", "list");
        assertThat(list.out()).containsPattern("Lan\\s+ADMIN\\s+\\(all\\)\\s+yes").containsPattern("minh\\s+VIEWER\\s+Tây Ninh\\s+yes")
                .doesNotContain("bcrypt");

        // a duplicate (whatever its case) and an unknown role are bad input
        CliSession.Run duplicate = run("another password\n", "users", "add", "LAN", "--role", "VIEWER", "--password-stdin");
        assertThat(duplicate.status()).isEqualTo(1);
        assertThat(duplicate.err()).contains("there is already a user 'LAN'");
        CliSession.Run badRole = run("another password\n", "users", "add", "hoa", "--role", "BOSS", "--password-stdin");
        assertThat(badRole.status()).isEqualTo(1);
        assertThat(badRole.err()).contains("unknown role 'BOSS': ADMIN, OPERATOR, VIEWER, REVIEWER, SIGNER or CLERK");

        // a token is printed once; only its hash is kept
        CliSession.Run token = run("", "users", "token", "minh", "--name", "province-portal");
        assertThat(token.status()).as(token.err()).isZero();
        String printed = token.out().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(printed).startsWith("crt_");
        assertThat(tokenHashes()).doesNotContain(printed).hasSize(1);

        // disabling
        assertThat(run("", "users", "disable", "minh").status()).isZero();
        assertThat(run("", "users", "list").out()).containsPattern("minh\\s+VIEWER\\s+Tây Ninh\\s+no");
        CliSession.Run unknown = run("", "users", "disable", "nobody");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("there is no user 'nobody'");
    }

    @Test
    void helpAndUsageNeedNoDatabase() {
        CliSession.Run help = run("", "users", "add", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--role").contains("--province").contains("--password-stdin");
        assertThat(run("", "users", "add", "someone").status()).as("--role missing").isEqualTo(2);
    }

    private static String storedHash(String user) throws Exception {
        try (var c = DriverManager.getConnection(cli.database().url(), cli.database().username(), cli.database().password());
                var s = c.prepareStatement("select password_hash from app_user where username = ?")) {
            s.setString(1, user);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static java.util.List<String> tokenHashes() throws Exception {
        try (var c = DriverManager.getConnection(cli.database().url(), cli.database().username(), cli.database().password());
                var r = c.createStatement().executeQuery("select token_sha256 from api_token")) {
            java.util.List<String> hashes = new java.util.ArrayList<>();
            while (r.next()) {
                hashes.add(r.getString(1));
            }
            return hashes;
        }
    }
}
