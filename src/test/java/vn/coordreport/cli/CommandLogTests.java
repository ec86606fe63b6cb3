package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import vn.coordreport.support.InVietnamese;

/** A command's log, as the one who ran it reads it: a line per warning or error, and a line for its cause. */
@ExtendWith(InVietnamese.class)
class CommandLogTests {

    private final LoggerContext context = new LoggerContext();

    @Test
    void aLoggedExceptionIsItsInnermostCauseInOneLineNotAStackTrace() {
        PatternLayout layout = CommandLog.layout(context);
        Exception failure = new IllegalStateException("Could not open JDBC Connection for transaction",
                new IllegalArgumentException("wrapped", new SocketException("Broken pipe")));

        String logged = layout.doLayout(event(Level.ERROR, "Encountered fatal error executing job", failure));

        assertThat(logged).isEqualTo("Lỗi: Encountered fatal error executing job" + System.lineSeparator()
                + "  (nguyên nhân: SocketException: Broken pipe)" + System.lineSeparator());
    }

    @Test
    void aLongOrManyLinedCauseIsCutToItsFirstLine() {
        PatternLayout layout = CommandLog.layout(context);
        String sql = "insert into final_document (version_id) values (?)\n" + "x".repeat(400);

        String logged = layout.doLayout(event(Level.WARN, "Không lưu được", new RuntimeException(sql)));

        assertThat(logged.lines().toList()).containsExactly("Cảnh báo: Không lưu được",
                "  (nguyên nhân: RuntimeException: insert into final_document (version_id) values (?))");
    }

    @Test
    void aLineWithoutAnExceptionIsTheLineAloneAndInformationHasNoLabel() {
        PatternLayout layout = CommandLog.layout(context);

        assertThat(layout.doLayout(event(Level.INFO, "periodCloseJob: 10/42 báo cáo (23%)", null)))
                .isEqualTo("periodCloseJob: 10/42 báo cáo (23%)" + System.lineSeparator());
    }

    private LoggingEvent event(Level level, String message, Throwable thrown) {
        Logger logger = context.getLogger("org.springframework.batch.core.step.AbstractStep");
        return new LoggingEvent(Logger.class.getName(), logger, level, message, thrown, null);
    }
}
