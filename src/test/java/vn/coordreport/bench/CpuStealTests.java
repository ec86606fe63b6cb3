package vn.coordreport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The hypervisor's share of the CPU, from Linux's /proc/stat. */
class CpuStealTests {

    @Test
    void theStealIsAShareOfTheCpuTimeReadFromProcStat() throws InterruptedException {
        assertThat(CpuSteal.percentSince(null)).isEqualTo(-1);
        if (Files.isReadable(Path.of("/proc/stat"))) {
            CpuSteal.Reading before = CpuSteal.read();
            assertThat(before).isNotNull();
            Thread.sleep(200);
            assertThat(CpuSteal.percentSince(before)).isBetween(0.0, 100.0);
        }
    }
}
