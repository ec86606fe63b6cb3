package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;

import com.zaxxer.hikari.pool.HikariPool;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.UnsatisfiedDependencyException;

class FailureHandlerTests {

    @Test
    void aFailureToStartIsToldByItsCauseNotByTheFrameworkWrappingIt() {
        // given the database driver's error, wrapped twice by Spring's bean creation
        Exception failure = new UnsatisfiedDependencyException("coordreport.jar", "documentNumbers", "jdbc",
                new BeanCreationException("flywayInitializer", "Unable to obtain connection",
                        new SQLException("Connection to localhost:1 refused.")));

        // then the user is told the driver's message
        assertThat(FailureHandler.describe(failure)).isEqualTo("Connection to localhost:1 refused.");
    }

    @Test
    void aSettingOfTheWrongKindIsToldByItsNameAndVariableNotBySpringsConditions() {
        // as SERVER_PORT=abc fails: a condition of springdoc reads server.port while Spring imports configurations
        Exception failure = new org.springframework.beans.factory.BeanDefinitionStoreException("Failed to process "
                + "import candidates", new IllegalStateException("Error processing condition on org.springdoc.X",
                        new org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException(
                                "server.port", "abc", "Failed to convert to type java.lang.Integer")));

        assertThat(FailureHandler.describe(failure)).isEqualTo("thiết lập server.port (biến môi trường SERVER_PORT, "
                + "hoặc tệp coordreport.properties của COORDREPORT_HOME) có giá trị 'abc', không phải là một số nguyên: hãy sửa giá trị ấy rồi chạy lại.");
    }

    @Test
    void aSettingBoundIntoSpringBootsOwnPropertiesIsToldByItsNameToo() {
        // as SPRING_MAIL_PORT=abc fails: Spring Boot binds it into MailProperties, and says only "For input string"
        org.springframework.boot.context.properties.bind.Binder binder = new org.springframework.boot.context
                .properties.bind.Binder(new org.springframework.boot.context.properties.source
                        .MapConfigurationPropertySource(java.util.Map.of("spring.mail.port", "abc")));
        RuntimeException bound = org.assertj.core.api.Assertions.catchRuntimeException(
                () -> binder.bind("spring.mail.port", Integer.class));
        Exception failure = new BeanCreationException("mailSender", "Could not bind properties", bound);

        assertThat(FailureHandler.describe(failure)).isEqualTo("thiết lập spring.mail.port (biến môi trường "
                + "SPRING_MAIL_PORT, hoặc tệp coordreport.properties của COORDREPORT_HOME) có giá trị 'abc', không phải là một số nguyên: hãy sửa giá trị ấy rồi chạy lại.");
    }

    @Test
    void aTimeZoneThatIsNoneIsToldByItsSettingWhereverItIsReadAndWhateverWrapsIt() {
        // as COORDREPORT_TIME_ZONE=Asia/Hanoi fails in a command's bean, which picocli makes as it runs
        RuntimeException unknown = org.assertj.core.api.Assertions.catchRuntimeException(
                () -> java.time.ZoneId.of("Asia/Hanoi"));
        Exception failure = new picocli.CommandLine.InitializationException("Could not inject spec",
                new BeanCreationException("schedulesCommand", "Failed to convert", unknown));

        assertThat(FailureHandler.describe(failure)).isEqualTo("thiết lập coordreport.time-zone (biến môi trường "
                + "COORDREPORT_TIME_ZONE, hoặc tệp coordreport.properties của COORDREPORT_HOME) có giá trị 'Asia/Hanoi', "
                + "không phải là tên một múi giờ: hãy ghi tên múi giờ IANA, ở Việt Nam là Asia/Ho_Chi_Minh.");
        // spaces for the underscores: no zone's name at all, which the JDK says otherwise
        RuntimeException malformed = org.assertj.core.api.Assertions.catchRuntimeException(
                () -> java.time.ZoneId.of("Asia/Ho Chi Minh"));
        assertThat(FailureHandler.describe(new BeanCreationException("clock", "Failed to convert", malformed)))
                .contains("có giá trị 'Asia/Ho Chi Minh', không phải là tên một múi giờ");
    }

