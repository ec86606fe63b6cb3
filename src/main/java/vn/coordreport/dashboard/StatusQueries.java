package vn.coordreport.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;

/** Where the work stands: open limitations and tasks, agencies that sent nothing, reports issued. */
@Component
class StatusQueries {

    private static final String OPEN_ITEMS = """
            select 'LIMITATION' as kind, a.id as agreement_id, a.code as agreement_code, l.text, f.name as field_name,
                   l.found_on as since, null as period
            from limitation l
            join agreement a on a.id = l.agreement_id
            left join field f on f.id = l.field_id
            where l.agreement_id = any(cast(:agreements as int[]))
              and l.found_on <= :today::date and (l.resolved_on is null or l.resolved_on > :today::date)
              and (:field = '' or f.code = :field)
            union all
            select 'TASK', a.id, a.code, t.text, f.name, t.due_on, t.period
            from task t
            join agreement a on a.id = t.agreement_id
            left join field f on f.id = t.field_id
            where t.agreement_id = any(cast(:agreements as int[]))
              and t.status in ('PLANNED', 'IN_PROGRESS')
              and (:field = '' or f.code = :field)
            """;

    /** A row of {@link #OPEN_ITEMS}: a task's period is its deadline where it has no due date. */
    private record OpenRow(String kind, int agreementId, String agreementCode, String text, String fieldName,
            LocalDate since, String period) {
    }

    // a party is silent when no record of its agreement in the period names it: a range scan of the agreement's
    // period in record_agreement_date that stops at the party's first record
    private static final String SILENT = """
            with slot as (
                select * from unnest(cast(:agreements as int[]), cast(:froms as date[]), cast(:tos as date[]))
                    s (agreement_id, day_from, day_to)
            )
            select a.code as agreement_code, ag.code as agency_code, ag.name as agency_name
            from slot s
            join agreement a on a.id = s.agreement_id
            join agreement_party p on p.agreement_id = s.agreement_id
            join agency ag on ag.id = p.agency_id
            where s.day_from <= :today::date
              and a.effective_from <= s.day_to and (a.effective_to is null or a.effective_to >= s.day_from)
              and not exists (select 1 from record r
                              where r.agreement_id = s.agreement_id and r.occurred_on between s.day_from and s.day_to
                                and r.agency_id = p.agency_id)
              and not exists (select 1 from record_replaced r
                              where r.agreement_id = s.agreement_id and r.occurred_on between s.day_from and s.day_to
                                and r.agency_id = p.agency_id)
              and not exists (select 1 from task t
                              where t.agreement_id = s.agreement_id and t.period = :period
                                and t.lead_agency_id = p.agency_id)
            order by a.code, p.position
            """;

    // the next document issued (of a later version) for the same agreement, period and calendar replaces it, as the
    // register annotates it: 01 by 02 and 02 by 03, the one without a note the one in force
    private static final String ISSUED = """
            select d.issued_version_id as version_id, d.agreement_code, d.period,
                   case when d.document_number < 10 then '0' else '' end || d.document_number
                       || coalesce(d.number_symbol, '') as number_symbol, d.issued_on,
                   d.title,
                   (select case when n.document_number < 10 then '0' else '' end || n.document_number
                               || coalesce(n.number_symbol, '')
                    from final_document n
                    join report_version nv on nv.id = n.version_id
                    where n.state = 'ISSUED' and n.agreement_code = d.agreement_code and n.period = d.period
                      and nv.calendar = v.calendar and n.version_id > d.version_id
                    order by n.version_id asc limit 1) as replaced_by
            from final_document d
            join report_version v on v.id = d.version_id
            where d.state = 'ISSUED' and d.province = :province and (:code = '' or d.agreement_code = :code)
            order by d.issued_on desc, d.document_number desc
            limit :limit
            """;

    private final JdbcClient jdbc;

    StatusQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The open limitations and tasks, the oldest first. A task without a due date is due when its period ends (in its
     * agreement's calendar): one set for 2022 and still planned was "not overdue" in 2026.
     */
    List<OpenItem> openItems(List<ScopedAgreement> agreements, String fieldCode, LocalDate today) {
        Map<Integer, ScopedAgreement> byId = agreements.stream()
                .collect(Collectors.toMap(ScopedAgreement::id, a -> a, (a, b) -> a));
        return jdbc.sql(OPEN_ITEMS).param("agreements", ids(agreements)).param("today", today)
                .param("field", fieldCode == null ? "" : fieldCode).query(OpenRow.class).list().stream()
                .map(r -> item(r, byId.get(r.agreementId()), today))
                .sorted(Comparator.comparingLong(OpenItem::ageDays).reversed()
                        .thenComparing(OpenItem::agreementCode).thenComparing(OpenItem::kind)
                        .thenComparing(OpenItem::text))
                .toList();
    }

    private static OpenItem item(OpenRow r, ScopedAgreement agreement, LocalDate today) {
        if (r.kind().equals("LIMITATION")) {
            return new OpenItem(r.kind(), r.agreementCode(), r.text(), r.fieldName(), r.since(),
                    ChronoUnit.DAYS.between(r.since(), today), false);
        }
        LocalDate due = r.since();
        boolean periodEnd = false;
        if (due == null && agreement != null) {
            try {
                due = Period.parse(r.period()).range(agreement.calendar()).to();
                periodEnd = true;
            } catch (IllegalArgumentException | NullPointerException notAPeriod) {
                due = null; // a period the format does not know: no deadline to tell
            }
        }
        long overdue = due == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(due, today));
        return new OpenItem(r.kind(), r.agreementCode(), r.text(), r.fieldName(), due, overdue, periodEnd);
    }

    List<SilentAgency> silent(List<ScopedAgreement> agreements, vn.coordreport.period.Period period, LocalDate today) {
        List<DateRange> ranges = agreements.stream().map(a -> a.range(period)).toList();
        return jdbc.sql(SILENT).param("agreements", ids(agreements))
                .param("froms", IndicatorFigureQuery.array(ranges.stream().map(r -> r.from().toString()).toList()))
                .param("tos", IndicatorFigureQuery.array(ranges.stream().map(r -> r.to().toString()).toList()))
                .param("period", period.toString()).param("today", today).query(SilentAgency.class).list();
    }

    List<IssuedReport> issued(String province, String agreementCode, int limit) {
        return jdbc.sql(ISSUED).param("province", province).param("code", agreementCode == null ? "" : agreementCode)
                .param("limit", limit).query(IssuedReport.class).list();
    }

    private static String ids(List<ScopedAgreement> agreements) {
        return IndicatorFigureQuery.array(agreements.stream().map(a -> Integer.toString(a.id())).toList());
    }
}
