package vn.coordreport.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.coordreport.database.PagedSearch;
import vn.coordreport.ingest.format.FileSpec;

/**
 * The import history as the page lists it: newest first, found by words of the
 * source or the user, by status and province, a page at a time, in SQL. A user
 * limited to a province sees the imports of that province only.
 */
@Service
public class ImportHistory {

    /** What is looked for; each null or blank for none. {@code status}: APPLIED or UNDONE. */
    public record Filter(String visibleProvince, String text, String status) {
    }

    /** One page of imports, and how many match in all. */
    public record Found(List<ImportSummary> imports, long total) {
    }

    /** Each import with the sums of its files' rows; then the imports a user limited to {@code :visible} sees. */
    private static final String SUMMARIES = """
            select b.id, b.started_at, b.source, b.imported_by, b.status, b.files, b.rows, b.undone_at,
                   b.province, coalesce(f.added, 0) as added, coalesce(f.present, 0) as present,
                   coalesce(f.corrected, 0) as corrected, count(*) over () as total
            from import_batch b
            left join lateral (select sum(added) as added, sum(present) as present, sum(corrected) as corrected
                               from import_file where import_id = b.id) f on true
            where (search_key(:visible) is null or search_key(b.province) = search_key(:visible))
            """;

    private static final String SEARCH = SUMMARIES + """
              and (search_key(:text) is null
                   or search_key(b.source || ' ' || coalesce(b.imported_by, '') || ' '
                                 -- the words the page shows the source in (Tải lên: x.zip), so that they find it
                                 || case when b.source like 'upload:%' then 'Tải lên'
                                         when b.source like 'form:%' then 'Biểu mẫu' else 'Dòng lệnh' end)
                      like search_pattern(:text)
                   or '#' || b.id = btrim(:text))
              and (search_key(:status) is null or lower(b.status) = search_key(:status))
            order by b.id desc
            limit :limit offset :offset
            """;

    private final JdbcClient jdbc;

    ImportHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which of these imports a user limited to {@code province} does not see in the history (they hold another
     * province's rows too: an office's import of several provinces), so that a page does not link to them.
     */
    public java.util.Set<Long> unseenBy(String province, java.util.Collection<Long> ids) {
        if (province == null || ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                select id from import_batch
                where id = any(:ids) and search_key(province) is distinct from search_key(:visible)
                """).param("ids", ids.toArray(Long[]::new)).param("visible", province).query(Long.class).list());
    }

    public Found find(Filter filter, int limit, long offset) {
        PagedSearch.Page<ImportSummary> page = PagedSearch.find(jdbc, SEARCH, sql -> sql
                .param("visible", filter.visibleProvince(), Types.VARCHAR)
                .param("text", filter.text(), Types.VARCHAR)
                .param("status", filter.status(), Types.VARCHAR),
                ImportHistory::summary, limit, offset);
        return new Found(page.rows(), page.total());
    }

    /** One import as the history lists it, if a user limited to {@code visibleProvince} (null: every one) sees it. */
    public Optional<ImportSummary> one(long id, String visibleProvince) {
        return jdbc.sql(SUMMARIES + "  and b.id = :id").param("visible", visibleProvince, Types.VARCHAR).param("id", id)
                .query(ImportHistory::summary).optional();
    }

    /** A file of an import (a workbook is one), and what its rows were. */
    public record FileRows(String name, long rows, long added, long present, long corrected) {
    }

    /** The files of an import, in the format's order (agencies first, as they are read); a workbook first. */
    public List<FileRows> files(long id) {
        return jdbc.sql("select name, rows, added, present, corrected from import_file where import_id = :id")
                .param("id", id).query(FileRows.class).list().stream()
                .sorted(Comparator.comparingInt((FileRows f) -> FileSpec.byBaseName(f.name().replaceFirst("(?i)\\.csv$", ""))
                        .map(FileSpec::ordinal).orElse(-1)).thenComparing(FileRows::name))
                .toList();
    }

    private static ImportSummary summary(ResultSet r, int n) throws SQLException {
        return new ImportSummary(r.getLong("id"), r.getObject("started_at", OffsetDateTime.class), r.getString("source"),
                r.getString("imported_by"), r.getString("status"), r.getInt("files"), r.getLong("rows"),
                r.getObject("undone_at", OffsetDateTime.class), r.getString("province"), r.getLong("added"),
                r.getLong("present"), r.getLong("corrected"));
    }
}
