package vn.coordreport.ingest;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The codes and provinces that look alike (the view {@code lookalike}, see
 * migration V95): left by imports made before every text was put in Unicode
 * NFC and codes were refused with invisible characters. Listed, never merged:
 * the operator undoes the import that brought the wrong spelling and imports
 * its files again.
 */
@Service
public class LookAlikes {

    private final JdbcClient jdbc;

    LookAlikes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every look-alike spelling, by kind, then what it looks like, then spelling (by code points). */
    public List<LookAlike> list() {
        return jdbc.sql("""
                select kind, spelling, key, imports, problem from lookalike
                order by kind, key collate "C", spelling collate "C"
                """)
                .query((rs, n) -> new LookAlike(rs.getString("kind"), rs.getString("spelling"), rs.getString("key"),
                        imports(rs.getArray("imports")), rs.getString("problem")))
                .list();
    }

    private static List<Long> imports(Array array) throws java.sql.SQLException {
        return Arrays.stream((Long[]) array.getArray()).toList();
    }
}
