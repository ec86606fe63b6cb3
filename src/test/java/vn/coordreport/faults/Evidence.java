package vn.coordreport.faults;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import vn.coordreport.pipeline.JobNames;

/**
 * What the database holds after a scenario, read with the harness's own SQL:
 * the archived finals and the issued documents (and whether their bytes are
 * whole), the delivery ledger, and the executions of a period's close with the
 * node that ran each.
 */
final class Evidence {

    record Final(String agreement, int version, boolean whole) {
    }

    record Delivery(String agreement, String email, String status, int attempts, String lastError) {
    }

    record Execution(long instance, long id, String status, String node) {
    }

    private final PostgresServer postgres;
    private final String database;

    Evidence(PostgresServer postgres, String database) {
        this.postgres = postgres;
        this.database = database;
    }

    /**
     * The final PDF versions a close made of a period (their number blank until issued), with whether each one's
     * bytes match its SHA-256 and size and end a PDF.
     */
    List<Final> finals(String period) {
        return versions(period, "is null");
    }

    /** The issued documents of a period: the finals as the văn thư numbered, sealed and archived them. */
    List<Final> issued(String period) {
        return versions(period, "is not null");
    }

    private List<Final> versions(String period, String numbered) {
        return query("""
                select agreement_code, version, content, sha256, size_bytes from report_version
                where kind = 'FINAL' and format = 'PDF' and period = ?
                """ + "  and document_number " + numbered + "\n" + """
                order by agreement_code, version
                """, period, rs -> {
            byte[] content = rs.getBytes(3);
            String tail = new String(content, Math.max(0, content.length - 32), Math.min(32, content.length),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            boolean whole = content.length == rs.getLong(5) && sha256(content).equals(rs.getString(4))
                    && new String(content, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")
                    && tail.contains("%%EOF");
            return new Final(rs.getString(1), rs.getInt(2), whole);
        });
    }

    /** The number of every document issued this year: {@code agreement code → numbers}, in order. */
    java.util.Map<String, List<Integer>> numbers() {
        java.util.Map<String, List<Integer>> numbers = new java.util.TreeMap<>();
        query("select agreement_code, document_number from report_version where kind = 'FINAL' and format = 'PDF' "
                + "and document_number is not null and extract(year from created_at at time zone 'Asia/Ho_Chi_Minh') = "
                + "extract(year from now() at time zone 'Asia/Ho_Chi_Minh') order by 2", new Object[0], rs -> {
                    numbers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
                    return null;
                });
        return numbers;
    }

    int finalCount(String period) {
        return query("select count(*) from report_version where kind = 'FINAL' and period = ?", period,
                rs -> rs.getInt(1)).get(0);
    }

    List<Delivery> deliveries(String period) {
        return query("""
                select v.agreement_code, lower(d.email), d.status, d.attempts, d.last_error
                from delivery d join report_version v on v.id = d.version_id
                where v.period = ? order by 1, 2
                """, period, rs -> new Delivery(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                rs.getString(5)));
    }

    /** Every execution of the closes of a period, oldest first, with the node that ran it (null for a command). */
    List<Execution> closes(String period) {
        return query("""
                select e.job_instance_id, e.job_execution_id, e.status, n.node
                from batch_job_execution e
                join batch_job_instance i on i.job_instance_id = e.job_instance_id
                join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
                left join job_execution_node n on n.job_execution_id = e.job_execution_id
                where i.job_name = '%s' and p.parameter_name = 'period' and p.parameter_value = ?
                order by e.job_execution_id
                """.formatted(JobNames.PERIOD_CLOSE), period, rs -> new Execution(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
    }

    /** The node running a close of the period right now, if one is. */
    Optional<String> runningClose(String period) {
        return closes(period).stream().filter(e -> e.status().equals("STARTED") && e.node() != null)
                .map(Execution::node).findFirst();
    }

    String executionStatus(long id) {
        return query("select status from batch_job_execution where job_execution_id = ?", id, rs -> rs.getString(1))
                .get(0);
    }

    /** How many versions exist of each of these drafts ({@code code|period|FORMAT}), in order. */
    List<Integer> draftVersions(List<String> reports) {
        List<Integer> counts = new ArrayList<>();
        for (String report : reports) {
            String[] r = report.split("\\|");
            counts.add(query("""
                    select count(*) from report_version
                    where kind = 'DRAFT' and agreement_code = ? and period = ? and format = ?
                    """, r, rs -> rs.getInt(1)).get(0));
        }
        return counts;
    }

    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Object parameter, Row<T> row) {
        Object[] parameters = parameter instanceof Object[] many ? many : new Object[] {parameter};
        try (Connection connection = postgres.connect(database);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database: " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
