package vn.coordreport.files;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The pid of a process that has ended, as a killed process leaves it in file names. */
final class DeadProcess {

    private DeadProcess() {
    }

    static long pid() {
        try {
            Process process = new ProcessBuilder("true").start();
            process.waitFor();
            return process.pid();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
