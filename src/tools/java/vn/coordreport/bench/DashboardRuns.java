package vn.coordreport.bench;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.coordreport.dashboard.Dashboard;
import vn.coordreport.dashboard.DashboardScope;
import vn.coordreport.dashboard.IndicatorFigures;
import vn.coordreport.period.Period;
import vn.coordreport.review.Review;
import vn.coordreport.review.ReviewQuery;

/**
 * The dashboard's statements at the benchmark's size, each as the page runs it for a whole province (every
 * agreement and field of it, the closed year and the four before): the slowest of {@value #RUNS} runs after one
 * warm-up, and a check that its figures are the reviews' figures.
 */
@Component
class DashboardRuns {

    static final int RUNS = 5;

    private final Dashboard dashboard;
    private final ReviewQuery reviews;
    private final JdbcClient jdbc;

    DashboardRuns(Dashboard dashboard, ReviewQuery reviews, JdbcClient jdbc) {
        this.dashboard = dashboard;
        this.reviews = reviews;
        this.jdbc = jdbc;
    }

    void run(Period period, LocalDate today, PrintWriter log, Figures f) {
        String province = jdbc.sql("select min(province) from agreement").query(String.class).single();
        DashboardScope scope = new DashboardScope(province, null, null, period);
        Map<String, Supplier<?>> statements = new LinkedHashMap<>();
        statements.put("dashboard_indicators_ms", () -> dashboard.indicators(scope));
        statements.put("dashboard_open_items_ms", () -> dashboard.openItems(scope, today));
        statements.put("dashboard_silent_agencies_ms", () -> dashboard.silent(scope, today));
        statements.put("dashboard_issued_ms", () -> dashboard.issued(scope));
        statements.put("dashboard_page_ms", () -> dashboard.snapshot(scope, today));
        double slowest = 0;
        for (Map.Entry<String, Supplier<?>> statement : statements.entrySet()) {
            statement.getValue().get();
            double max = 0;
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                statement.getValue().get();
                max = Math.max(max, Figures.millis(System.nanoTime() - t));
            }
            f.put(statement.getKey(), max);
            if (!statement.getKey().equals("dashboard_page_ms")) {
                slowest = Math.max(slowest, max);
            }
        }
        f.put("dashboard_query_max_ms", slowest);
        checkFigures(scope, f);
        log.printf("dashboard of %s, %s: indicators %.0f ms, open items %.0f ms, silent agencies %.0f ms, "
                + "issued %.0f ms (slowest of %d runs each); the whole page's statements %.0f ms%n", province, period,
                f.number("dashboard_indicators_ms"), f.number("dashboard_open_items_ms"),
                f.number("dashboard_silent_agencies_ms"), f.number("dashboard_issued_ms"), RUNS,
                f.number("dashboard_page_ms"));
    }

    /** The province's total of the period, indicator by indicator, equals the sum of its agreements' reviews. */
    private void checkFigures(DashboardScope scope, Figures f) {
        IndicatorFigures shown = dashboard.indicators(scope);
        Map<String, BigDecimal> fromReviews = new LinkedHashMap<>();
        List<String> codes = jdbc.sql("select code from agreement where province = :p").param("p", scope.province())
                .query(String.class).list();
        for (String code : codes) {
            for (Review.IndicatorFigure i : reviews.review(code, scope.period(), null).indicators()) {
                fromReviews.merge(i.code(), i.quantity(), BigDecimal::add);
            }
        }
        fromReviews.values().removeIf(q -> q.signum() == 0);
        Map<String, BigDecimal> fromDashboard = new LinkedHashMap<>();
        shown.rows().stream().filter(r -> r.current().signum() != 0).forEach(r -> fromDashboard.put(r.code(), r.current()));
        boolean equal = fromDashboard.keySet().equals(fromReviews.keySet()) && fromDashboard.entrySet().stream()
                .allMatch(e -> e.getValue().compareTo(fromReviews.get(e.getKey())) == 0);
        f.check("dashboard_indicators_ms", equal, "the dashboard's figures of " + scope.province() + " are the sums "
                + "of its agreements' reviews (" + fromDashboard + " against " + fromReviews + ")");
    }
}
