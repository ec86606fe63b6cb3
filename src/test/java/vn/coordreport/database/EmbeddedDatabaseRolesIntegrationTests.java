package vn.coordreport.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.coordreport.CoordreportApplication;

/**
 * The embedded default makes the two roles an administrator makes on a server
 * of his own, and keeps them in its data folder, each role with its password;
 * a data folder of a version that connected as the superuser, and trusted every
 * local connection, is handed to the owner, asks for the passwords and keeps
 * working.
 */
class EmbeddedDatabaseRolesIntegrationTests {

    /** Who owns what the migrations made in public, tables and indexes, sequences and functions alike. */
    static final String OWNERS = """
            select string_agg(distinct pg_get_userbyid(owner), ',') from (
                select relowner as owner from pg_class where relnamespace = 'public'::regnamespace
                union all
                select proowner from pg_proc where pronamespace = 'public'::regnamespace) o
            """;

    @TempDir
    Path home;

    @Test
    void aNewHomeGetsAnOwnerAndAnApplicationRoleNeitherOfThemPrivileged() throws IOException, SQLException {
        try (ConfigurableApplicationContext app = start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("coordreport_app");
            assertThat(jdbc.sql(OWNERS).query(String.class).single()).isEqualTo("coordreport_owner");
            assertThat(jdbc.sql("""
                    select string_agg(rolname || ':' || (rolsuper or rolcreaterole or rolcreatedb or rolbypassrls),
                                      ',' order by rolname)
                    from pg_roles where rolname like 'coordreport%'""").query(String.class).single())
                    .isEqualTo("coordreport_app:false,coordreport_owner:false");
            // the office's data survives a power cut: not a test server's settings (the library's are fsync off and
            // commits acknowledged before they are written)
            assertThat(jdbc.sql("select string_agg(name || '=' || setting, ',' order by name) from pg_settings "
                    + "where name in ('fsync', 'synchronous_commit', 'full_page_writes')").query(String.class).single())
                    .isEqualTo("fsync=on,full_page_writes=on,synchronous_commit=on");

            // and no account of the machine reaches it without the home's passwords, readable by its owner only
            int port = app.getBean(EmbeddedServer.class).port();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("pgpass"))))
                    .isEqualTo("rw-------");
            for (String role : List.of("postgres", "coordreport_owner", "coordreport_app")) {
                assertRefusedWithoutPassword(port, role);
                assertThat(connectsWithItsPassword(port, role)).isEqualTo(role);
            }
        }
    }

    @Test
    void aHomeWhosePasswordsAreLostIsToldWhatToDo() throws IOException {
        try (ConfigurableApplicationContext app = start()) {
            app.getBean(JdbcClient.class).sql("select 1").query().singleRow();
        }
        String passwords = Files.readString(home.resolve("pgpass"));

        // bytes that are no text are a file that cannot be read, as any other
        Files.write(home.resolve("pgpass"), new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});
        assertThatThrownBy(this::start).rootCause().hasMessageStartingWith("Tệp mật khẩu " + home.resolve("pgpass")
                + " của PostgreSQL đi kèm không đọc được");

        // the passwords of another home (a folder copied back without its file) are told at once, not after the
        // library's minute of waiting for a server that refuses them
        String others = passwords.replaceAll(":[A-Za-z0-9_-]{20,}\n", ":" + "x".repeat(32) + "\n");
        Files.writeString(home.resolve("pgpass"), others);
        long before = System.nanoTime();
        assertThatThrownBy(this::start).rootCause().hasMessage("Tệp mật khẩu " + home.resolve("pgpass") + " không phải "
                + "của thư mục " + home.resolve("pgdata") + ": có lẽ thư mục pgdata được chép lại từ bản sao lưu mà không "
                + "chép tệp pgpass đi cùng. Hãy chép tệp pgpass cùng bản sao lưu ấy vào COORDREPORT_HOME.");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - before)).isLessThan(java.time.Duration.ofSeconds(20));
        assertThat(home.resolve("pgdata").resolve("postmaster.pid")).as("no server left running").doesNotExist();

        Files.writeString(home.resolve("pgpass"), "localhost:*:*:postgres:ngan\n");
        assertThatThrownBy(this::start).rootCause().hasMessage("Tệp mật khẩu " + home.resolve("pgpass")
                + " của PostgreSQL đi kèm không đọc được: cần mỗi tài khoản postgres, coordreport_owner, coordreport_app"
                + " một dòng localhost:*:*:<tài khoản>:<mật khẩu>, mật khẩu từ 20 ký tự trở lên, gồm chữ không dấu, "
                + "chữ số, - và _. Hãy chép lại tệp đó từ bản sao lưu của COORDREPORT_HOME.");

        Files.delete(home.resolve("pgpass"));
        assertThatThrownBy(this::start).rootCause().hasMessageStartingWith("Không thấy tệp mật khẩu "
                + home.resolve("pgpass") + " của PostgreSQL đi kèm, mà máy chủ trong " + home.resolve("pgdata")
                + " đòi mật khẩu ở mọi kết nối.");
        assertThat(home.resolve("pgpass")).as("no new passwords the server does not have").doesNotExist();

        // the file copied back from a backup opens the home again, and is its owner's alone again, as psql asks
        Files.writeString(home.resolve("pgpass"), passwords);
        Files.setPosixFilePermissions(home.resolve("pgpass"), PosixFilePermissions.fromString("rw-r--r--"));
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean(JdbcClient.class).sql("select current_user").query(String.class).single())
                    .isEqualTo("coordreport_app");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("pgpass"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aDataFolderOfAnEarlierVersionIsHandedToTheOwnerAndKeepsItsData() throws IOException, SQLException {
        // given the home of a version before the roles: migrated to V92 and used, all as the superuser
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(home.resolve("pgdata"))
                .setCleanDataDirectory(false).start()) {
            Flyway.configure().dataSource(earlier.getPostgresDatabase()).locations("classpath:db/migration")
                    .target("92").load().migrate();
            archive(JdbcClient.create(earlier.getPostgresDatabase()), 1);
        }

        for (int start = 1; start <= 2; start++) {
            // when this version starts on it (and starts again)
            try (ConfigurableApplicationContext app = start()) {
                JdbcClient jdbc = app.getBean(JdbcClient.class);

                // then the server that trusted every local connection asks for the passwords of the home's file
                int port = app.getBean(EmbeddedServer.class).port();
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(
                        () -> assertRefusedWithoutPassword(port, "postgres"));
                assertThat(connectsWithItsPassword(port, "coordreport_app")).isEqualTo("coordreport_app");

                // the owner has it all, the application works as its own role on what was there
                assertThat(jdbc.sql(OWNERS).query(String.class).single()).isEqualTo("coordreport_owner");
                assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("coordreport_app");
                archive(jdbc, start + 1);
                assertThat(jdbc.sql("select string_agg(version || ':' || created_by, ',' order by version) "
                        + "from report_version").query(String.class).single())
                        .isEqualTo(start == 1 ? "1:postgres,2:coordreport_app" : "1:postgres,2:coordreport_app,3:coordreport_app");
                assertThatThrownBy(() -> jdbc.sql("alter table report_version disable trigger all").update())
                        .rootCause().hasMessageContaining("must be owner of table report_version");
            }
        }
    }

    @Test
    void aServerLeftRunningByAKilledProcessIsStoppedAndTheHomeStartsAgain() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            app.getBean(JdbcClient.class).sql("select 1").query().singleRow();
        }
        // the server of a process killed with kill -9 runs on, and nobody holds its folder's lock: started here as
        // the library starts it (its own command line, kept by PostgreSQL), without the library
        Path data = home.resolve("pgdata");
        java.util.List<String> command = new java.util.ArrayList<>();
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)")
                .matcher(java.nio.file.Files.readString(data.resolve("postmaster.opts")).strip());
        while (word.find()) {
            command.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        if (new com.sun.security.auth.module.UnixSystem().getUid() == 0) {
            command.addAll(0, java.util.List.of("unshare", "-U")); // PostgreSQL runs as no root
        }
        Process left = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
                Path pid = data.resolve("postmaster.pid");
                java.util.List<String> lines = java.nio.file.Files.isRegularFile(pid)
                        ? java.nio.file.Files.readAllLines(pid) : java.util.List.of();
                return lines.size() >= 8 && lines.get(7).strip().equals("ready");
            });

            // when coordreport starts on the home again (it waited a minute, then said another process used it)
            try (ConfigurableApplicationContext app = start()) {
                // then it runs, on a server of its own
                assertThat(app.getBean(JdbcClient.class).sql("select current_user").query(String.class).single())
                        .isEqualTo("coordreport_app");
            }
            assertThat(left.isAlive()).as("the server left running is stopped").isFalse();
        } finally {
            left.destroyForcibly();
        }
    }

    private static void assertRefusedWithoutPassword(int port, String role) {
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", role,
                null).close()).isInstanceOf(SQLException.class).hasMessageContaining("no password was provided");
    }

    private String connectsWithItsPassword(int port, String role) throws IOException, SQLException {
        String password = Files.readAllLines(home.resolve("pgpass")).stream()
                .filter(line -> line.startsWith("localhost:*:*:" + role + ":"))
                .map(line -> line.substring(line.lastIndexOf(':') + 1)).findFirst().orElseThrow();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                role, password); ResultSet user = connection.createStatement().executeQuery("select current_user")) {
            user.next();
            return user.getString(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CoordreportApplication.class).web(WebApplicationType.NONE)
                .run("--coordreport.home=" + home);
    }

    private static void archive(JdbcClient jdbc, int version) {
        jdbc.sql("""
                insert into report_version (agreement_code, period, calendar, kind, format, version, content, sha256,
                                            size_bytes, pages, fingerprint, created_by)
                values ('07/QCPH', '2021', 'decree-09', 'DRAFT', 'PDF', :version, convert_to('%PDF', 'UTF8'),
                        repeat('a', 64), 4, 1, 'f', current_user)
                """).param("version", version).update();
    }
}
