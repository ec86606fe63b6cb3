package vn.coordreport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The result table flags the steps measured while the hypervisor took CPU time, and only those. */
class ResultFilesTests {

    @Test
    void aStepMeasuredWhileTheHypervisorTookFivePercentOrMoreIsFlaggedUnderTheTargets() {
        Figures figures = figures(1.2, 7.6, -1);

        String md = ResultFiles.markdown(figures);

        assertThat(md).contains("The hypervisor took CPU time from this machine while it measured (steal: close 8%)");
        assertThat(md.indexOf("steal: close")).isLessThan(md.indexOf("| other figure |"));
    }

    @Test
    void quietStepsAndUnknownStealAreNotFlagged() {
        assertThat(ResultFiles.markdown(figures(0, 4.9, -1))).doesNotContain("hypervisor");
    }

    private static Figures figures(double importSteal, double closeSteal, double floorSteal) {
        Figures f = new Figures();
        f.put("threads", 2);
        f.put("max_heap_mb", 512);
        f.put("records", 1000);
        f.put("agreements", 4);
        f.put("import_records_per_s", 100_000.0);
        f.put("import_steal_pct", importSteal);
        f.put("close_seconds", 20.0);
        f.put("close_steal_pct", closeSteal);
        f.put("floor_steal_pct", floorSteal);
        f.put("ratio", 1.1);
        f.put("nightly_unchanged_seconds", 0.5);
        f.put("nightly_1pct_seconds", 1.0);
        f.put("on_demand_warm_ms", 90.0);
        f.put("peak_heap_mb", 200.0);
        f.put("sign_issue_seconds", 10.0);
        return f;
    }
}
