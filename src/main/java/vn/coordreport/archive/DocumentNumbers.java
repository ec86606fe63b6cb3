package vn.coordreport.archive;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out report numbers: per issuing agency, restarting each year. One
 * statement, so two processes never get the same number. It joins the
 * caller's transaction (in a job, the chunk's): a number taken for a report
 * that is then rolled back (a failed rendering, a killed process) is taken
 * back with it and given again, so an agency's numbers have no holes. The
 * agency's row stays locked until that transaction ends, one report later.
 */
@Service
public class DocumentNumbers {

    private static final String NEXT = """
            insert into document_number (agency_code, year, last_number)
            values (:agency, :year, 1)
            on conflict (agency_code, year)
            do update set last_number = document_number.last_number + 1
            returning last_number
            """;

    private static final String PEEK = """
            select coalesce((select last_number from document_number where agency_code = :agency and year = :year), 0)
                   + 1
            """;

    private final JdbcClient jdbc;

    DocumentNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public int next(String agencyCode, int year) {
        return jdbc.sql(NEXT).param("agency", agencyCode).param("year", year).query(Integer.class).single();
    }

    /**
     * The number {@link #next} would give now, taking nothing: what a page tells the văn thư before issuing. Another
     * issue of the same agency may take it first, so it is the number most likely given, not one held.
     */
    public int peek(String agencyCode, int year) {
        return jdbc.sql(PEEK).param("agency", agencyCode).param("year", year).query(Integer.class).single();
    }
}
