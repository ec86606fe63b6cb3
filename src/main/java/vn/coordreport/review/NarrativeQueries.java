package vn.coordreport.review;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The words of a review: achievements and limitations. */
@Component
class NarrativeQueries {

    private static final String RESULTS = """
            select f.code as field_code, f.name as field_name, r.occurred_on as date, r.text
            from result r
            join field f on f.id = r.field_id
            where r.agreement_id = :agreement and r.occurred_on between :from::date and :to::date
            order by f.id, r.occurred_on, r.id
            """;

    // RESOLVED: resolved in the period, whenever found (a term's report does not give one found and overcome in
    // its first year as a limitation of the term); NEW: found in the period, open at its end; CARRIED_OVER: found
    // earlier and still open at the period's end.
    private static final String LIMITATIONS = """
            select l.text, f.name as field_name, l.found_on, l.resolved_on, l.cause,
                   case when l.resolved_on <= :to::date then 'RESOLVED'
                        when l.found_on >= :from::date then 'NEW'
                        else 'CARRIED_OVER' end as state
            from limitation l
            left join field f on f.id = l.field_id
            where l.agreement_id = :agreement
              and l.found_on <= :to::date
              and (l.found_on >= :from::date or l.resolved_on is null or l.resolved_on >= :from::date)
            order by case when l.resolved_on <= :to::date then 2
                          when l.found_on >= :from::date then 0
                          else 1 end,
                     f.id nulls last, l.found_on, l.id
            """;

    private static final String ASSESSMENTS = """
            select kind, text
            from assessment
            where agreement_id = :agreement and period = :period
            order by kind, sort_order nulls last, id
            """;

    private final JdbcClient jdbc;

    NarrativeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Review.Result> results(Scope scope) {
        return jdbc.sql(RESULTS).param("agreement", scope.agreementId())
                .param("from", scope.from()).param("to", scope.to())
                .query(Review.Result.class).list();
    }

    List<Review.Limitation> limitations(Scope scope) {
        return jdbc.sql(LIMITATIONS).param("agreement", scope.agreementId())
                .param("from", scope.from()).param("to", scope.to())
                .query(Review.Limitation.class).list();
    }

    List<Review.Assessment> assessments(Scope scope) {
        return jdbc.sql(ASSESSMENTS).param("agreement", scope.agreementId()).param("period", scope.period().toString())
                .query(Review.Assessment.class).list();
    }
}
