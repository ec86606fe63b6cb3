package vn.coordreport.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import vn.coordreport.messages.Messages;

/**
 * How a command (every one but {@code serve}) logs. What it logs (a warning, an error, a job's progress) is read by
 * the one who ran it: each line said as a warning or an error in their language, without the time, process, thread
 * and logger that a server's log carries, and on standard error, beside the progress lines, so that standard output
 * holds only what scripts read (a report's path, a list).
 */
final class CommandLog implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final String PATTERN = "%%replace(%%replace(%%replace(%%level ){'^(INFO|DEBUG|TRACE) $', ''})"
            + "{'^WARN $', '%s '}){'^ERROR $', '%s '}%%msg%%n%%ex";

    /** The console's pattern ({@code logging.pattern.console}), in the reader's language. */
    static String pattern() {
        return PATTERN.formatted(Messages.text("cli.log.warn"), Messages.text("cli.log.error"));
    }

    /** Spring Boot's console appender, once set up, writes to standard error. */
    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE")
                        instanceof ConsoleAppender<ILoggingEvent> console) {
            console.stop();
            console.setTarget("System.err");
            console.start();
        }
    }

    /** After Spring Boot's logging listener, which sets the console appender up. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
