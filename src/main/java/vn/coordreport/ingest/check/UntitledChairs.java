package vn.coordreport.ingest.check;

import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.messages.Messages;

/**
 * A conference chair given without a title: the report names each chair with a title ("đồng chí Nguyễn Triều
 * Thương, Giám đốc Sở Ngoại vụ"), taken from the agencies' signers where the chair signs for one, else from the
 * chair's own words after a comma. A chair with neither reads without one, and beside a chair with a title the
 * sentence makes that title seem both's ("do đồng chí Dương Xuân Huyên và đồng chí Trịnh Tuyết Mai, Giám đốc Sở
 * Ngoại vụ đồng chủ trì", where the first is a Vice-Chairman of the People's Committee). Not an error: the import is
 * taken, and says so at the first such chair of the file, with how many more.
 */
public final class UntitledChairs {

    /** The chairs of the conferences the import writes, neither written with a title nor an agency's signer. */
    private static final String UNTITLED = """
            select c.line, x.chair, count(*) over () as n
            from stg_conferences c
            cross join lateral unnest(string_to_array(c.chairs, ';')) with ordinality as given(chair, position)
            cross join lateral (select btrim(given.chair) as chair) x
            where not c.present and x.chair <> '' and position(',' in x.chair) = 0
              and not exists (select 1 from agency a
                              where lower(normalize(btrim(a.signer_name), NFC)) = lower(normalize(x.chair, NFC)))
              and not exists (select 1 from stg_agencies s
                              where lower(normalize(btrim(s.signer_name), NFC)) = lower(normalize(x.chair, NFC)))
            order by c.line, given.position limit 1
            """;

    private final boolean dryRun;

    public UntitledChairs(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public void staged(JdbcClient jdbc, Set<FileSpec> files, Function<FileSpec, String> name, Problems.Source notices) {
        if (!files.contains(FileSpec.CONFERENCES)) {
            return;
        }
        jdbc.sql(UNTITLED).query((rs, i) -> notice(name.apply(FileSpec.CONFERENCES), rs.getLong("line"),
                rs.getString("chair"), rs.getLong("n"))).optional().ifPresent(notices::add);
    }

    private ImportProblem notice(String file, long line, String chair, long count) {
        String said = count == 1 ? Messages.text("import.notice.untitledChair", chair)
                : Messages.text("import.notice.untitledChairMore", chair, count - 1);
        return new ImportProblem(file, line, "chairs",
                said + " " + Messages.text(dryRun ? "import.notice.untitledChairFixDry" : "import.notice.untitledChairFix"));
    }
}