    @Test
    void aStartThatFailsForAReasonWeKnowIsReportedInOurWordsAndAnyOtherIsLeftToSpringBoot() {
        Exception taken = new BeanCreationException("webServer", "Failed to start",
                new org.springframework.boot.web.server.PortInUseException(8080));

        org.springframework.boot.diagnostics.FailureAnalysis analysis = new KnownFailures().analyze(taken);

        assertThat(analysis.getDescription()).isEqualTo(FailureHandler.describe(taken)).contains("8080");
        assertThat(analysis.getAction()).startsWith("Sửa như trên rồi chạy lại");
        assertThat(new KnownFailures().analyze(new IllegalStateException("something we do not know"))).isNull();
    }

    @Test
    void ourOwnExplanationIsKeptWhole() {
        Exception failure = new BeanCreationException("embeddedPostgres",
                new IllegalStateException("Không khởi động được PostgreSQL đi kèm trong var/pgdata: ...",
                        new java.io.IOException("initdb failed")));

        assertThat(FailureHandler.describe(failure)).startsWith("Không khởi động được PostgreSQL đi kèm");
    }

    @Test
    void theDriversRefusalIsToldInTheReadersWordsNamingTheSetting() throws IOException {
        // given the error of a real connection to a port nobody listens on, wrapped by the pool's start and Spring's
        SQLException refused = refusedConnection();
        assertThat(refused.getSQLState()).isEqualTo("08001");
        Exception failure = new BeanCreationException("dataSource", "Failed to initialize pool",
                new HikariPool.PoolInitializationException(refused));

        // then the user reads what it means and what to set, not the driver's English
        LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("vi"));
        try {
            assertThat(FailureHandler.describe(failure)).isEqualTo("Không kết nối được máy chủ PostgreSQL: máy chủ "
                    + "chưa chạy, địa chỉ hoặc cổng ghi trong spring.datasource.url (SPRING_DATASOURCE_URL) không đúng, "
                    + "hoặc tường lửa chặn kết nối.");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedWithWhyInTheReadersWords() {
        // as WholeFiles wraps the JDK's exception, whose message is the bare path
        Exception denied = new java.io.UncheckedIOException("cannot write x.pdf into /srv/out: /srv/out/x.pdf.part",
                new java.nio.file.AccessDeniedException("/srv/out/x.pdf.part"));
        Exception readOnly = new java.nio.file.FileSystemException("/mnt/bao-cao/x.docx", null, "Read-only file system");

        LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("vi"));
        try {
            assertThat(FailureHandler.describe(denied)).isEqualTo("tệp /srv/out/x.pdf.part: không có quyền truy cập");
            assertThat(FailureHandler.describe(readOnly)).isEqualTo("tệp /mnt/bao-cao/x.docx: hệ thống tệp chỉ cho đọc");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void aPortTakenIsToldAsSuchNotByTheWebServersResourceKey() {
        // as 'serve' fails on a port another program listens on: Spring Boot's exception around Tomcat's
        Exception failure = new org.springframework.context.ApplicationContextException(
                "Failed to start bean 'webServerStartStop'", new org.springframework.boot.web.server.PortInUseException(
                        8093, new org.apache.catalina.LifecycleException("standardService.connector.startFailed")));

        LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("vi"));
        try {
            assertThat(FailureHandler.describe(failure)).isEqualTo("cổng 8093 đã có chương trình khác dùng: hãy dừng "
                    + "chương trình đó, hoặc đặt server.port (SERVER_PORT) sang cổng khác.");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static SQLException refusedConnection() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try {
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/coordreport", "coordreport", "x")
                    .close();
            throw new AssertionError("a connection to the closed port " + port + " was accepted");
        } catch (SQLException e) {
            return e;
        }
    }
}
