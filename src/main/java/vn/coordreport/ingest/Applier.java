package vn.coordreport.ingest;

import java.util.List;

/**
 * The writes of an import, set-based, in dependency order: new catalogue rows
 * (codes already in the database are reused, the checks made sure they are
 * identical), then every data row, each marked with the import's id. Records
 * are not here: {@link RecordLoader} copies them straight into {@code record}.
 */
final class Applier {

    private Applier() {
    }

    /** The catalogue: applied before the records stream into {@code record}, which refer to its ids. */
    static final List<String> CATALOGUE = List.of("""
            insert into agency (code, name, province, parent, signer_title, signer_name, import_id)
            select code, name, province, parent, signer_title, signer_name, :id from stg_agencies s
            where not exists (select 1 from agency k where k.code = s.code) order by line
            """, """
            insert into field (code, name, import_id)
            select code, name, :id from stg_fields s
            where not exists (select 1 from field k where k.code = s.code) order by line
            """, """
            insert into indicator (code, name, field_id, unit, import_id)
            select s.code, s.name, f.id, s.unit, :id from stg_indicators s join field f on f.code = s.field
            where not exists (select 1 from indicator k where k.code = s.code) order by s.line
            """, """
            insert into agreement (code, title, province, signed_on, effective_from, effective_to, symbol,
                                   lead_agency_id, period_calendar, import_id)
            select s.code, s.title, s.province, s.signed_on, coalesce(s.effective_from, s.signed_on), s.effective_to,
                   s.symbol, a.id, s.calendar, :id
            from stg_agreements s
            join stg_parties p on p.line = s.line and p.position = 1
            join agency a on a.code = p.agency
            where not exists (select 1 from agreement k where k.code = s.code) order by s.line
            """, """
            insert into agreement_party (agreement_id, agency_id, position)
            select g.id, a.id, p.position from stg_parties p
            join agreement g on g.code = p.agreement and g.import_id = :id
            join agency a on a.code = p.agency
            order by p.line, p.position
            """, """
            insert into recipient (agreement_id, province, email, name, role, import_id)
            select g.id, case when s.agreement = '*' then s.province end, s.email, s.name, s.role, :id
            from stg_recipients s left join agreement g on g.code = s.agreement order by s.line
            """);

    /** The facts other than records (which {@link RecordLoader} writes), once every file is checked. */
    static final List<String> FACTS = List.of("""
            insert into result (agreement_id, field_id, occurred_on, text, import_id)
            select g.id, f.id, s.date, s.text, :id from stg_results s
            join agreement g on g.code = s.agreement join field f on f.code = s.field order by s.line
            """, """
            insert into limitation (agreement_id, found_on, text, field_id, resolved_on, import_id)
            select g.id, s.date, s.text, f.id, s.resolved_on, :id from stg_limitations s
            join agreement g on g.code = s.agreement left join field f on f.code = s.field order by s.line
            """, """
            insert into task (agreement_id, period, text, field_id, lead_agency_id, due_on, status, done_on, reference,
                              import_id)
            select g.id, s.period, s.text, f.id, a.id, s.due_on, s.status, s.done_on, s.reference, :id from stg_tasks s
            join agreement g on g.code = s.agreement left join field f on f.code = s.field
            left join agency a on a.code = s.lead_agency order by s.line
            """, """
            insert into target (agreement_id, indicator_id, period, quantity, import_id)
            select g.id, i.id, s.period, s.quantity, :id from stg_targets s
            join agreement g on g.code = s.agreement join indicator i on i.code = s.indicator order by s.line
            """, """
            insert into commendation (agreement_id, period, kind, count, recipient, award, awarded_on, import_id)
            select g.id, s.period, s.kind, s.count, s.recipient, s.award, s.date, :id from stg_commendations s
            join agreement g on g.code = s.agreement order by s.line
            """, """
            insert into conference (agreement_id, period, held_on, place, chairs, name, import_id)
            select g.id, s.period, s.date, s.place, s.chairs, s.name, :id from stg_conferences s
            join agreement g on g.code = s.agreement order by s.line
            """);
}
