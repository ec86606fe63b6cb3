package vn.coordreport.catalog;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finding agreements among hundreds: by words of the code or title, province,
 * party agency and whether in force, a page at a time, counted and cut in SQL.
 */
@Service
public class AgreementSearch {

    /** What is looked for; every field null or blank for no filter. {@code state}: {@code ACTIVE} or {@code ENDED}. */
    public record Filter(String visibleProvince, String text, String province, String agency, String state) {
    }

    /** One page of agreements, and how many match in all. */
    public record Found(List<AgreementSummary> agreements, long total) {
    }

    /** An agency to filter by, as the page lists them. */
    public record Agency(String code, String name, String province) {
    }

    private static final String SEARCH = """
            select a.code, a.title, a.province, a.effective_from, a.effective_to, ag.name as lead_agency_name,
                   a.symbol, ag.province as lead_agency_province, count(*) over () as total
            from agreement a
            join agency ag on ag.id = a.lead_agency_id
            where (search_key(:visible) is null or search_key(a.province) = search_key(:visible))
              and (search_key(:province) is null or search_key(a.province) = search_key(:province))
              and (search_key(:text) is null
                   or search_key(a.code || ' ' || a.title) like search_pattern(:text))
              and (search_key(:agency) is null or exists (
                   select 1 from agreement_party p join agency g on g.id = p.agency_id
                   where p.agreement_id = a.id and lower(g.code) = search_key(:agency)))
              and (search_key(:state) is null
                   or (search_key(:state) = 'active') = (a.effective_to is null or a.effective_to >= current_date))
            order by a.province, a.effective_from, a.code
            limit :limit offset :offset
            """;

    private final JdbcClient jdbc;

    AgreementSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Found find(Filter filter, int limit, long offset) {
        long[] total = {0};
        List<AgreementSummary> rows = jdbc.sql(SEARCH)
                .param("visible", filter.visibleProvince(), java.sql.Types.VARCHAR)
                .param("province", filter.province(), java.sql.Types.VARCHAR)
                .param("text", filter.text(), java.sql.Types.VARCHAR)
                .param("agency", filter.agency(), java.sql.Types.VARCHAR)
                .param("state", filter.state(), java.sql.Types.VARCHAR)
                .param("limit", limit).param("offset", offset)
                .query((row, n) -> {
                    total[0] = row.getLong("total");
                    return new AgreementSummary(row.getString("code"), row.getString("title"), row.getString("province"),
                            row.getObject("effective_from", java.time.LocalDate.class),
                            row.getObject("effective_to", java.time.LocalDate.class), row.getString("lead_agency_name"),
                            row.getString("symbol"), row.getString("lead_agency_province"));
                }).list();
        if (rows.isEmpty() && offset > 0) {
            total[0] = find(filter, 1, 0).total();
        }
        return new Found(rows, total[0]);
    }

    /** The provinces there are agreements of, for the filter's list. */
    public List<String> provinces(String visibleProvince) {
        return jdbc.sql("""
                select distinct a.province from agreement a
                where search_key(:visible) is null or search_key(a.province) = search_key(:visible)
                order by 1
                """).param("visible", visibleProvince, java.sql.Types.VARCHAR).query(String.class).list();
    }

    /** The agencies party to an agreement the user may see, for the filter's list. */
    public List<Agency> agencies(String visibleProvince) {
        return jdbc.sql("""
                select distinct g.code, g.name, g.province from agency g
                join agreement_party p on p.agency_id = g.id join agreement a on a.id = p.agreement_id
                where search_key(:visible) is null or search_key(a.province) = search_key(:visible)
                order by g.province, g.name
                """).param("visible", visibleProvince, java.sql.Types.VARCHAR).query(Agency.class).list();
    }
}
