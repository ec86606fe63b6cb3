package vn.coordreport.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.coordreport.support.InVietnamese;

/** Why the database cannot be reached, in the reader's words, whatever language the server speaks. */
@ExtendWith(InVietnamese.class)
class DatabaseFailuresTests {

    @Test
    void anEmbeddedServerThatCannotBeCreatedSaysWhereAndWhy() {
        // /proc takes no new folder, not even from root
        Path home = Path.of("/proc/coordreport-kiem-thu");

        EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

        assertThatThrownBy(() -> configuration.embeddedServer(home, configuration.embeddedPasswords(home), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Không khởi động được PostgreSQL đi kèm trong " + home.resolve("pgdata")
                        + ": không tạo được thư mục " + home + ".\nHãy đặt COORDREPORT_HOME là một thư mục mà tài khoản "
                        + "chạy coordreport tạo và ghi được (hoặc trỏ SPRING_DATASOURCE_URL tới một máy chủ PostgreSQL).");
    }

    @Test
    void aHomeUnderAFileIsToldWithoutTheAdviceForAnotherProcessOrUserNamespaces() {
        // an IT review set COORDREPORT_HOME under a key file: "Not a directory"
        String said = DatabaseFailures.embeddedCannotStart(Path.of("/srv/keys/hung.p12/home/pgdata"),
                new java.nio.file.FileSystemException("/srv/keys/hung.p12/home", null, "Not a directory"));

        assertThat(said).startsWith("Không khởi động được PostgreSQL đi kèm trong /srv/keys/hung.p12/home/pgdata: "
                + "/srv/keys/hung.p12/home: Not a directory.\nHãy đặt COORDREPORT_HOME là một thư mục")
                .doesNotContain("tiến trình coordreport khác", "user namespace");
        // a server that would not start for another reason keeps them
        assertThat(DatabaseFailures.embeddedCannotStart(Path.of("/srv/cr/pgdata"), new java.io.IOException("initdb failed")))
                .contains("tiến trình coordreport khác", "user namespace");
    }

    @Test
    void aFolderNotWritableIsNamed() {
        assertThat(DatabaseFailures.embeddedCannotStart(Path.of("/srv/cr/pgdata"), new AccessDeniedException("/srv/cr")))
                .startsWith("Không khởi động được PostgreSQL đi kèm trong /srv/cr/pgdata: không có quyền ghi vào /srv/cr.");
    }

    @Test
    void aPasswordNotSetIsToldAsSuchNotAsAnAddressToCheck() {
        // the driver's words when the server asks for a password and the settings give none (state 08004, as a
        // server that refuses the connection for another reason)
        SQLException none = new org.postgresql.util.PSQLException(
                "The server requested SCRAM-based authentication, but no password was provided.",
                org.postgresql.util.PSQLState.CONNECTION_REJECTED);

        assertThat(DatabaseFailures.describe(none)).hasValueSatisfying(said -> assertThat(said)
                .startsWith("Máy chủ PostgreSQL đòi mật khẩu mà chưa có mật khẩu nào được đặt: hãy đặt tài khoản và "
                        + "mật khẩu của ứng dụng, spring.datasource.username và spring.datasource.password")
                .doesNotContain("spring.datasource.url"));
        assertThat(DatabaseFailures.describe(new org.postgresql.util.PSQLException("rejected",
                org.postgresql.util.PSQLState.CONNECTION_REJECTED))).hasValueSatisfying(said -> assertThat(said)
                .contains("spring.datasource.url"));
    }

    @Test
    void theServersStatesAreToldByTheirCodeNotTheirWords() {
        // a server speaking German says the same thing with the same SQLSTATE
        SQLException password = new SQLException("FATAL: Passwort-Authentifizierung für Benutzer »cr« fehlgeschlagen",
                "28P01");

        assertThat(DatabaseFailures.describe(password)).hasValueSatisfying(text -> assertThat(text)
                .startsWith("Máy chủ PostgreSQL từ chối đăng nhập: tên hoặc mật khẩu")
                .contains("spring.datasource.password", "SPRING_DATASOURCE_PASSWORD", "SPRING_FLYWAY_PASSWORD"));
        // a second node started with the application's role alone, where the owner's role owns the schema
        assertThat(DatabaseFailures.describe(new SQLException("ERROR: permission denied for table "
                + "flyway_schema_history", "42501"))).hasValueSatisfying(text -> assertThat(text)
                .startsWith("Tài khoản cơ sở dữ liệu không có quyền làm việc này").contains("SPRING_FLYWAY_USER"));
        // the pool's own words when a command's server (serve's, which it joined) stops under it
        assertThat(DatabaseFailures.describe(new SQLException("Connection is closed", "08003")))
                .hasValueSatisfying(text -> assertThat(text).startsWith("Mất kết nối với máy chủ PostgreSQL giữa chừng"));
        assertThat(DatabaseFailures.describe(new SQLException("syntax error", "42601"))).isEmpty();
        assertThat(DatabaseFailures.describe(new IllegalStateException("not the driver's"))).isEmpty();
    }
}
