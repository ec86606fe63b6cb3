package vn.coordreport.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import vn.coordreport.messages.Messages;

/**
 * How a command (every one but {@code serve}) logs. What it logs (a warning, an error, a job's progress) is read by
 * the one who ran it: each line said as a warning or an error in their language, without the time, process, thread
 * and logger that a server's log carries, and on standard error, beside the progress lines, so that standard output
 * holds only what scripts read (a report's path, a list).
 */
final class CommandLog implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** The conversion word of {@link CauseLine}: a logged exception's innermost cause, in one line. */
    static final String CAUSE = "cause";

    private static final String PATTERN = "%%replace(%%replace(%%replace(%%level ){'^(INFO|DEBUG|TRACE) $', ''})"
            + "{'^WARN $', '%s '}){'^ERROR $', '%s '}%%msg%%n";

    /**
     * The console's pattern ({@code logging.pattern.console}), in the reader's language, as Spring Boot sets the
     * console up: with logback's {@code %ex}, as it knows no {@code %cause}.
     */
    static String pattern() {
        return lines() + "%ex";
    }

    /** A command's lines: {@link #pattern()} with a logged exception's cause in a line ({@link CauseLine}). */
    static PatternLayout layout(LoggerContext context) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put(CAUSE, CauseLine::new);
        layout.setPattern(lines() + "%" + CAUSE);
        layout.start();
        return layout;
    }

    private static String lines() {
        return PATTERN.formatted(Messages.text("cli.log.warn"), Messages.text("cli.log.error"));
    }

    /**
     * Spring Boot's console appender, once set up, writes to standard error; in our pattern, a logged exception as
     * its cause's line ({@code %cause}). A pattern of the user's ({@code LOGGING_PATTERN_CONSOLE}) is kept as it is:
     * one that ends with {@code %ex} prints stack traces again.
     */
    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE")
                        instanceof ConsoleAppender<ILoggingEvent> console
                && console.getEncoder() instanceof LayoutWrappingEncoder<ILoggingEvent> springBoots) {
            console.stop();
            if (pattern().equals(event.getEnvironment().getProperty("logging.pattern.console"))) {
                LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
                encoder.setContext(logback);
                encoder.setCharset(springBoots.getCharset());
                encoder.setLayout(layout(logback));
                encoder.start();
                console.setEncoder(encoder);
            }
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
