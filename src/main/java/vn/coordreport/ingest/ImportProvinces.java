package vn.coordreport.ingest;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.check.ProvinceLimit;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.ingest.load.RecordLoader;

/**
 * The province of each file an import records, and of the import: the one
 * province their rows name ({@link ProvinceLimit#named}), or none when they
 * name several or none. A user limited to a province sees the imports of that
 * province only, and content is "already imported" for them only by a file of
 * that province: what another province imported is neither shown nor
 * revealed, and a file of their province is never applied twice.
 */
public final class ImportProvinces {

    /**
     * The provinces of records written: those of their agreements, of those agreements' parties (as a staged fact's,
     * {@link ProvinceLimit#named}: a records file of an agreement between two provinces is neither's alone) and of
     * their agencies.
     */
    private static final String RECORDS = """
            select %1$s as key, min(normalize(trim(province), NFC)) as province
            from (select province from agreement where id = any(cast(:agreements as int[]))
                  union all select ag.province from agreement_party p join agency ag on ag.id = p.agency_id
                            where p.agreement_id = any(cast(:agreements as int[]))
                  union all select province from agency where id = any(cast(:agencies as int[]))) n
            group by 1
            """.formatted(ProvinceLimit.key("province"));

    private final JdbcClient jdbc;
    private final String limit;
    /** File (as the ledger names it) to the staged files it holds: a CSV file, or a workbook's sheets. */
    private final Map<String, List<FileSpec>> staged = new LinkedHashMap<>();
    /** File to the provinces its rows name: key (as compared) to the province as written. */
    private final Map<String, Map<String, String>> named = new LinkedHashMap<>();

    ImportProvinces(JdbcClient jdbc, String limit) {
        this.jdbc = jdbc;
        this.limit = limit;
    }

    /** A staged file (or sheet) of the file {@code entry}; its provinces are read when the import is recorded. */
    void staged(String entry, FileSpec spec) {
        staged.computeIfAbsent(entry, e -> new ArrayList<>()).add(spec);
    }

    /** The records written for the file {@code entry}, while the catalogue they refer to is known. */
    void records(String entry, RecordLoader.Loaded loaded) {
        read(entry, jdbc.sql(RECORDS).param("agreements", ids(loaded.agreements().toString()))
                .param("agencies", ids(loaded.agencies().toString())));
    }

    /**
     * Writes the province of each file recorded for import {@code id}, and of the import. A limited user's
     * files and import are of their province, even one whose rows name none (an empty file): the checks made
     * sure that they name no other.
     */
    void record(long id) {
        staged.forEach((entry, specs) -> specs.forEach(spec -> read(entry, jdbc.sql("""
                select %s as key, min(normalize(trim(province), NFC)) as province from (%s) n
                where province is not null group by 1
                """.formatted(ProvinceLimit.key("province"), ProvinceLimit.named(spec))))));
        Map<String, String> all = new HashMap<>();
        named.forEach((entry, provinces) -> {
            all.putAll(provinces);
            set("import_file", "import_id = :id and name = :name", one(provinces)).param("id", id).param("name", entry)
                    .update();
        });
        set("import_batch", "id = :id", one(all)).param("id", id).update();
    }

    private JdbcClient.StatementSpec set(String table, String where, String province) {
        return jdbc.sql("update " + table + " set province = coalesce(cast(:province as text), "
                + "normalize(trim(cast(:limit as text)), NFC)) where " + where)
                .param("province", province, Types.VARCHAR).param("limit", limit, Types.VARCHAR);
    }

    private void read(String entry, JdbcClient.StatementSpec query) {
        Map<String, String> provinces = named.computeIfAbsent(entry, e -> new HashMap<>());
        query.query((java.sql.ResultSet rs) -> {
            provinces.put(rs.getString(1), rs.getString(2));
        });
    }

    private static String one(Map<String, String> provinces) {
        return provinces.size() == 1 ? provinces.values().iterator().next() : null;
    }

    /** {@code BitSet.toString()}, {@code {1, 2, 5}}, is an int[] literal once the spaces are gone. */
    private static String ids(String bitSet) {
        return bitSet.replace(" ", "");
    }
}
