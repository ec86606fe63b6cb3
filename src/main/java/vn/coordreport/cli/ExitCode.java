package vn.coordreport.cli;

/** The command line's exit statuses, as the README documents them; the tools' commands answer with them too. */
public final class ExitCode {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int JOB_FAILED = 3;

    private ExitCode() {
    }
}
