package vn.coordreport.cli;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.CoreConstants;
import vn.coordreport.messages.Messages;

/**
 * A logged exception as a command's user reads it ({@code %cause} in {@link CommandLog}'s pattern): one line naming its
 * innermost cause, where {@code %ex} printed a stack trace of fifty. A command whose database went away logged some
 * forty such traces, twelve hundred lines, above the one line that said what happened and what to do.
 */
final class CauseLine extends ThrowableHandlingConverter {

    private static final int LONGEST = 300;

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy cause = event.getThrowableProxy();
        if (cause == null) {
            return "";
        }
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String type = cause.getClassName().substring(cause.getClassName().lastIndexOf('.') + 1);
        String message = cause.getMessage() == null ? "" : cause.getMessage().strip().lines().findFirst().orElse("");
        String said = message.isEmpty() ? type : type + ": " + message;
        if (said.length() > LONGEST) {
            said = said.substring(0, LONGEST - 1) + "…";
        }
        return "  " + Messages.text("cli.log.cause", said) + CoreConstants.LINE_SEPARATOR;
    }
}
