package vn.coordreport.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/**
 * A digest of every row a review reads, in one statement. Each source's rows
 * are hashed as a multiset (count and the sum of a 64-bit hash of each row's
 * text), which needs no sort and still sees duplicated, moved or edited rows;
 * import ids are left out so that undoing and re-importing the same data keeps
 * the fingerprint. The calendar is resolved inside the statement, so the caller
 * passes the dates of both.
 * <p>
 * The digest reads every record of the agreement since it took effect, so it
 * is remembered in {@code fingerprint_cache} with the revisions of its inputs
 * ({@code input_revision}, bumped by statement-level triggers on the data
 * tables: sql/V85), read in the same statement. While those revisions are
 * unchanged, the remembered digest is returned after one index lookup; once one
 * changes, it is computed again from the rows, so equal data still gives an
 * equal digest.
 */
@Component
class FingerprintQuery {

    private static final Map<String, String> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("scope", "select d.code, d.cal, d.title, d.province, d.signed_on, d.effective_from, "
                + "d.effective_to, d.symbol, d.lead_agency_id, :period as period, d.from_day, d.to_day, "
                + "d.previous_from, d.previous_to from d");
        SOURCES.put("agencies", "select ag.id, ag.code, ag.name, ag.province, ag.parent, ag.signer_title, "
                + "ag.signer_name, p.position from d join agency ag on ag.id = d.lead_agency_id "
                + "or ag.id in (select agency_id from agreement_party where agreement_id = d.id) "
                + "or ag.id in (select agency_id from rec) left join agreement_party p "
                + "on p.agreement_id = d.id and p.agency_id = ag.id");
        SOURCES.put("catalogue", "select f.id, f.code, f.name, i.id, i.code, i.name, i.unit "
                + "from indicator i join field f on f.id = i.field_id");
        SOURCES.put("fields", "select id, code, name from field");
        SOURCES.put("records", "select * from rec");
        SOURCES.put("targets", "select t.indicator_id, t.quantity from d join target t "
                + "on t.agreement_id = d.id and t.period = :period");
        SOURCES.put("results", "select r.field_id, r.occurred_on, r.text from d join result r "
                + "on r.agreement_id = d.id and r.occurred_on between d.from_day and d.to_day");
        SOURCES.put("limitations", "select l.found_on, l.text, l.field_id, l.resolved_on from d join limitation l "
                + "on l.agreement_id = d.id and l.found_on <= d.to_day");
        SOURCES.put("tasks", "select t.agreement_id, t.period, t.text, t.field_id, ag.name, t.due_on, t.status, "
                + "t.done_on, t.reference from task t left join agency ag on ag.id = t.lead_agency_id "
                + "where t.agreement_id in (select id from d union all select id from successor) "
                + "and t.period = any (string_to_array(:period || ',' || :following, ','))");
        SOURCES.put("commendations", "select c.kind, c.count, c.recipient, c.award, c.awarded_on from d "
                + "join commendation c on c.agreement_id = d.id and c.period = :period");
        SOURCES.put("conference", "select c.name, c.held_on, c.place, c.chairs from d "
                + "join conference c on c.agreement_id = d.id and c.period = :period");
        SOURCES.put("recipients", "select r.agreement_id, r.email, r.name, r.role from d join recipient r "
                + "on r.agreement_id = d.id or r.province = d.province");
    }

    /**
     * The revisions a review's inputs are at: the shared one, the agreement's, and its successors' (whose
     * tasks for the next period it reports). A changed agreement row bumps the shared revision.
     */
    private static final String REVISION = """
            select concat_ws(':', g.revision, coalesce(r.revision::text, '-'),
                   (select string_agg(s.id || '=' || coalesce(sr.revision::text, '-'), ',' order by s.id)
                    from agreement s left join input_revision sr on sr.agreement_id = s.id
                    where s.province = a.province and s.lead_agency_id = a.lead_agency_id
                      and s.effective_from = a.effective_to + 1))
            from agreement a
            join input_revision g on g.agreement_id = 0
            left join input_revision r on r.agreement_id = a.id
            where a.code = :code""";

    private static final String CACHED = """
            select c.fingerprint from fingerprint_cache c
            where c.key = :key and c.revision = (%s)
            """.formatted(REVISION);

    private static final String REMEMBER = """
            insert into fingerprint_cache (key, revision, fingerprint) values (:key, :revision, :fingerprint)
            on conflict (key) do update set revision = excluded.revision, fingerprint = excluded.fingerprint
            """;

    private static final String FINGERPRINT = """
            with a as (
                select a.*, coalesce(:calendar, a.period_calendar, :defaultCalendar) as cal
                from agreement a
                where a.code = :code
            ),
            d as (
                select a.*,
                       case when cal = 'calendar' then :calFrom::date else :d09From::date end as from_day,
                       case when cal = 'calendar' then :calTo::date else :d09To::date end as to_day,
                       case when cal = 'calendar' then :calPreviousFrom::date else :d09PreviousFrom::date end
                           as previous_from,
                       case when cal = 'calendar' then :calPreviousTo::date else :d09PreviousTo::date end
                           as previous_to
                from a
            ),
            successor as (
                select s.id from d join agreement s on s.province = d.province
                    and s.lead_agency_id = d.lead_agency_id and s.effective_from = d.effective_to + 1
            ),
            rec as (
                select r.indicator_id, r.occurred_on, r.quantity, r.amount_vnd, r.counterpart, r.agency_id
                from d join record r on r.agreement_id = d.id
                    and r.occurred_on >= least(d.previous_from, d.effective_from) and r.occurred_on <= d.to_day
            ),
            parts as (
            %s
            )
            select md5(string_agg(source || ':' || n || ':' || h, ';' order by source)) as fingerprint,
                   (%s) as revision
            from parts
            where exists (select 1 from d)
            """.formatted(SOURCES.entrySet().stream()
            .map(e -> "    select '%s' as source, count(*) as n, coalesce(sum(('x' || left(md5(s::text), 16))"
                    .formatted(e.getKey()) + "::bit(64)::bigint::numeric), 0) as h from (" + e.getValue() + ") s")
            .collect(Collectors.joining("\n    union all\n")), REVISION);

    private record Computed(String fingerprint, String revision) {
    }

    private final JdbcClient jdbc;

    FingerprintQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> fingerprint(String code, Period period, PeriodCalendar calendarOrNull,
            PeriodCalendar defaultCalendar) {
        String trimmed = code == null ? null : code.trim();
        String key = String.join("|", String.valueOf(trimmed), period.toString(),
                calendarOrNull == null ? "" : calendarOrNull.id(), defaultCalendar.id());
        Optional<String> cached = jdbc.sql(CACHED).param("key", key).param("code", trimmed)
                .query(String.class).optional();
        if (cached.isPresent()) {
            return cached;
        }
        Optional<Computed> computed = compute(trimmed, period, calendarOrNull, defaultCalendar);
        computed.ifPresent(c -> jdbc.sql(REMEMBER).param("key", key).param("revision", c.revision())
                .param("fingerprint", c.fingerprint()).update());
        return computed.map(Computed::fingerprint);
    }

    private Optional<Computed> compute(String code, Period period, PeriodCalendar calendarOrNull,
            PeriodCalendar defaultCalendar) {
        DateRange d09 = period.range(PeriodCalendar.DECREE_09);
        DateRange cal = period.range(PeriodCalendar.CALENDAR);
        Period previous = period.previousComparable();
        DateRange d09Previous = previous.range(PeriodCalendar.DECREE_09);
        DateRange calPrevious = previous.range(PeriodCalendar.CALENDAR);
        return jdbc.sql(FINGERPRINT)
                .param("code", code)
                .param("calendar", calendarOrNull == null ? null : calendarOrNull.id(), java.sql.Types.VARCHAR)
                .param("defaultCalendar", defaultCalendar.id())
                .param("period", period.toString())
                .param("following", String.join(",", period.following().stream().map(Period::toString).toList()))
                .param("d09From", d09.from()).param("d09To", d09.to())
                .param("calFrom", cal.from()).param("calTo", cal.to())
                .param("d09PreviousFrom", d09Previous.from()).param("d09PreviousTo", d09Previous.to())
                .param("calPreviousFrom", calPrevious.from()).param("calPreviousTo", calPrevious.to())
                .query(Computed.class)
                .list().stream().filter(c -> c.fingerprint() != null).findFirst();
    }
}
