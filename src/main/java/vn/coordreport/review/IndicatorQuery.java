package vn.coordreport.review;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The indicator figures of a review in one statement. One range scan of
 * {@code record_agreement_date} (this agreement only, from the previous
 * period's start up to the period's end; the previous period always ends
 * before this one does) feeds every figure through {@code FILTER};
 * {@code GROUPING SETS} gives both the indicator totals and their split by
 * reporting agency. The records before the previous period count only towards
 * the total since the agreement took effect: a second range scan of the same
 * index sums their quantity per indicator from the index alone (it includes
 * {@code quantity}), so years of history cost no sort and no distinct count.
 */
@Component
class IndicatorQuery {

    static final String INDICATORS = """
            with scope as (
                select r.indicator_id, r.agency_id, r.quantity, r.amount_vnd, r.counterpart, r.note,
                       r.occurred_on between :from::date and :to::date as in_period,
                       r.occurred_on between :previousFrom::date and :previousTo::date as in_previous,
                       r.occurred_on >= :effectiveFrom::date as since_effective
                from record r
                where r.agreement_id = :agreement
                  and r.occurred_on >= :previousFrom::date
                  and r.occurred_on <= :to::date
            ),
            history as (
                select past.indicator_id, sum(past.quantity) as quantity
                from record past
                where past.agreement_id = :agreement
                  and past.occurred_on >= :effectiveFrom::date
                  and past.occurred_on < :previousFrom::date
                group by past.indicator_id
            ),
            figures as (
                select indicator_id, agency_id, grouping(agency_id) = 0 as agency_row,
                       %s
                from scope
                group by grouping sets ((indicator_id), (indicator_id, agency_id))
            ),
            targets as (
                select indicator_id, quantity
                from target
                where agreement_id = :agreement and period = :period
            ),
            shown as (
                select indicator_id from figures where not agency_row and (records > 0 or previous_records > 0)
                union
                select indicator_id from targets
            )
            select i.code, i.name, f.code as field_code, f.name as field_name, i.unit,
                   coalesce((select p.phrase from indicator_phrase p where p.indicator_id = i.id
                             order by p.import_id desc limit 1), i.phrase) as phrase,
                   coalesce(x.agency_row, false) as agency_row, ag.code as agency_code, ag.name as agency_name,
                   coalesce(x.records, 0) as records,
                   trim_scale(coalesce(x.quantity, 0)) as quantity,
                   x.amount_vnd::bigint as amount_vnd,
                   coalesce(x.counterparts, 0) as counterparts,
                   coalesce(x.previous_records, 0) as previous_records,
                   trim_scale(coalesce(x.previous_quantity, 0)) as previous_quantity,
                   x.previous_amount_vnd::bigint as previous_amount_vnd,
                   coalesce(x.previous_counterparts, 0) as previous_counterparts,
                   trim_scale(t.quantity) as target,
                   trim_scale(coalesce(x.total_since_effective, 0)
                       + case when coalesce(x.agency_row, false) then 0 else coalesce(h.quantity, 0) end)
                       as total_since_effective,
                   x.note
            from shown s
            join indicator i on i.id = s.indicator_id
            join field f on f.id = i.field_id
            left join figures x on x.indicator_id = s.indicator_id and (not x.agency_row or x.records > 0)
            left join targets t on t.indicator_id = s.indicator_id
            left join history h on h.indicator_id = s.indicator_id
            left join agency ag on x.agency_row and ag.id = x.agency_id
            left join agreement_party p on p.agreement_id = :agreement and p.agency_id = x.agency_id
            order by f.id, i.position nulls last, i.id, coalesce(x.agency_row, false), p.position nulls last, ag.name nulls last
            """.formatted(IndicatorAggregates.COLUMNS);

    private final JdbcClient jdbc;

    IndicatorQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Review.IndicatorFigure> figures(Scope scope) {
        return IndicatorRow.assemble(bind(jdbc.sql(INDICATORS), scope).query(IndicatorRow.class).list());
    }

    /** Binds the statement's parameters; also used to EXPLAIN it in tests. */
    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Scope scope) {
        return statement
                .param("agreement", scope.agreementId())
                .param("period", scope.period().toString())
                .param("from", scope.from())
                .param("to", scope.to())
                .param("previousFrom", scope.previousRange().from())
                .param("previousTo", scope.previousRange().to())
                .param("effectiveFrom", scope.agreement().effectiveFrom());
    }
}
