package vn.coordreport.submission;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/**
 * The module's façade: per period, which party agencies of each agreement have sent data (completeness)
 * and whether by the deadline (timeliness), as DHIS2 reports a data set's. An agency has sent a period's
 * data when rows it reports on are stored: records whose {@code agency} it is, dated in the period (a record
 * that names no agency is the reporting agency's, the agreement's first party, as the import format calls it), and
 * tasks of the period it leads. It sent them when the import that stored them ran (in
 * {@code coordreport.time-zone}); on time when its first such import ran by the deadline, the period's
 * cut-off plus {@code coordreport.submission.deadline-working-days} working days. A record a later import
 * corrected (or numbered with a ref) still tells when it was first sent: a correction does not make the
 * agency late; a row only numbered does not move the date it was sent either. An agency none of whose rows is
 * stored in the period any more (corrected into another, a mistyped year) has not sent it.
 */
@Service
public class Submissions {

    private static final String ROWS = """
            with a as (
                select a.id, a.code, a.effective_from, a.effective_to, a.cal as calendar,
                       case when a.cal = 'decree-09' then :dFrom else :cFrom end as p_from,
                       case when a.cal = 'decree-09' then :dTo else :cTo end as p_to
                from (select *, coalesce(period_calendar, :calendar) as cal from agreement) a
                where (cast(:agreement as text) is null or a.code = cast(:agreement as text))
                  and (cast(:province as text) is null
                       or normalize(a.province, NFC) = normalize(trim(cast(:province as text)), NFC))
            ), lead as (
                -- a record that names no agency was reported by its agreement's reporting agency, the first party
                select distinct on (p.agreement_id) p.agreement_id, p.agency_id
                from a join agreement_party p on p.agreement_id = a.id
                order by p.agreement_id, p.position
            ), sent as (
                select r.agreement_id, coalesce(r.agency_id, lead.agency_id) as agency_id,
                       coalesce(numbered.started_at, b.started_at) as started_at, true as stored
                from a join record r on r.agreement_id = a.id and r.occurred_on between a.p_from and a.p_to
                join lead on lead.agreement_id = a.id
                join import_batch b on b.id = r.import_id
                -- a row sent again unchanged but for the ref it now has was sent when the row it took the place of was
                left join lateral (
                    select min(bx.started_at) as started_at
                    from record_replaced x join import_batch bx on bx.id = x.import_id
                    where r.ref is not null and x.replaced_by = r.import_id and x.ref is null
                      and (x.agreement_id, x.indicator_id, x.occurred_on, x.quantity, x.amount_vnd, x.counterpart,
                           x.agency_id, x.note) is not distinct from (r.agreement_id, r.indicator_id, r.occurred_on,
                           r.quantity, r.amount_vnd, r.counterpart, r.agency_id, r.note)) numbered on true
                union all
                select r.agreement_id, coalesce(r.agency_id, lead.agency_id), b.started_at, false
                from a join record_replaced r on r.agreement_id = a.id and r.occurred_on between a.p_from and a.p_to
                join lead on lead.agreement_id = a.id
                join import_batch b on b.id = r.import_id
                -- a row corrected into another period (a year mistyped) was never this period's
                where (r.ref is null or exists (
                      select from record c
                      where c.agreement_id = r.agreement_id and c.agency_id = r.agency_id and c.ref = r.ref
                        and c.occurred_on between a.p_from and a.p_to))
                union all
                select t.agreement_id, t.lead_agency_id, b.started_at, true
                from a join task t on t.agreement_id = a.id and t.period = :period
                join import_batch b on b.id = t.import_id
                where t.lead_agency_id is not null
            )
            select a.code as agreement_code, a.calendar, ag.code as agency_code, ag.name as agency_name,
                   ag.contact_email, a.p_to as cut_off,
                   -- sent when something of it is stored: the rows it sent may all have been corrected away
                   case when bool_or(s.stored) then min(s.started_at) end as first_sent,
                   case when bool_or(s.stored) then max(s.started_at) end as last_sent,
                   count(*) filter (where s.stored) as rows
            from a
            join agreement_party p on p.agreement_id = a.id
            join agency ag on ag.id = p.agency_id
            left join sent s on s.agreement_id = a.id and s.agency_id = p.agency_id
            where a.effective_from <= a.p_to and (a.effective_to is null or a.effective_to >= a.p_from)
            group by a.code, a.calendar, a.p_to, ag.code, ag.name, ag.contact_email, p.position
            order by a.code, p.position, ag.code
            """;

    private record Sent(String agreementCode, String calendar, String agencyCode, String agencyName,
            String contactEmail, LocalDate cutOff, OffsetDateTime firstSent, OffsetDateTime lastSent, long rows) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final String defaultCalendar;
    private final SubmissionProperties properties;
    private final WorkingDays workingDays;

    Submissions(JdbcClient jdbc, Clock clock, @Value("${coordreport.time-zone}") ZoneId zone,
            @Value("${coordreport.period-calendar:decree-09}") String defaultCalendar, SubmissionProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
        this.defaultCalendar = PeriodCalendar.fromId(defaultCalendar).id();
        this.properties = properties;
        this.workingDays = new WorkingDays(properties.holidays(), properties.workingSaturdays());
    }

    /** Today's rows (see {@link #of(Period, String, String, LocalDate)}). */
    public List<SubmissionRow> of(Period period, String agreementOrNull, String provinceOrNull) {
        return of(period, agreementOrNull, provinceOrNull, LocalDate.now(clock.withZone(zone)));
    }

    /**
     * One row per agreement in force during the period and party agency, by agreement and party (the lead
     * first); only one agreement's, or one province's, when given. {@code today} tells a missing agency
     * from a pending one.
     */
    public List<SubmissionRow> of(Period period, String agreementOrNull, String provinceOrNull, LocalDate today) {
        DateRange decree = period.range(PeriodCalendar.DECREE_09);
        DateRange plain = period.range(PeriodCalendar.CALENDAR);
        return jdbc.sql(ROWS).param("calendar", defaultCalendar).param("dFrom", decree.from()).param("dTo", decree.to())
                .param("cFrom", plain.from()).param("cTo", plain.to()).param("period", period.toString())
                .param("agreement", blankToNull(agreementOrNull), Types.VARCHAR)
                .param("province", blankToNull(provinceOrNull), Types.VARCHAR)
                .query(Sent.class).list().stream().map(s -> row(s, today)).toList();
    }

    /** The deadline of data cut off on a day. */
    LocalDate deadline(LocalDate cutOff) {
        return workingDays.plus(cutOff, properties.deadlineWorkingDays());
    }

    WorkingDays workingDays() {
        return workingDays;
    }

    private SubmissionRow row(Sent s, LocalDate today) {
        LocalDate deadline = deadline(s.cutOff());
        LocalDate first = s.firstSent() == null ? null : s.firstSent().atZoneSameInstant(zone).toLocalDate();
        LocalDate last = s.lastSent() == null ? null : s.lastSent().atZoneSameInstant(zone).toLocalDate();
        SubmissionRow.Status status = first != null ? (first.isAfter(deadline) ? SubmissionRow.Status.LATE
                : SubmissionRow.Status.ON_TIME)
                : today.isAfter(deadline) ? SubmissionRow.Status.MISSING : SubmissionRow.Status.PENDING;
        return new SubmissionRow(s.agreementCode(), s.agencyCode(), s.agencyName(), s.contactEmail(), s.cutOff(),
                deadline, last, s.rows(), status);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
