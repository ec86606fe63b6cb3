package vn.coordreport.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.coordreport.period.DateRange;
import vn.coordreport.render.Format;
import vn.coordreport.render.RenderOptions;
import vn.coordreport.render.ReportRenderer;
import vn.coordreport.review.IndicatorAggregates;
import vn.coordreport.review.Review;

/**
 * The floors a period close is compared with: what its work costs with no
 * pipeline around it. (a) The indicator figures of every agreement in one
 * set-based statement (the review's indicator aggregates, {@link IndicatorAggregates},
 * over the period and the previous one, and the quantity since each agreement
 * took effect, grouped by agreement too); (b) the same reports filled and exported to PDF/A from reviews
 * computed beforehand, on as many threads as the close, with no fingerprint,
 * numbering or archive.
 */
@Component
class Floors {

    private static final String AGGREGATES = """
            with a as (
                select id, effective_from from agreement where code in (:codes)
            ),
            scope as (
                select r.agreement_id, r.indicator_id, r.agency_id, r.quantity, r.amount_vnd, r.counterpart, r.note,
                       r.occurred_on between :from::date and :to::date as in_period,
                       r.occurred_on between :previousFrom::date and :previousTo::date as in_previous,
                       r.occurred_on >= a.effective_from as since_effective
                from a join record r on r.agreement_id = a.id
                    and r.occurred_on >= :previousFrom::date and r.occurred_on <= :to::date
            ),
            figures as (
                select agreement_id, indicator_id, agency_id, grouping(agency_id) = 0 as agency_row,
                       %s
                from scope
                group by grouping sets ((agreement_id, indicator_id), (agreement_id, indicator_id, agency_id))
            ),
            history as (
                select past.agreement_id, past.indicator_id, sum(past.quantity) as quantity
                from a join record past on past.agreement_id = a.id
                    and past.occurred_on >= a.effective_from and past.occurred_on < :previousFrom::date
                group by past.agreement_id, past.indicator_id
            )
            -- every figure returned: PostgreSQL computes no aggregate, and makes no join, whose result is unused
            select x.*, coalesce(x.total_since_effective, 0)
                   + case when x.agency_row then 0 else coalesce(h.quantity, 0) end as since_effective
            from figures x
            left join history h on h.agreement_id = x.agreement_id and h.indicator_id = x.indicator_id
            """.formatted(IndicatorAggregates.COLUMNS);

    private final JdbcClient jdbc;
    private final ReportRenderer renderer;

    Floors(JdbcClient jdbc, ReportRenderer renderer) {
        this.jdbc = jdbc;
        this.renderer = renderer;
    }

    /**
     * (a): the figures of these agreements for a period and its previous one, all of them returned (PostgreSQL
     * does not compute a figure the statement does not return); returns the totals of the indicator rows.
     */
    FigureTotals aggregates(List<String> codes, DateRange range, DateRange previous) {
        return jdbc.sql(AGGREGATES).param("codes", codes).param("from", range.from()).param("to", range.to())
                .param("previousFrom", previous.from()).param("previousTo", previous.to())
                .query((rs, n) -> rs.getBoolean("agency_row") ? FigureTotals.NONE
                        : new FigureTotals(rs.getLong("records"), rs.getLong("previous_records"),
                                rs.getLong("counterparts"), rs.getLong("previous_counterparts"),
                                zeroIfNull(rs.getBigDecimal("quantity")), zeroIfNull(rs.getBigDecimal("previous_quantity"))))
                .list().stream().reduce(FigureTotals.NONE, FigureTotals::plus);
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** (b): every review filled and exported as a final PDF/A on {@code threads} threads; returns the pages. */
    int render(List<Review> reviews, LocalDate issuedOn, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> pages = new ArrayList<>();
            for (int i = 0; i < reviews.size(); i++) {
                Review review = reviews.get(i);
                RenderOptions options = RenderOptions.finalReport(Format.PDF, i + 1, issuedOn);
                pages.add(pool.submit(() -> renderer.render(review, options).pages()));
            }
            int total = 0;
            for (Future<Integer> f : pages) {
                total += f.get();
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering the floor", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the floor's rendering failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
