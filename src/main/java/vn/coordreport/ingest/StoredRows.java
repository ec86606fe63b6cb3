package vn.coordreport.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.coordreport.period.DateRange;

/**
 * What is stored of one agreement and period, file by file of the import format, so that whoever enters a period's
 * figures sees what is there already and corrects it rather than typing it twice: the dated facts (records,
 * results, limitations) of the period's days, the others (tasks, targets, commendations, assessments) given for
 * the period itself.
 *
 * <p>Values are keyed by the file's column and typed as stored (codes, {@code LocalDate}, {@code BigDecimal},
 * {@code Long}, text); each row names the import that last wrote it. A file's rows are listed up to {@link #LIMIT},
 * with how many there are.
 */
@Service
public class StoredRows {

    /** Rows listed per file at most. */
    public static final int LIMIT = 500;

    /** A stored row: its values by the file's column (a column without a value is absent), and its import. */
    public record Row(Map<String, Object> values, long importId) {
    }

    /** A file's rows, at most {@link #LIMIT} of them, and how many are stored. */
    public record Rows(List<Row> rows, int total) {
    }

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("records.csv", """
                select i.code as indicator, r.occurred_on as date, r.quantity, r.amount_vnd, r.counterpart,
                       g.code as agency, r.note, r.ref, r.import_id
                from record r join indicator i on i.id = r.indicator_id left join agency g on g.id = r.agency_id
                where r.agreement_id = :agreement and r.occurred_on between :from and :to
                order by r.occurred_on, i.position, i.id, g.code nulls first, r.ref nulls first, r.counterpart
                """);
        QUERIES.put("results.csv", """
                select f.code as field, r.occurred_on as date, r.text, r.import_id
                from result r join field f on f.id = r.field_id
                where r.agreement_id = :agreement and r.occurred_on between :from and :to
                order by r.occurred_on, f.code, r.id
                """);
        QUERIES.put("limitations.csv", """
                select l.found_on as date, l.text, f.code as field, l.resolved_on, l.cause, l.import_id
                from limitation l left join field f on f.id = l.field_id
                where l.agreement_id = :agreement and l.found_on between :from and :to
                order by l.found_on, l.id
                """);
        QUERIES.put("tasks.csv", """
                select t.period, t.text, f.code as field, g.code as lead_agency, t.due_on, t.status, t.done_on,
                       t.reference, t.import_id
                from task t left join field f on f.id = t.field_id left join agency g on g.id = t.lead_agency_id
                where t.agreement_id = :agreement and t.period = :period
                order by t.id
                """);
        QUERIES.put("targets.csv", """
                select i.code as indicator, t.period, t.quantity, t.import_id
                from target t join indicator i on i.id = t.indicator_id
                where t.agreement_id = :agreement and t.period = :period
                order by i.position, i.id
                """);
        QUERIES.put("commendations.csv", """
                select c.period, c.kind, c.count, c.recipient, c.award, c.awarded_on as date, c.import_id
                from commendation c
                where c.agreement_id = :agreement and c.period = :period
                order by c.kind, c.id
                """);
        QUERIES.put("assessments.csv", """
                select a.period, a.kind, a.text, a.sort_order as "order", a.import_id
                from assessment a
                where a.agreement_id = :agreement and a.period = :period
                order by a.kind, a.sort_order nulls last, a.id
                """);
    }

    private final JdbcClient jdbc;

    StoredRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The stored rows of an agreement for a period, by file in the import format's order; an unknown agreement has
     * none.
     *
     * @param period the period as the files write it ({@code 2021-H1}), which tasks, targets, commendations and
     *               assessments are given for
     * @param days   the period's days in the agreement's calendar, which dated rows lie in
     */
    public Map<String, Rows> of(String agreementCode, String period, DateRange days) {
        Integer agreement = jdbc.sql("select id from agreement where code = :code").param("code", agreementCode)
                .query(Integer.class).optional().orElse(null);
        Map<String, Rows> stored = new LinkedHashMap<>();
        QUERIES.forEach((file, sql) -> {
            if (agreement == null) {
                stored.put(file, new Rows(List.of(), 0));
                return;
            }
            List<Row> rows = new ArrayList<>();
            int[] total = {0};
            jdbc.sql(sql).param("agreement", agreement).param("period", period).param("from", days.from())
                    .param("to", days.to()).query(result -> {
                        total[0]++;
                        if (rows.size() < LIMIT) {
                            rows.add(row(result));
                        }
                    });
            stored.put(file, new Rows(List.copyOf(rows), total[0]));
        });
        return stored;
    }

    private static Row row(java.sql.ResultSet result) throws java.sql.SQLException {
        java.sql.ResultSetMetaData meta = result.getMetaData();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnLabel(i);
            if (column.equals("import_id")) {
                continue;
            }
            Object value = switch (meta.getColumnType(i)) {
                case java.sql.Types.DATE -> result.getObject(i, java.time.LocalDate.class);
                case java.sql.Types.NUMERIC -> result.getBigDecimal(i) == null ? null
                        : result.getBigDecimal(i).stripTrailingZeros();
                case java.sql.Types.BIGINT, java.sql.Types.INTEGER -> result.getObject(i) == null ? null : result.getLong(i);
                default -> result.getString(i);
            };
            if (value != null) {
                values.put(column, value);
            }
        }
        return new Row(values, result.getLong("import_id"));
    }
}
