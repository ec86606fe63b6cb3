package vn.coordreport.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * What a command is doing while the person waits, in Vietnamese, on the error
 * stream: the output stream keeps the results (paths, tables) that scripts read.
 */
final class Progress {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

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
        return String.format(VIETNAMESE, "%,.1f giây", (System.nanoTime() - start) / 1e9);
    }
}
