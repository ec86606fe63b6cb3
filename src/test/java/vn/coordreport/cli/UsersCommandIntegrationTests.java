package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import vn.coordreport.messages.DateFormats;

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
        assertThat(admin.out()).contains("đã thêm Lan (ADMIN, mọi tỉnh)");
        assertThat(viewer.status()).as(viewer.err()).isZero();
        assertThat(viewer.out()).contains("đã thêm minh (VIEWER, Tây Ninh)").containsPattern("mật khẩu \\(chỉ hiện một lần\\): \\S{16}");
        String hash = storedHash("Lan");
        // at the cost the test JVMs set (pom.xml): the setting reaches the command's own start
        assertThat(hash).isNotEqualTo("correct horse battery").startsWith("{bcrypt}$2a$04$");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("correct horse battery", hash)).isTrue();

        CliSession.Run list = run("", "users", "list");
        assertThat(list.out()).containsPattern("Lan\\s+ADMIN\\s+\\(mọi tỉnh\\)\\s+có\\s+\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\\s+-")
                .containsPattern("minh\\s+VIEWER\\s+Tây Ninh\\s+có").doesNotContain("bcrypt");
        // each column starts where its heading does, however long the Vietnamese heading
        String header = list.out().lines().filter(l -> l.startsWith("Tên đăng nhập")).findFirst().orElseThrow();
        String lan = list.out().lines().filter(l -> l.startsWith("Lan ")).findFirst().orElseThrow();
        assertThat(header).matches("Tên đăng nhập\\s+Vai trò\\s+Tỉnh\\s+Còn hiệu lực\\s+Ngày tạo\\s+Khóa đến");
        assertThat(lan.indexOf("ADMIN")).isEqualTo(header.indexOf("Vai trò"));
        assertThat(lan.indexOf("(mọi tỉnh)")).isEqualTo(header.indexOf("Tỉnh"));
        assertThat(lan.indexOf(" có ") + 1).isEqualTo(header.indexOf("Còn hiệu lực"));
        assertThat(lan.lastIndexOf("-")).isEqualTo(header.indexOf("Khóa đến"));
        // the time it was added in coordreport.time-zone (Vietnam's), as the pages show it, not the machine's
        assertThat(lan).contains(DateFormats.DAY_TIME.format(
                createdAt("Lan").atZoneSameInstant(ZoneId.of("Asia/Ho_Chi_Minh"))));
        // without a subcommand, the same list
        assertThat(run("", "users").out()).isEqualTo(list.out());
        // a row-only command run in a JVM that goes on (this one) leaves the JIT as it is: C1 only is for a
        // command's own process (ShortCommandCompilation)
        assertThat(ShortCommandCompilationTests.directivesExcludingC2(ShortCommandCompilationTests.directives())).isZero();

        // a duplicate (whatever its case) and an unknown role are bad input
        CliSession.Run duplicate = run("another password\n", "users", "add", "LAN", "--role", "VIEWER", "--password-stdin");
        assertThat(duplicate.status()).isEqualTo(1);
        assertThat(duplicate.err()).contains("đã có người dùng 'Lan': tên 'LAN' chỉ khác tên ấy ở chữ hoa, chữ "
                + "thường, nên là cùng một người dùng");
        CliSession.Run badRole = run("another password\n", "users", "add", "hoa", "--role", "BOSS", "--password-stdin");
        assertThat(badRole.status()).isEqualTo(1);
        assertThat(badRole.err()).contains("không có vai trò 'BOSS': hãy ghi một trong ADMIN, OPERATOR, VIEWER, REVIEWER, SIGNER hoặc CLERK");

        // a token is printed once; only its hash is kept
        CliSession.Run token = run("", "users", "token", "minh", "--name", "province-portal");
        assertThat(token.status()).as(token.err()).isZero();
        String printed = token.out().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(printed).startsWith("crt_");
        assertThat(tokenHashes()).doesNotContain(printed).hasSize(1);

        // disabling
        assertThat(run("", "users", "disable", "minh").status()).isZero();
        assertThat(run("", "users", "list").out()).containsPattern("minh\\s+VIEWER\\s+Tây Ninh\\s+không");
        CliSession.Run unknown = run("", "users", "disable", "nobody");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("không có người dùng 'nobody'");
    }

    @Test
    void anAdministratorGivesAUserOtherRolesAndAnotherProvinceButNeverLosesTheLastAdministrator() throws Exception {
        run("", "users", "add", "thuy", "--role", "OPERATOR", "--province", "Tây Ninh");

        CliSession.Run changed = run("", "users", "change", "THUY", "--role", "reviewer,signer", "--province", "Quảng Trị");
        assertThat(changed.status()).as(changed.err()).isZero();
        assertThat(changed.out()).contains("đã đổi thuy: REVIEWER,SIGNER, Quảng Trị (trước đây OPERATOR, Tây Ninh); "
                + "các phiên đăng nhập trên trang của người dùng này kết thúc");
        assertThat(run("", "users", "list").out()).containsPattern("thuy\\s+REVIEWER,SIGNER\\s+Quảng Trị\\s+có");
        // the province alone, then every province; the same again changes nothing
        assertThat(run("", "users", "change", "thuy", "--all-provinces").out()).contains("REVIEWER,SIGNER, mọi tỉnh");
        assertThat(run("", "users", "change", "thuy", "--role", "SIGNER,REVIEWER", "--all-provinces").out())
                .contains("thuy đã có vai trò REVIEWER,SIGNER, mọi tỉnh: không có gì thay đổi");
        assertThat(count("select count(*) from audit_log where action = 'USER_CHANGE' and target = 'user/thuy' "
                + "and detail like 'OPERATOR, Tây Ninh -> REVIEWER,SIGNER, Quảng Trị; by %'")).isOne();

        // what is wrong is said, and nothing changes
        assertThat(run("", "users", "change", "thuy").err()).contains("hãy cho biết đổi gì: --role, --province hoặc "
                + "--all-provinces");
        assertThat(run("", "users", "change", "thuy", "--role", "GOD").status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("", "users", "change", "thuy", "--province", " ").err())
                .contains("--province cần tên một tỉnh, ví dụ \"Tây Ninh\"; để người dùng làm việc với mọi tỉnh, dùng "
                        + "--all-provinces");
        assertThat(run("", "users", "change", "nobody", "--role", "VIEWER").err()).contains("không có người dùng 'nobody'");
        assertThat(run("", "users", "change", "thuy", "--province", "Huế", "--all-provinces").status())
                .isEqualTo(ExitCode.USAGE);

        // the only administrator of every province stays one: nobody could manage every user otherwise
        try (CliSession alone = CliSession.onNewDatabase()) {
            alone.runWithInput("", "users", "add", "root", "--role", "ADMIN");
            CliSession.Run refused = alone.runWithInput("", "users", "change", "root", "--role", "VIEWER");
            assertThat(refused.status()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(refused.err()).contains("root là quản trị viên (ADMIN) duy nhất của mọi tỉnh còn đăng nhập được");
            assertThat(alone.runWithInput("", "users", "change", "root", "--province", "Huế").status())
                    .isEqualTo(ExitCode.BAD_INPUT);
            assertThat(alone.runWithInput("", "users", "list").out()).containsPattern("root\\s+ADMIN\\s+\\(mọi tỉnh\\)");
        }
    }

    @Test
    void anEmptyListSaysHowToAddTheFirstAdministrator() {
        try (CliSession empty = CliSession.onNewDatabase()) {
            CliSession.Run list = empty.runWithInput("", "users", "list");

            assertThat(list.status()).as(list.err()).isZero();
            assertThat(list.out().lines()).singleElement().asString().startsWith("Tên đăng nhập");
            assertThat(list.err()).contains("Chưa có người dùng nào, nên chưa ai đăng nhập được: hãy thêm quản trị "
                    + "viên đầu tiên bằng 'coordreport users add TÊN --role ADMIN --password-stdin'.");
        }
        // while a list that has users says nothing more
        run("", "users", "add", "someone", "--role", "VIEWER");
        assertThat(run("", "users", "list").err()).doesNotContain("Chưa có người dùng nào");
    }

    @Test
    void anAdministratorEnablesAgainAndSetsAPasswordFromTheServer() throws Exception {
        // given the only administrator, disabled by mistake and with a password nobody remembers
        assertThat(run("mat khau bi quen\n", "users", "add", "Tam", "--role", "ADMIN", "--password-stdin").status())
                .isZero();
        assertThat(run("", "users", "disable", "tam").out()).contains("đã vô hiệu hóa Tam"); // named as stored

        // when the server's administrator enables the account and sets a password, the name typed in any case
        CliSession.Run enabled = run("", "users", "enable", "TAM");
        CliSession.Run password = run("mat khau moi cua Tam\n", "users", "password", "tam", "--password-stdin");

        // then the account signs in again with the new password, and the audit log says who did what
        assertThat(enabled.status()).as(enabled.err()).isZero();
        assertThat(enabled.out()).contains("đã kích hoạt lại Tam: người dùng đăng nhập lại được");
        assertThat(run("", "users", "enable", "tam").out()).contains("Tam vẫn đang hoạt động: không có gì thay đổi");
        assertThat(password.status()).as(password.err()).isZero();
        assertThat(password.out()).contains("đã đặt mật khẩu mới cho Tam; các phiên đăng nhập cũ của người dùng này "
                + "kết thúc");
        assertThat(run("", "users", "list").out()).containsPattern("Tam\\s+ADMIN\\s+\\(mọi tỉnh\\)\\s+có");
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        assertThat(encoder.matches("mat khau moi cua Tam", storedHash("Tam"))).isTrue();
        assertThat(count("select count(*) from audit_log where target = 'user/Tam' "
                + "and action in ('USER_ADD', 'USER_DISABLE', 'USER_ENABLE', 'PASSWORD_RESET') and detail like "
                + "'%by an administrator on the command line (%)'")).isEqualTo(4);
        // a password too short, or a user that is none, is bad input and changes nothing
        CliSession.Run shortOne = run("ngan\n", "users", "password", "tam", "--password-stdin");
        assertThat(shortOne.status()).isEqualTo(1);
        assertThat(shortOne.err()).contains("mật khẩu cần ít nhất 8 ký tự");
        assertThat(encoder.matches("mat khau moi cua Tam", storedHash("Tam"))).isTrue();
        assertThat(run("", "users", "enable", "nobody").err()).contains("không có người dùng 'nobody'");
    }

    @Test
    void aNameTypedDecomposedIsTheSameUser() {
        // given a user whose name was typed precomposed (NFC)
        assertThat(run("mat khau dai\n", "users", "add", "Hùng", "--role", "VIEWER", "--password-stdin").status()).isZero();
        String decomposed = java.text.Normalizer.normalize("Hùng", java.text.Normalizer.Form.NFD);

        // when the same name comes typed decomposed (NFD), as a macOS terminal may send it
        CliSession.Run again = run("mat khau khac\n", "users", "add", decomposed, "--role", "ADMIN", "--password-stdin");
        CliSession.Run disable = run("", "users", "disable", decomposed);

        // then it is the same user: not a second one, and the one disabled
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("đã có người dùng 'Hùng'");
        assertThat(disable.status()).as(disable.err()).isZero();
        assertThat(run("", "users", "list").out()).containsPattern("Hùng\\s+VIEWER\\s+\\(mọi tỉnh\\)\\s+không");
    }

    @Test
    void anAdministratorSeesALockedUserAndUnlocksThem() throws Exception {
        // given a user locked after too many failed sign-ins (as the server locks them)
        assertThat(run("hoa-mat-khau-dai\n", "users", "add", "hoa", "--role", "OPERATOR", "--password-stdin").status()).isZero();
        sql("insert into sign_in_failure (kind, key, failures, refused_until) "
                + "select 'ACCOUNT', id::text, 0, now() + interval '10 minutes' from app_user where username = 'hoa'");

        // then the list shows until when
        assertThat(run("", "users", "list").out()).containsPattern("hoa\\s+OPERATOR\\s+\\(mọi tỉnh\\)\\s+có\\s+\\S+ \\S+\\s+\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");

        // when an administrator unlocks them
        CliSession.Run unlock = run("", "users", "unlock", "HOA");

        // then they are no longer locked, and the audit log says who did it
        assertThat(unlock.status()).as(unlock.err()).isZero();
        assertThat(unlock.out()).contains("đã mở khóa HOA");
        assertThat(run("", "users", "list").out()).containsPattern("hoa\\s+OPERATOR\\s+\\(mọi tỉnh\\)\\s+có\\s+\\S+ \\S+\\s+-");
        assertThat(count("select count(*) from audit_log where action = 'UNLOCK' and target = 'hoa' "
                + "and detail like 'by an administrator on the command line%'")).isOne();
        assertThat(run("", "users", "unlock", "hoa").out()).contains("hoa không bị khóa");

        // and an address is unlocked the same way; an unknown user is bad input, neither or both a usage error
        sql("insert into sign_in_failure (kind, key, failures, refused_until) values ('ADDRESS', '10.1.2.3', 12, now() + interval '1 minute')");
        assertThat(run("", "users", "unlock", "--address", "10.1.2.3").out()).contains("đã mở khóa địa chỉ 10.1.2.3");
        assertThat(count("select count(*) from sign_in_failure")).isZero();
        CliSession.Run unknown = run("", "users", "unlock", "nobody");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("không có người dùng 'nobody'");
        assertThat(run("", "users", "unlock").status()).isEqualTo(2);
        assertThat(run("", "users", "unlock", "hoa", "--address", "10.1.2.3").status()).isEqualTo(2);
    }

    @Test
    void englishWithCoordreportLocaleEn() {
        // given a user, and the command line in English
        assertThat(run("mat khau dai\n", "users", "add", "thu", "--role", "CLERK", "--password-stdin").status()).isZero();
        cli.set("coordreport.locale", "en");
        try {
            // when the users are listed, and a role is mistyped
            CliSession.Run list = run("", "users", "list");
            CliSession.Run badRole = run("", "users", "add", "hoa", "--role", "BOSS");

            // then the headings, the values and the problem are English
            assertThat(list.out().lines().findFirst().orElseThrow())
                    .matches("username\\s+role\\s+province\\s+enabled\\s+created\\s+locked until");
            assertThat(list.out()).containsPattern("thu\\s+CLERK\\s+\\(all\\)\\s+yes\\s+\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
            assertThat(badRole.err()).contains("unknown role 'BOSS': ADMIN, OPERATOR, VIEWER, REVIEWER, SIGNER or CLERK");
        } finally {
            cli.set("coordreport.locale", "vi");
        }
    }

    @Test
    void helpAndUsageNeedNoDatabase() {
        CliSession.Run help = run("", "users", "add", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--role").contains("--province").contains("--password-stdin");
        assertThat(run("", "users", "add", "someone").status()).as("--role missing").isEqualTo(2);
    }

    private static void sql(String statement) throws Exception {
        try (var c = DriverManager.getConnection(cli.database().url(), cli.database().username(), cli.database().password());
                var s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static long count(String query) throws Exception {
        try (var c = DriverManager.getConnection(cli.database().url(), cli.database().username(), cli.database().password());
                var r = c.createStatement().executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aProvinceTypedWithoutItsDiacriticsIsRefusedNamingTheOneMeant() throws Exception {
        assertThat(run("", "import", "src/main/resources/samples/lang-son-2020").status()).isZero();

        // a user limited to "Lang Son" would see nothing of Lạng Sơn's data
        CliSession.Run plain = run("a password\n", "users", "add", "ls1", "--role", "VIEWER", "--province", "Lang Son",
                "--password-stdin");
        assertThat(plain.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(plain.err()).contains("--province 'Lang Son': dữ liệu không có tỉnh nào viết như vậy; có phải là "
                + "'Lạng Sơn'?");
        assertThat(run("", "users", "list").out()).doesNotContain("ls1");

        // the province as the data writes it (the case aside), or one whose data is yet to come, is taken
        assertThat(run("a password\n", "users", "add", "ls2", "--role", "VIEWER", "--province", "lạng sơn",
                "--password-stdin").status()).isZero();
        assertThat(run("a password\n", "users", "add", "cb1", "--role", "VIEWER", "--province", "Cao Bằng",
                "--password-stdin").status()).isZero();
        // a no-break or a double space, pasted from a page, is a space: the user saw no province's data at all
        assertThat(run("a password\n", "users", "add", "ls3", "--role", "VIEWER", "--province", " Lạng\u00a0 Sơn ",
                "--password-stdin").status()).isZero();
        assertThat(column("ls3", "province", String.class)).isEqualTo("Lạng Sơn");
    }

    private static String storedHash(String user) throws Exception {
        return column(user, "password_hash", String.class);
    }

    private static OffsetDateTime createdAt(String user) throws Exception {
        return column(user, "created_at", OffsetDateTime.class);
    }

    /** A column of a user's row. */
    private static <T> T column(String user, String column, Class<T> type) throws Exception {
        try (var c = DriverManager.getConnection(cli.database().url(), cli.database().username(), cli.database().password());
                var s = c.prepareStatement("select " + column + " from app_user where username = ?")) {
            s.setString(1, user);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getObject(1, type);
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
