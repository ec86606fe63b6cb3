package vn.coordreport.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.check.LockedPeriods;
import vn.coordreport.messages.Messages;

/**
 * Undoing an import: every row it added goes, data before catalogue, and the
 * records its corrections replaced come back, unless a later import still
 * refers to an agreement, agency, field or indicator it added, or corrected a
 * record it added, or it changes a period whose final was issued ({@link LockedPeriods});
 * the import is then marked UNDONE, so its files may be
 * imported again. Rows it found already stored are not its own: it leaves them. Nor is it undone while a later
 * import holds rows it added again (found them "already present", V123): they would go from under that import.
 */
final class Undo {

    /** Who else uses what this import added: (other import, what it does with it: a kind of code and the code). */
    private static final String USERS = """
            select import_id, kind, code from (
                select replaced_by as import_id, case when ref is null then 'adopts' else 'corrects' end as kind,
                       coalesce(format('%L', ref), to_char(occurred_on, 'DD/MM/YYYY')) as code
                from record_replaced where import_id = :id
                union all
                select replaced_by, 'corrects.' || table_name,
                       coalesce(format('%L', row ->> 'text'), row ->> 'period')
                from fact_replaced where import_id = :id
                union all
                select r.import_id, 'resends', r.file || '.csv'
                from import_resent r join import_batch b on b.id = r.import_id
                where r.earlier_id = :id and b.status = 'APPLIED'
                union all
                select x.import_id, 'agreement' as kind, g.code as code
                from agreement g join (
                    select agreement_id, import_id from record union all
                    select agreement_id, import_id from record_replaced union all
                    select agreement_id, import_id from assessment union all
                    select agreement_id, import_id from result union all
                    select agreement_id, import_id from limitation union all
                    select agreement_id, import_id from task union all
                    select agreement_id, import_id from target union all
                    select agreement_id, import_id from commendation union all
                    select agreement_id, import_id from conference union all
                    select agreement_id, import_id from recipient) x on x.agreement_id = g.id
                where g.import_id = :id and x.import_id <> :id
                union all
                select x.import_id, 'agency', a.code
                from agency a join (
                    select agency_id, import_id from record union all
                    select agency_id, import_id from record_replaced union all
                    select lead_agency_id, import_id from task union all
                    select p.agency_id, g.import_id from agreement_party p join agreement g on g.id = p.agreement_id) x
                    on x.agency_id = a.id
                where a.import_id = :id and x.import_id is distinct from :id
                union all
                select x.import_id, 'field', f.code
                from field f join (
                    select field_id, import_id from result union all
                    select field_id, import_id from limitation union all
                    select field_id, import_id from task union all
                    select field_id, import_id from indicator) x on x.field_id = f.id
                where f.import_id = :id and x.import_id is distinct from :id
                union all
                select x.import_id, 'indicator', i.code
                from indicator i join (
                    select indicator_id, import_id from record union all
                    select indicator_id, import_id from record_replaced union all
                    select indicator_id, import_id from target union all
                    select indicator_id, import_id from indicator_phrase) x on x.indicator_id = i.id
                where i.import_id = :id and x.import_id <> :id
            ) u order by import_id, kind, code limit 5
            """;

    private static final List<String> TABLES = List.of("recipient", "assessment", "indicator_phrase", "conference",
            "commendation", "target", "task", "limitation", "result", "record", "agreement", "indicator", "field",
            "agency");

    /** The records that the import's corrections replaced, back in record (its own rows of them are gone). */
    private static final String RESTORE = """
            with restored as (delete from record_replaced where replaced_by = :id returning *)
            insert into record (agreement_id, indicator_id, occurred_on, quantity, amount_vnd, counterpart, agency_id,
                                note, ref, import_id)
            select agreement_id, indicator_id, occurred_on, quantity, amount_vnd, counterpart, agency_id, note, ref,
                   import_id
            from restored
            """;

    /** The limitations or commendations that the import's corrections replaced, back as they were. */
    private static final String RESTORE_FACTS = """
            insert into %1$s select (jsonb_populate_record(null::%1$s, row)).*
            from fact_replaced where replaced_by = :id and table_name = '%1$s'
            """;

    private final JdbcClient jdbc;

    Undo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UndoOutcome undo(long id) {
        String status = jdbc.sql("select status from import_batch where id = :id for update").param("id", id)
                .query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("undo.noSuchImport", String.valueOf(id))));
        if (!status.equals("APPLIED")) {
            throw new IllegalArgumentException(Messages.text("undo.alreadyUndone", String.valueOf(id)));
        }
        if (LockedPeriods.prepare(jdbc)) {
            List<String> locked = jdbc.sql(LockedPeriods.TOUCHED_BY_IMPORT).param("id", id).query(String.class).list();
            if (!locked.isEmpty()) {
                throw new IllegalArgumentException(Messages.text("undo.lockedPeriod", String.valueOf(id),
                        String.join(", ", locked)));
            }
        }
        List<Map<String, Object>> users = jdbc.sql(USERS).param("id", id).query().listOfRows();
        if (!users.isEmpty()) {
            StringBuilder uses = new StringBuilder();
            users.forEach(u -> uses.append(u.get("import_id") == null ? Messages.text("undo.anotherModule")
                    : Messages.text("undo.import", String.valueOf(u.get("import_id")))).append(" ")
                    .append(Messages.text("undo.uses." + u.get("kind"), u.get("code"))).append("; "));
            uses.setLength(uses.length() - 2);
            throw new IllegalArgumentException(Messages.text("undo.usedByLater", String.valueOf(id), uses.toString()));
        }
        Map<String, Long> removed = new LinkedHashMap<>();
        for (String table : TABLES) {
            removed.put(table, (long) jdbc.sql("delete from " + table + " where import_id = :id").param("id", id).update());
        }
        long restored = jdbc.sql(RESTORE).param("id", id).update();
        for (String table : List.of("limitation", "commendation")) {
            restored += jdbc.sql(RESTORE_FACTS.formatted(table)).param("id", id).update();
        }
        jdbc.sql("delete from fact_replaced where replaced_by = :id").param("id", id).update();
        jdbc.sql("update import_batch set status = 'UNDONE', undone_at = now() where id = :id").param("id", id).update();
        return new UndoOutcome(id, removed, restored);
    }
}
