package vn.coordreport.ingest.check;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.messages.Messages;

/**
 * A record without an agency among records of its agreement that name one: the import format makes it the lead
 * agency's (the report credits the lead with its figure, and the submissions count the lead as having sent data),
 * which is right for the lead's own file and most often a cell left empty in another agency's workbook, whose
 * rows name that agency. The import is taken; it says so once per file, at the first such line, naming the lead
 * and how many rows of the agreement name an agency. Only of rows the import writes.
 */
public final class UnnamedAgencies {

    static final String QUERY = """
            with w as (
                select s.line, s.agreement_id, s.agency_id from stg_records s
                where s.line in (select line from stg_records_written where status in ('N', 'C'))),
            named as (
                select agreement_id, count(*) filter (where agency_id is not null) as named from w
                group by agreement_id
                having count(*) filter (where agency_id is null) > 0 and count(*) filter (where agency_id is not null) > 0)
            select w.line, a.code, coalesce(l.name, l.code) as lead, n.named, count(*) over () as n
            from w join named n on n.agreement_id = w.agreement_id
            left join agreement a on a.id = w.agreement_id
            left join agency l on l.id = a.lead_agency_id
            where w.agency_id is null
            order by w.line limit 4
            """;

    private final boolean dryRun;

    public UnnamedAgencies(boolean dryRun) {
        this.dryRun = dryRun;
    }

    /** The notice of the staged records, if any; nothing when the records went straight into their table. */
    public void staged(JdbcClient jdbc, Set<FileSpec> files, Function<FileSpec, String> name, Problems.Source notices) {
        if (!files.contains(FileSpec.RECORDS)) {
            return;
        }
        List<Unnamed> rows = jdbc.sql(QUERY).query((rs, i) -> new Unnamed(rs.getLong("line"), rs.getString("code"),
                rs.getString("lead"), rs.getLong("named"), rs.getLong("n"))).list();
        if (rows.isEmpty()) {
            return;
        }
        Unnamed at = rows.get(0);
        String said = Messages.text("import.notice.unnamedAgency", at.named(),
                at.agreement() == null ? "" : at.agreement(), at.lead() == null ? "—" : at.lead());
        if (at.count() > 1) {
            said += " " + Messages.text("import.notice.unnamedAgencyMore", at.count() - 1, rows.stream().skip(1)
                    .map(r -> String.valueOf(r.line())).collect(Collectors.joining(", "))
                    + (at.count() > rows.size() ? ", …" : ""));
        }
        notices.add(new ImportProblem(name.apply(FileSpec.RECORDS), at.line(), "agency", said + " "
                + Messages.text(dryRun ? "import.notice.unnamedAgencyFixDry" : "import.notice.unnamedAgencyFix")));
    }

    /** A row without an agency, its agreement, the lead, how many rows of it name one, how many rows name none. */
    private record Unnamed(long line, String agreement, String lead, long named, long count) {
    }
}
