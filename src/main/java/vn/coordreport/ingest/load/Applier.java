package vn.coordreport.ingest.load;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.format.FileSpec;

/**
 * The writes of an import, set-based, in dependency order: new catalogue rows
 * (codes already in the database are reused, the checks made sure they are
 * identical, but for an indicator's phrase, which an import may give anew:
 * {@code indicator_phrase}), then every data row not already stored
 * ({@link FactTable#match}), each marked with the import's id, a limitation or
 * a commendation replacing the stored one it corrects ({@link FactTable#replace}). Records are not
 * here: {@link RecordImport} writes them.
 */
public final class Applier {

    private Applier() {
    }

    /** Recipients: written with the catalogue (an agreement's '*' rows name a province, not an agreement). */
    private static final FactTable RECIPIENTS = FactTable.of(FileSpec.RECIPIENTS, "recipient",
            "left join agreement g on g.code = s.agreement", "(s.agreement = '*' or g.id is not null)",
            "agreement_id", "g.id", "province", "case when s.agreement = '*' then s.province end", "email", "s.email",
            "name", "s.name", "role", "s.role");

    /** The catalogue: applied before the records stream into {@code record}, which refer to its ids. */
    public static final List<String> CATALOGUE = List.of("""
            insert into agency (code, name, province, parent, signer_title, signer_name, system_given, unit,
                                contact_email, import_id)
            select code, name, province, parent, signer_title, signer_name, system, unit, contact_email, :id
            from stg_agencies s
            where not exists (select 1 from agency k where k.code = s.code) order by line
            """, """
            insert into field (code, name, import_id)
            select code, name, :id from stg_fields s
            where not exists (select 1 from field k where k.code = s.code) order by line
            """, """
            insert into indicator (code, name, field_id, unit, phrase, import_id)
            select s.code, s.name, f.id, s.unit, s.phrase, :id from stg_indicators s join field f on f.code = s.field
            where not exists (select 1 from indicator k where k.code = s.code) order by s.line
            """, """
            insert into indicator_phrase (indicator_id, phrase, import_id)
            select k.id, s.phrase, :id from stg_indicators s join indicator k on k.code = s.code
            where s.phrase is not null and k.import_id is distinct from :id
              and s.phrase is distinct from coalesce((select p.phrase from indicator_phrase p
                                                      where p.indicator_id = k.id order by p.import_id desc limit 1),
                                                     k.phrase)
            order by s.line
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
            """, RECIPIENTS.insert());

    /** The facts other than records (which {@link RecordImport} writes), recipients first. */
    static final List<FactTable> FACTS = List.of(RECIPIENTS,
            fact(FileSpec.RESULTS, "result", "join field f on f.code = s.field", "true",
                    "field_id", "f.id", "occurred_on", "s.date", "text", "s.text"),
            fact(FileSpec.LIMITATIONS, "limitation", "left join field f on f.code = s.field",
                    "(s.field is null or f.id is not null)",
                    "found_on", "s.date", "text", "s.text", "field_id", "f.id", "resolved_on", "s.resolved_on",
                    "cause", "s.cause").knownBy("agreement_id", "found_on", "text"),
            fact(FileSpec.TASKS, "task", "left join field f on f.code = s.field left join agency a on a.code = s.lead_agency",
                    "(s.field is null or f.id is not null) and (s.lead_agency is null or a.id is not null)",
                    "period", "s.period", "text", "s.text", "field_id", "f.id", "lead_agency_id", "a.id",
                    "due_on", "s.due_on", "status", "s.status", "done_on", "s.done_on", "reference", "s.reference"),
            fact(FileSpec.TARGETS, "target", "join indicator i on i.code = s.indicator", "true",
                    "indicator_id", "i.id", "period", "s.period", "quantity", "cast(s.quantity as numeric(18, 3))"),
            fact(FileSpec.COMMENDATIONS, "commendation", "", "true", "period", "s.period", "kind", "s.kind",
                    "count", "s.count", "recipient", "s.recipient", "award", "s.award", "awarded_on", "s.date")
                    .knownBy("agreement_id", "period", "kind", "recipient", "award", "awarded_on"),
            fact(FileSpec.CONFERENCES, "conference", "", "true", "period", "s.period", "held_on", "s.date",
                    "place", "s.place", "chairs", "s.chairs", "name", "s.name"),
            fact(FileSpec.ASSESSMENTS, "assessment", "", "true", "period", "s.period", "kind", "s.kind",
                    "text", "s.text", "sort_order", "s.\"order\""));

    /** A fact of an agreement named by its code: every fact file's first column. */
    private static FactTable fact(FileSpec file, String table, String joins, String resolved, String... columnsAndValues) {
        String[] all = new String[columnsAndValues.length + 2];
        all[0] = "agreement_id";
        all[1] = "g.id";
        System.arraycopy(columnsAndValues, 0, all, 2, columnsAndValues.length);
        return FactTable.of(file, table, "join agreement g on g.code = s.agreement " + joins, resolved, all);
    }

    /** FACTS without the recipients, which the catalogue writes. */
    static List<FactTable> factsAfterRecords() {
        return FACTS.stream().filter(f -> f != RECIPIENTS).toList();
    }

    /** Writes the new catalogue rows, marked with the import's id; {@code timing} is told each statement run. */
    public static void catalogue(JdbcClient jdbc, long importId, Consumer<String> timing) {
        for (String sql : CATALOGUE) {
            jdbc.sql(sql).param("id", importId).update();
            timing.accept(sql);
        }
    }

    /** Writes the rows of the fact files that refer to records (after these are written). */
    public static void factsAfterRecords(JdbcClient jdbc, long importId, Consumer<String> timing) {
        for (FactTable fact : factsAfterRecords()) {
            if (!fact.key().isEmpty()) {
                jdbc.sql(fact.replace()).param("id", importId).update();
            }
            jdbc.sql(fact.insert()).param("id", importId).update();
            timing.accept(fact.insert());
        }
    }
}
