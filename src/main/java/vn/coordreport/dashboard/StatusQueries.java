package vn.coordreport.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.coordreport.period.DateRange;

/** Where the work stands: open limitations and tasks, agencies that sent nothing, reports issued. */
@Component
class StatusQueries {

    private static final String OPEN_ITEMS = """
            select 'LIMITATION' as kind, a.code as agreement_code, l.text, f.name as field_name,
                   l.found_on as since, :today::date - l.found_on as age_days
            from limitation l
            join agreement a on a.id = l.agreement_id
            left join field f on f.id = l.field_id
            where l.agreement_id = any(cast(:agreements as int[]))
              and l.found_on <= :today::date and (l.resolved_on is null or l.resolved_on > :today::date)
              and (:field = '' or f.code = :field)
            union all
            select 'TASK', a.code, t.text, f.name, t.due_on, greatest(coalesce(:today::date - t.due_on, 0), 0)
            from task t
            join agreement a on a.id = t.agreement_id
            left join field f on f.id = t.field_id
            where t.agreement_id = any(cast(:agreements as int[]))
              and t.status in ('PLANNED', 'IN_PROGRESS')
              and (:field = '' or f.code = :field)
            order by age_days desc, agreement_code, kind, text
            """;

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

    private static final String ISSUED = """
            select d.issued_version_id as version_id, d.agreement_code, d.period,
                   case when d.document_number < 10 then '0' else '' end || d.document_number
                       || coalesce(d.number_symbol, '') as number_symbol, d.issued_on,
                   d.title
            from final_document d
            where d.state = 'ISSUED' and d.province = :province and (:code = '' or d.agreement_code = :code)
            order by d.issued_on desc, d.document_number desc
            limit :limit
            """;

    private final JdbcClient jdbc;

    StatusQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OpenItem> openItems(List<ScopedAgreement> agreements, String fieldCode, LocalDate today) {
        return jdbc.sql(OPEN_ITEMS).param("agreements", ids(agreements)).param("today", today)
                .param("field", fieldCode == null ? "" : fieldCode).query(OpenItem.class).list();
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
