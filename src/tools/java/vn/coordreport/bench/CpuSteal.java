package vn.coordreport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The share of the machine's CPU time its hypervisor took ("steal", as
 * {@code vmstat} shows it in {@code st}) between two readings of Linux's
 * {@code /proc/stat}. On a virtual machine it can take a third of the CPU for
 * minutes, and a step measured then takes longer for no fault of its own: the
 * benchmark reports it beside the figures it affects. Where there is no
 * {@code /proc/stat}, every share is -1 (unknown).
 */
final class CpuSteal {

    private static final Path STAT = Path.of("/proc/stat");
    /** In the first line of /proc/stat: cpu user nice system idle iowait irq softirq steal ... */
    private static final int STEAL = 8;

    /** A reading: the machine's CPU time in jiffies, all of it and the stolen part. */
    record Reading(long total, long steal) {
    }

    private CpuSteal() {
    }

    /** The machine's CPU time so far, or null where it cannot be read. */
    static Reading read() {
        try {
            String[] cpu = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            if (!cpu[0].equals("cpu") || cpu.length <= STEAL) {
                return null;
            }
            long total = Arrays.stream(cpu, 1, STEAL + 1).mapToLong(Long::parseLong).sum();
            return new Reading(total, Long.parseLong(cpu[STEAL]));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The percentage of the CPU time since {@code since} that was stolen; -1 when unknown. */
    static double percentSince(Reading since) {
        Reading now = read();
        if (since == null || now == null || now.total() <= since.total()) {
            return -1;
        }
        return 100.0 * (now.steal() - since.steal()) / (now.total() - since.total());
    }
}
