package vn.coordreport.archive;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out report numbers: per issuing agency, restarting each year. One
 * statement, so two processes never get the same number.
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

    private final JdbcClient jdbc;

    DocumentNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int next(String agencyCode, int year) {
        return jdbc.sql(NEXT).param("agency", agencyCode).param("year", year).query(Integer.class).single();
    }
}
