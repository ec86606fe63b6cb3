package vn.coordreport.cli;

import java.io.PrintWriter;
import java.util.Locale;

import vn.coordreport.messages.Messages;

/**
 * What a command is doing while the person waits, in the reader's language, on
 * the error stream: the output stream keeps the results (paths, tables) that
 * scripts read.
 */
final class Progress {

    private final PrintWriter err;
    private final long start = System.nanoTime();

    Progress(PrintWriter err) {
        this.err = err;
    }

    /** {@code … Đang nạp dữ liệu mẫu quang-tri-2021 (1/3)} */
    void say(String doing) {
        err.println("… " + doing);
        err.flush();
    }

    /** {@code 12,3 giây} since this progress began. */
    String elapsed() {
        return elapsed(Messages.locale());
    }

    /** {@code 12,3 giây} ({@code 12.3 s} in English) since this progress began. */
    String elapsed(Locale locale) {
        return Messages.text(locale, "cli.progress.seconds", (System.nanoTime() - start) / 1e9);
    }
}
