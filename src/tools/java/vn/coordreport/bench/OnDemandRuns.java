package vn.coordreport.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.coordreport.period.Period;
import vn.coordreport.pipeline.OnDemandReports;
import vn.coordreport.render.Format;

/**
 * The benchmark's on-demand reports, through the archive as a user gets them:
 * the first report of the process (cold), reports no job rendered (warm: each
 * really reviewed, rendered and archived) and one asked again (an archive hit).
 */
@Component
class OnDemandRuns {

    private static final int WARM_REPORTS = 5;

    private final OnDemandReports reports;
    private final JdbcClient jdbc;

    OnDemandRuns(OnDemandReports reports, JdbcClient jdbc) {
        this.reports = reports;
        this.jdbc = jdbc;
    }

    /** A draft PDF, the first report of the process: template, fonts, JIT and caches cold. */
    void cold(String agreement, Period period, PrintWriter log, Figures f) {
        long t = System.nanoTime();
        reports.archived(agreement, period, null, Format.PDF, false, Benchmark.CREATED_BY);
        f.put("on_demand_cold_ms", Figures.millis(System.nanoTime() - t));
        log.printf("on demand, cold (first report of this process): %.0f ms%n", f.number("on_demand_cold_ms"));
    }

    /** Reports never rendered before (a period no job made), then the first of them again: an archive hit. */
    void warm(Period period, List<String> agreements, PrintWriter log, Figures f) {
        long before = versions();
        List<Double> times = new ArrayList<>();
        int n = Math.min(WARM_REPORTS, agreements.size());
        for (int i = 0; i < n; i++) {
            String code = agreements.get((i + 1) % agreements.size());
            long t = System.nanoTime();
            reports.archived(code, period, null, Format.PDF, false, Benchmark.CREATED_BY);
            times.add(Figures.millis(System.nanoTime() - t));
        }
        f.check("on_demand_warm_rendered", versions() == before + n, "each warm report was rendered and archived");
        List<Double> sorted = times.stream().sorted().toList();
        f.put("on_demand_warm_ms", sorted.get(sorted.size() / 2));
        f.put("on_demand_warm_max_ms", sorted.get(sorted.size() - 1));
        long t = System.nanoTime();
        reports.archived(agreements.get(1 % agreements.size()), period, null, Format.PDF, false, Benchmark.CREATED_BY);
        f.put("on_demand_archive_hit_ms", Figures.millis(System.nanoTime() - t));
        f.check("on_demand_archive_hit", versions() == before + n, "the repeated request was answered from the archive");
        log.printf("on demand, warm: median %.0f ms, max %.0f ms over %d reports; archive hit %.0f ms%n",
                f.number("on_demand_warm_ms"), f.number("on_demand_warm_max_ms"), n, f.number("on_demand_archive_hit_ms"));
    }

    private long versions() {
        return jdbc.sql("select count(*) from report_version").query(Long.class).single();
    }
}
