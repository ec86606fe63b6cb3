package vn.coordreport.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.coordreport.period.PeriodCalendar;

/** The filters' choices and the agreements a scope names. */
@Component
class ScopeQueries {

    /**
     * The agreements of a province on the dashboard: those recorded with it, and those its agencies lead (an
     * agreement between provinces recorded with the other's), whose reports it issues and reads (security.md).
     */
    private static final String OF_PROVINCE = """
            (a.province = :province
             or exists (select 1 from agency g where g.id = a.lead_agency_id and g.province = :province))""";

    private static final String AGREEMENTS = """
            select id, code, title, signed_on, effective_from, effective_to, period_calendar
            from agreement a
            where %s and (:code = '' or code = :code)
            order by code
            """.formatted(OF_PROVINCE);

    // the newest record of each agreement, read backwards from the end of its range of record_agreement_date
    private static final String LATEST_DAY = """
            select max(last.day)
            from agreement a
            cross join lateral (select r.occurred_on as day from record r where r.agreement_id = a.id
                                order by r.occurred_on desc limit 1) last
            where %s
            """.formatted(OF_PROVINCE);

    private final JdbcClient jdbc;
    private final PeriodCalendar defaultCalendar;

    ScopeQueries(JdbcClient jdbc, @Value("${coordreport.period-calendar:decree-09}") String defaultCalendar) {
        this.jdbc = jdbc;
        this.defaultCalendar = PeriodCalendar.fromId(defaultCalendar);
    }

    private record AgreementRow(int id, String code, String title, LocalDate signedOn, LocalDate effectiveFrom,
            LocalDate effectiveTo, String periodCalendar) {
    }

    List<ScopedAgreement> agreements(String province, String code) {
        return jdbc.sql(AGREEMENTS).param("province", province).param("code", code == null ? "" : code)
                .query(AgreementRow.class).list().stream()
                .map(a -> new ScopedAgreement(a.id(), a.code(), a.title(), a.signedOn(), a.effectiveFrom(),
                        a.effectiveTo(), a.periodCalendar() == null ? defaultCalendar
                                : PeriodCalendar.fromId(a.periodCalendar())))
                .toList();
    }

    /** The provinces with agreements: recorded with them, or led by one of their agencies. */
    List<String> provinces() {
        return jdbc.sql("""
                select province from agreement
                union
                select g.province from agreement a join agency g on g.id = a.lead_agency_id
                order by 1
                """).query(String.class).list();
    }

    List<Option> fields() {
        return jdbc.sql("select code as value, name as label from field order by id").query(Option.class).list();
    }

    /** The last year a regulation of the province is in effect, this year at the latest. */
    int lastTermYear(String province, int thisYear) {
        return jdbc.sql("""
                select coalesce(max(least(coalesce(extract(year from effective_to)::int, :year), :year)), :year)
                from agreement a where %s
                """.formatted(OF_PROVINCE)).param("province", province).param("year", thisYear).query(Integer.class)
                .single();
    }

    Optional<LocalDate> latestDay(String province) {
        return jdbc.sql(LATEST_DAY).param("province", province).query(LocalDate.class).optional();
    }
}
