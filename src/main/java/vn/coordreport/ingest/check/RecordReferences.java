package vn.coordreport.ingest.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.load.Staging;

/**
 * What a record may refer to, held in memory while records.csv streams by:
 * the codes of agreements, indicators and agencies (of this import's staging
 * tables or of the database) with their ids where they have one, each
 * agreement's terms, and, for a user limited to one province, the agreements and
 * agencies of other provinces. The catalogue is small (hundreds of rows) whatever the
 * number of records. The same questions as the SQL checks of the other files
 * ({@link Catalogue#unknownCodes}, the agreement terms of {@link Staging},
 * {@link ProvinceLimit}), asked once instead of once per row.
 */
public final class RecordReferences {

    /** No id: the code exists only in this import's staging tables (nothing is written then). */
    public static final int NO_ID = 0;

    public record Term(LocalDate from, LocalDate to) {
    }

    public final Map<String, Integer> agreements;
    public final Map<String, Integer> indicators;
    public final Map<String, Integer> agencies;
    public final Map<String, List<Term>> terms = new HashMap<>();
    /** Agreement code to the provinces (other than the user's) it is recorded with. */
    public final Map<String, List<String>> foreign = new HashMap<>();
    /** Agreement code to the provinces (other than the user's) of its parties. */
    public final Map<String, List<String>> foreignParties = new HashMap<>();
    /** Agency code to the provinces (other than the user's) it is recorded with. */
    public final Map<String, List<String>> foreignAgencies = new HashMap<>();
    /**
     * Agreement code to its parties' agency codes, in their order: as this import gives them for an agreement it
     * stages, else as stored. A record's {@code agency} is the party that reports it (import format).
     */
    public final Map<String, List<String>> parties = new HashMap<>();
    /** A party's code to its name, as this import gives it or as stored: a clerk may type the name for the code. */
    public final Map<String, String> partyNames = new HashMap<>();
    /**
     * An indicator's name, folded ({@link #indicatorName}), to its code, as this import gives it or as
     * stored: a clerk may type "Tuần tra song phương" for {@code JOINT_PATROL}. A name two indicators share is left out.
     */
    public final Map<String, String> indicatorNames = new HashMap<>();

    /** A name as {@link #indicatorNames} keys it: without case, diacritics or extra spaces. */
    public static String indicatorName(String name) {
        return vn.coordreport.catalog.CodeCatalogue.fold(name).replaceAll("\\s+", " ");
    }

    private static final String PARTIES = """
            select agreement, agency,
                   coalesce((select s.name from stg_agencies s where s.code = x.agency limit 1),
                            (select g.name from agency g where g.code = x.agency)) as name
            from (
                select agreement, agency, position from stg_parties
                union all
                select a.code, g.code, p.position
                from agreement a join agreement_party p on p.agreement_id = a.id join agency g on g.id = p.agency_id
                where not exists (select 1 from stg_agreements s where s.code = a.code)) x
            order by agreement, position
            """;

    private RecordReferences(Map<String, Integer> agreements, Map<String, Integer> indicators,
            Map<String, Integer> agencies) {
        this.agreements = agreements;
        this.indicators = indicators;
        this.agencies = agencies;
    }

    /** Read after the catalogue files are staged (and applied, if they are), with the terms of {@link Staging#PREPARE}. */
    public static RecordReferences load(JdbcClient jdbc, String provinceLimit) {
        RecordReferences r = new RecordReferences(codes(jdbc, Catalogue.AGREEMENT), codes(jdbc, Catalogue.INDICATOR),
                codes(jdbc, Catalogue.AGENCY));
        jdbc.sql("select code, effective_from, effective_to from agreement_term").query(rs -> {
            java.sql.Date to = rs.getDate(3);
            r.terms.computeIfAbsent(rs.getString(1), c -> new ArrayList<>(1))
                    .add(new Term(rs.getDate(2).toLocalDate(), to == null ? null : to.toLocalDate()));
        });
        jdbc.sql(PARTIES).query(rs -> {
            r.parties.computeIfAbsent(rs.getString(1), c -> new ArrayList<>(2)).add(rs.getString(2));
            if (rs.getString(3) != null) {
                r.partyNames.put(rs.getString(2), rs.getString(3));
            }
        });
        java.util.Set<String> shared = new java.util.HashSet<>();
        jdbc.sql("select code, name from stg_indicators where name is not null union select code, name from indicator")
                .query(rs -> {
                    String name = indicatorName(rs.getString(2));
                    String before = r.indicatorNames.putIfAbsent(name, rs.getString(1));
                    if (before != null && !before.equals(rs.getString(1))) {
                        shared.add(name);
                    }
                });
        r.indicatorNames.keySet().removeAll(shared);
        if (provinceLimit != null) {
            jdbc.sql(ProvinceLimit.FOREIGN_AGREEMENTS).param("province", provinceLimit).query(rs -> {
                r.foreign.computeIfAbsent(rs.getString(1), c -> new ArrayList<>(1)).add(rs.getString(2));
            });
            jdbc.sql(ProvinceLimit.FOREIGN_PARTIES).param("province", provinceLimit).query(rs -> {
                r.foreignParties.computeIfAbsent(rs.getString(1), c -> new ArrayList<>(1)).add(rs.getString(2));
            });
            jdbc.sql(ProvinceLimit.FOREIGN_AGENCIES).param("province", provinceLimit).query(rs -> {
                r.foreignAgencies.computeIfAbsent(rs.getString(1), c -> new ArrayList<>(1)).add(rs.getString(2));
            });
        }
        return r;
    }

    private static Map<String, Integer> codes(JdbcClient jdbc, Catalogue catalogue) {
        Map<String, Integer> codes = new HashMap<>();
        jdbc.sql("""
                select s.code, k.id from (select code from %s union select code from %s) s
                left join %2$s k on k.code = s.code where s.code is not null
                """.formatted(catalogue.file.stagingTable(), catalogue.table))
                .query(rs -> {
                    int id = rs.getInt(2);
                    codes.put(rs.getString(1), rs.wasNull() ? NO_ID : id);
                });
        return codes;
    }
}
