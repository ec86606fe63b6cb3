package vn.coordreport.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the tests compare: the coordination tables' contents. */
final class CoordinationTables {

    static final List<String> ALL = List.of("import_batch", "import_file", "field", "indicator", "agency", "agreement",
            "agreement_party", "recipient", "record", "result", "limitation", "task", "target", "commendation",
            "conference", "assessment", "record_replaced", "indicator_phrase");

    private CoordinationTables() {
    }

    /** Every row of every table, as text, in a fixed order: equal dumps mean identical tables. */
    static Map<String, List<String>> dump(JdbcClient jdbc) {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        for (String table : ALL) {
            dump.put(table, jdbc.sql("select t::text from " + table + " t order by 1").query(String.class).list());
        }
        return dump;
    }

    /**
     * The data by codes instead of generated ids and import ids, so that two
     * databases that imported the same data in the same form compare equal.
     */
    static Map<String, List<String>> byCodes(JdbcClient jdbc) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("agency", "select row(code, name, province, parent, signer_title, signer_name, system, unit, contact_email)::text from agency");
        queries.put("field", "select row(code, name)::text from field");
        queries.put("indicator_phrase", "select row(i.code, p.phrase)::text from indicator_phrase p join indicator i on i.id = p.indicator_id");
        queries.put("indicator", "select row(i.code, i.name, f.code, i.unit, i.phrase)::text from indicator i join field f on f.id = i.field_id");
        queries.put("agreement", """
                select row(g.code, g.title, g.province, g.signed_on, g.effective_from, g.effective_to, g.symbol, a.code,
                           g.period_calendar)::text from agreement g join agency a on a.id = g.lead_agency_id""");
        queries.put("agreement_party", """
                select row(g.code, a.code, p.position)::text from agreement_party p
                join agreement g on g.id = p.agreement_id join agency a on a.id = p.agency_id""");
        queries.put("recipient", """
                select row(g.code, r.province, r.email, r.name, r.role)::text from recipient r
                left join agreement g on g.id = r.agreement_id""");
        queries.put("record", """
                select row(g.code, i.code, r.occurred_on, r.quantity, r.amount_vnd, r.counterpart, a.code, r.note, r.ref)::text
                from record r join agreement g on g.id = r.agreement_id join indicator i on i.id = r.indicator_id
                left join agency a on a.id = r.agency_id""");
        queries.put("result", """
                select row(g.code, f.code, r.occurred_on, r.text)::text from result r
                join agreement g on g.id = r.agreement_id join field f on f.id = r.field_id""");
        queries.put("limitation", """
                select row(g.code, l.found_on, l.text, f.code, l.resolved_on, l.cause)::text from limitation l
                join agreement g on g.id = l.agreement_id left join field f on f.id = l.field_id""");
        queries.put("task", """
                select row(g.code, t.period, t.text, f.code, a.code, t.due_on, t.status, t.done_on, t.reference)::text
                from task t join agreement g on g.id = t.agreement_id left join field f on f.id = t.field_id
                left join agency a on a.id = t.lead_agency_id""");
        queries.put("target", """
                select row(g.code, i.code, t.period, t.quantity)::text from target t
                join agreement g on g.id = t.agreement_id join indicator i on i.id = t.indicator_id""");
        queries.put("commendation", """
                select row(g.code, c.period, c.kind, c.count, c.recipient, c.award, c.awarded_on)::text from commendation c
                join agreement g on g.id = c.agreement_id""");
        queries.put("conference", """
                select row(g.code, c.period, c.held_on, c.place, c.chairs, c.name)::text from conference c
                join agreement g on g.id = c.agreement_id""");
        queries.put("assessment", """
                select row(g.code, a.period, a.kind, a.text, a.sort_order)::text from assessment a
                join agreement g on g.id = a.agreement_id""");
        Map<String, List<String>> dump = new LinkedHashMap<>();
        queries.forEach((table, sql) -> dump.put(table, jdbc.sql(sql + " order by 1").query(String.class).list()));
        return dump;
    }

    static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
