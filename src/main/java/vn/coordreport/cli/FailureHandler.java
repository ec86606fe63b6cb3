package vn.coordreport.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.convert.ConversionFailedException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.UnknownAgreement;
import vn.coordreport.database.DatabaseFailures;
import vn.coordreport.database.EmbeddedServerFailure;
import vn.coordreport.messages.Messages;

/**
 * What a command that throws exits with: bad input (an
 * {@link IllegalArgumentException} whose message names the parameter or the
 * file) is 1, anything else is a failed job, 3. Either way the user gets one
 * clear message, not a stack trace.
 */
class FailureHandler implements IExecutionExceptionHandler {

    /**
     * The agreements, to name the code a mistyped one was meant to be, looked up only then (a command's start builds
     * only what it uses); null for a command run without the application.
     */
    private final Supplier<AgreementCatalog> catalog;

    FailureHandler(Supplier<AgreementCatalog> catalogOrNull) {
        this.catalog = catalogOrNull;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
        if (e instanceof IllegalArgumentException) {
            commandLine.getErr().println(e.getMessage());
            if (e instanceof UnknownAgreement unknown && catalog != null) {
                // a code mistyped or misremembered: the one meant, or where to look it up
                AgreementHint.print(catalog.get(), unknown.code(), commandLine.getErr());
            }
            return ExitCode.BAD_INPUT;
        }
        commandLine.getErr().println(Messages.text("cli.failed", describe(e)));
        return ExitCode.JOB_FAILED;
    }

    /**
     * The message that says what happened: that of the first exception in the
     * chain that is not a framework's wrapper (Spring's bean creation, Flyway's
     * migration, the connection pool's start), e.g. our own explanation of why
     * the embedded database could not start; the database driver's, such as
     * "Connection refused", in the reader's words ({@link DatabaseFailures}).
     * A port already taken is told as such: Spring Boot says it in an exception
     * of its own that wraps the web server's, whose message is a resource key
     * ("standardService.connector.startFailed").
     */
    static String describe(Throwable e) {
        Optional<String> known = known(e);
        if (known.isPresent()) {
            return known.get();
        }
        Throwable said = unwrapped(e);
        if (said instanceof IOException io) {
            return Messages.fileFailure(io); // the JDK's is often the bare path
        }
        return said.getMessage() != null ? said.getMessage() : said.getClass().getSimpleName();
    }

    /**
     * What a failure we know means and what to do, whole in itself (a port taken, a setting of the wrong kind, a time
     * zone that is none, the embedded server's own explanation, a refusal of the database we recognise); empty for
     * any other, whose own message and stack trace are what there is to go on.
     */
    static Optional<String> known(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PortInUseException taken) {
                return Optional.of(Messages.text("cli.portInUse", String.valueOf(taken.getPort())));
            }
            if (t instanceof InvalidConfigurationPropertyValueException bad) {
                // SERVER_PORT=abc: the setting, its variable and what it takes, not Spring's conditions and classes
                return Optional.of(badSetting(bad.getName(), String.valueOf(bad.getValue()), convertedTo(bad)));
            }
            if (t instanceof BindException bind && bind.getProperty() != null) {
                // SPRING_MAIL_PORT=abc: bound into Spring Boot's own properties, which say only "For input string"
                return Optional.of(badSetting(bind.getName().toString(), String.valueOf(bind.getProperty().getValue()),
                        bind.getTarget().getType().resolve()));
            }
            if (t instanceof java.time.DateTimeException zone && isZoneId(zone.getMessage())) {
                // COORDREPORT_TIME_ZONE=Asia/Hanoi: "Unknown time-zone ID: Asia/Hanoi"; 'Asia/Ho Chi Minh': "Invalid
                // ID for region-based ZoneId, invalid format: Asia/Ho Chi Minh"; from wherever it is read
                String message = zone.getMessage();
                return Optional.of(Messages.text("cli.badTimeZone", message.substring(message.lastIndexOf(": ") + 2)));
            }
            if (t instanceof EmbeddedServerFailure explained) {
                return Optional.of(explained.getMessage());
            }
        }
        // the database's refusal, when nothing of ours (a job's message naming its execution and how to resume it)
        // wraps it: only the frameworks' wrappers are looked through
        return DatabaseFailures.describe(unwrapped(e));
    }

    /** The failure under the frameworks' wrappers, an UncheckedIOException's own cause. */
    private static Throwable unwrapped(Throwable e) {
        Throwable cause = e;
        while (isWrapper(cause) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof UncheckedIOException unchecked ? unchecked.getCause() : cause;
    }

    /** The JDK's words for a zone's name it does not know, or that is no zone's name at all. */
    private static boolean isZoneId(String message) {
        // "Invalid ID for region-based ZoneId, invalid format: ...", "Invalid ID for offset-based ZoneId: ..."
        return message != null && (message.startsWith("Unknown time-zone ID: ") || message.startsWith("Invalid ID for "));
    }

    private static String badSetting(String name, String value, Class<?> type) {
        return Messages.text("cli.badSetting", name, value,
                name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace("-", ""), Messages.expectedType(type));
    }

    /** The type a setting's value could not be converted to ("Failed to convert to type java.lang.Integer"), or null. */
    private static Class<?> convertedTo(InvalidConfigurationPropertyValueException bad) {
        for (Throwable t = bad; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConversionFailedException failed && failed.getTargetType() != null) {
                return failed.getTargetType().getType();
            }
        }
        java.util.regex.Matcher type = java.util.regex.Pattern.compile("convert to type ([\\w.$]+)")
                .matcher(String.valueOf(bad.getReason()));
        try {
            return type.find() ? Class.forName(type.group(1)) : null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static boolean isWrapper(Throwable e) {
        String type = e.getClass().getName();
        // picocli's "Could not inject spec" wraps the failure of a command's bean, made as it runs
        return type.startsWith("org.springframework.") || type.startsWith("org.flywaydb.")
                || type.startsWith("com.zaxxer.hikari.") || type.startsWith("picocli.");
    }
}
