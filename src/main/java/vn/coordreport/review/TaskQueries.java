package vn.coordreport.review;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key tasks set for the period (and the periods within it), and those set for the periods after it. The
 * next tasks may belong to the agreement's successor: an agreement of the same
 * province and lead agency that takes effect the day after this one ends
 * (a term review is often followed by signing the next regulation).
 */
@Component
class TaskQueries {

    private static final String COLUMNS = """
            select t.period, t.text, f.name as field_name, ag.name as lead_agency_name,
                   t.due_on, t.status, t.done_on, t.reference
            from task t
            left join field f on f.id = t.field_id
            left join agency ag on ag.id = t.lead_agency_id
            """;

    /**
     * The tasks of the period and of the periods within it, in the order the periods end; a task set again for a
     * later one of them (carried over, its status since) is given once, as that later one has it.
     */
    private static final String TASKS = """
            select period, text, field_name, lead_agency_name, due_on, status, done_on, reference
            from (select distinct on (lower(btrim(t.text))) t.period, t.text, f.name as field_name,
                         ag.name as lead_agency_name, t.due_on, t.status, t.done_on, t.reference, p.position, t.id
                  from task t
                  join unnest(string_to_array(:periods, ',')) with ordinality p (code, position) on p.code = t.period
                  left join field f on f.id = t.field_id
                  left join agency ag on ag.id = t.lead_agency_id
                  where t.agreement_id = :agreement
                  order by lower(btrim(t.text)), p.position desc, t.id desc) latest
            order by position, id
            """;

    private static final String NEXT_TASKS = """
            with agreements as (
                select a.id, 0 as successor from agreement a where a.id = :agreement
                union all
                select s.id, 1
                from agreement a
                join agreement s on s.province = a.province and s.lead_agency_id = a.lead_agency_id
                                and s.effective_from = a.effective_to + 1
                where a.id = :agreement
            )
            """ + COLUMNS + """
            join agreements x on x.id = t.agreement_id
            where t.period = any (string_to_array(:following, ','))
            order by array_position(string_to_array(:following, ','), t.period), x.successor, t.id
            """;

    private final JdbcClient jdbc;

    TaskQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Review.Task> tasks(Scope scope) {
        return jdbc.sql(TASKS).param("agreement", scope.agreementId()).param("periods", scope.periodAndWithin())
                .query(Review.Task.class).list();
    }

    List<Review.Task> nextTasks(Scope scope) {
        return jdbc.sql(NEXT_TASKS).param("agreement", scope.agreementId()).param("following", scope.following())
                .query(Review.Task.class).list();
    }
}
