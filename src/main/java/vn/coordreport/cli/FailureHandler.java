package vn.coordreport.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What a command that throws exits with: bad input (an
 * {@link IllegalArgumentException} whose message names the parameter or the
 * file) is 1, anything else is a failed job, 3. Either way the user gets one
 * clear message, not a stack trace.
 */
class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
        if (e instanceof IllegalArgumentException) {
            commandLine.getErr().println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        commandLine.getErr().println("failed: " + describe(e));
        return ExitCode.JOB_FAILED;
    }

    /** The innermost message, which is the one that says what happened. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() != null && e.getMessage().contains("coordreport") ? e.getMessage()
                : root.getMessage();
        return message != null ? message : root.getClass().getSimpleName();
    }
}
