package vn.coordreport.cli;

/** The command line's exit statuses, as the README documents them. */
final class ExitCode {

    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;
    static final int JOB_FAILED = 3;

    private ExitCode() {
    }
}
