package vn.coordreport.delivery;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.database.PagedSearch;

/**
 * The delivery ledger as the page lists it: the rows of {@code deliveries},
 * found by words (address, name, agreement, period), province, agency and
 * status, newest version first, a page at a time, counted and cut in SQL.
 */
@Service
public class DeliverySearch {

    /**
     * What is looked for; each null or blank for no filter.
     *
     * @param visibleProvince the user's own province, or null for a user who sees every province
     * @param status          PENDING, SENDING, SENT, FAILED or UNCERTAIN
     */
    public record Filter(String visibleProvince, String text, String province, String agency, String status) {
    }

    /** One page of the ledger, and how many rows match in all. */
    public record Found(List<DeliveryRecord> rows, long total) {
    }

    private static final String SEARCH = """
            select d.version_id, v.agreement_code, v.period, v.version, v.document_number, v.number_symbol,
                   d.email, d.name, d.status, d.attempts,
                   d.last_error, d.sent_at, d.next_attempt_at, d.message_id, count(*) over () as total
            from delivery d
            join report_version v on v.id = d.version_id
            left join agreement a on a.code = v.agreement_code
            left join agency ag on ag.id = a.lead_agency_id
            where (search_key(:visible) is null or search_key(a.province) = search_key(:visible))
              and (search_key(:province) is null or search_key(a.province) = search_key(:province))
              and (search_key(:agency) is null or lower(ag.code) = search_key(:agency))
              and (search_key(:status) is null or lower(d.status) = search_key(:status))
              and (search_key(:text) is null
                   or search_key(d.email || ' ' || d.name || ' ' || v.agreement_code || ' ' || v.period)
                      like search_pattern(:text))
            order by d.version_id desc, lower(d.email)
            limit :limit offset :offset
            """;

    private final JdbcClient jdbc;

    DeliverySearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Found find(Filter filter, int limit, long offset) {
        PagedSearch.Page<DeliveryRecord> page = PagedSearch.find(jdbc, SEARCH, sql -> sql
                .param("visible", filter.visibleProvince(), Types.VARCHAR)
                .param("province", filter.province(), Types.VARCHAR)
                .param("agency", filter.agency(), Types.VARCHAR)
                .param("status", filter.status(), Types.VARCHAR)
                .param("text", filter.text(), Types.VARCHAR),
                (r, n) -> new DeliveryRecord(r.getLong("version_id"), r.getString("agreement_code"),
                        r.getString("period"), r.getInt("version"), r.getString("email"), r.getString("name"),
                        r.getString("status"), r.getInt("attempts"), r.getString("last_error"),
                        r.getObject("sent_at", OffsetDateTime.class), r.getObject("next_attempt_at", OffsetDateTime.class),
                        ArchivedReport.numberAndSymbol((Integer) r.getObject("document_number"),
                                r.getString("number_symbol")), r.getString("message_id")),
                limit, offset);
        return new Found(page.rows(), page.total());
    }
}
