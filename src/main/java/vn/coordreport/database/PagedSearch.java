package vn.coordreport.database;

import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A filtered list a page at a time, as the pages' searches read it: one query
 * that filters, orders, selects {@code count(*) over () as total} and takes
 * {@code :limit} and {@code :offset}. A page past the end has no row to carry
 * the count, so then the first row is read again for it.
 */
public final class PagedSearch {

    /** One page of rows, and how many match in all. */
    public record Page<T>(List<T> rows, long total) {
    }

    private PagedSearch() {
    }

    /**
     * @param sql     the query, with {@code :limit}, {@code :offset} and a {@code total} column
     * @param filters binds the query's other parameters
     * @param row     one row (the {@code total} column is read here)
     */
    public static <T> Page<T> find(JdbcClient jdbc, String sql, UnaryOperator<JdbcClient.StatementSpec> filters,
            RowMapper<T> row, int limit, long offset) {
        long[] total = {0};
        RowMapper<T> counted = (r, n) -> {
            total[0] = r.getLong("total");
            return row.mapRow(r, n);
        };
        List<T> rows = filters.apply(jdbc.sql(sql)).param("limit", limit).param("offset", offset).query(counted).list();
        if (rows.isEmpty() && offset > 0) {
            filters.apply(jdbc.sql(sql)).param("limit", 1).param("offset", 0L).query(counted).list();
        }
        return new Page<>(rows, total[0]);
    }
}
