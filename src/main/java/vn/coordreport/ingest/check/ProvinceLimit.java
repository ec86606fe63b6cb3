package vn.coordreport.ingest.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.coordreport.ingest.ImportProvinces;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.ingest.load.RecordLoader;
import vn.coordreport.ingest.load.Staging;
import vn.coordreport.messages.Messages;

/**
 * What a user limited to one province may import: rows that name that
 * province only, whether they name it themselves (an agency, an agreement, a
 * {@code *} recipient) or through a code (an agreement's parties, the
 * agreement of a fact or one of that agreement's parties, a task's lead agency,
 * a record's agency: of this import or of the database); and not fields or indicators, which every province
 * shares. {@link #named} says which province each row of a staged file names;
 * the checks are the rows naming another than {@code :province}, and the
 * import history records the province of each file and import from the same
 * rows ({@link ImportProvinces}). Provinces are compared as the security
 * module compares them (NFC, trimmed, without case).
 */
public final class ProvinceLimit {

    /**
     * The agencies of this import and of the database: code, province, and whether this import writes it (a
     * problem names a province the user wrote, never one only the database holds: that is another's data).
     */
    private static final String AGENCIES = "(select code, province, true as written from stg_agencies "
            + "union select code, province, false from agency)";
    /** The agreements of this import and of the database: code, province, written by this import. */
    private static final String AGREEMENTS = "(select code, province, true as written from stg_agreements "
            + "union select code, province, false from agreement)";
    /**
     * The parties of the agreements of this import and of the database: the agreement's code, the party's
     * province, written by this import.
     */
    private static final String PARTIES = "(select p.agreement as code, a.province, a.written from stg_parties p join "
            + AGENCIES + " a on a.code = p.agency union select g.code, a.province, false from agreement g "
            + "join agreement_party kp on kp.agreement_id = g.id join agency a on a.id = kp.agency_id)";

    private ProvinceLimit() {
    }

    public static List<Checks.Check> of(Set<FileSpec> staged) {
        List<Checks.Check> checks = new ArrayList<>();
        for (FileSpec f : staged) {
            switch (f) {
                case FIELDS, INDICATORS -> checks.add(new Checks.Check(f, """
                        select line, 'code' as col, 'import.province.sharedCatalogue' as message, array[]::text[] as args
                        from %s
                        """.formatted(f.stagingTable())));
                case RECORDS -> {
                    // checked in Java as they stream in: FOREIGN_AGREEMENTS, FOREIGN_AGENCIES, foreignMessage
                }
                // a row of another province's agreement is told so once, not again for each of its parties;
                // the province is named when this import writes it ("Elsewhere" when only the database does);
                // the rows of one code at the first of them, with how many more
                default -> checks.add(new Checks.Check(f, """
                        select min(line) as line, col,
                               'import.province.foreign.' || kind || case when written then '' else 'Elsewhere' end
                               || case when count(*) > 1 then '.rows' else '' end as message,
                               array[format('%%L', code), case when written then province end, :province,
                                     replace(to_char(count(*) - 1, 'FM999,999,999,990'), ',', '.')] as args
                        from (select distinct on (line, col, code) line, col, kind, code, province, written
                              from (%s) n
                              where not %s
                              order by line, col, code, kind = 'agreementParty', written) d
                        group by col, kind, code, written, case when written then province end
                        """.formatted(named(f) + stored(f), same("province"))));
            }
        }
        return checks;
    }

    /**
     * The provinces the rows of a staged file name: {@code (line, col, kind, code, province, written)}, the kind of
     * code named ({@code agency}, {@code agreement}, {@code star} for the {@code *} of recipients), and whether
     * this import writes that province (or the database alone holds it); nothing for the fields and indicators,
     * which name none, and for records, which are not staged. Run after {@link Staging#PREPARE} (the parties, the provinces of
     * {@code *} recipients).
     */
    public static String named(FileSpec f) {
        return switch (f) {
            case AGENCIES -> own("stg_agencies", "agency");
            case AGREEMENTS -> own("stg_agreements", "agreement") + " union all " + agencies("stg_parties", "agency", "parties");
            case RECIPIENTS -> """
                    select line, 'province' as col, 'star' as kind, '*' as code, province, true as written
                    from stg_recipients where agreement = '*' and province is not null
                    union all
                    """ + facts("stg_recipients");
            case TASKS -> facts("stg_tasks") + " union all " + agencies("stg_tasks", "lead_agency", "lead_agency");
            case FIELDS, INDICATORS, RECORDS ->
                    "select null::bigint as line, null as col, null as kind, null as code, null as province, "
                    + "null::boolean as written where false";
            default -> facts(f.stagingTable());
        };
    }

    /**
     * For a limited user, a {@code *} recipient row that names no province (and that the agreements or agencies
     * of the import did not give one, {@link Staging#PREPARE}) is of the user's province, written as the
     * database writes it.
     */
    public static final String OWN_STAR_RECIPIENTS = """
            update stg_recipients set province = coalesce(
                (select min(province) from agreement where %1$s),
                (select min(province) from agency where %1$s),
                normalize(trim(:province), NFC))
            where agreement = '*' and province is null
            """.formatted(same("province"));

    /**
     * The agreements (of the import or the database) of another province than {@code :province}: code, and
     * province when this import writes it (null when only the database holds it).
     */
    static final String FOREIGN_AGREEMENTS = foreign(AGREEMENTS);

    /**
     * The agreements (of the import or the database) one of whose parties is of another province than
     * {@code :province}: code, the party's province (null when only the database holds it).
     */
    static final String FOREIGN_PARTIES = foreign(PARTIES);

    /**
     * The agencies (of the import or the database) of another province than {@code :province}: code, and
     * province when this import writes it (null when only the database holds it).
     */
    static final String FOREIGN_AGENCIES = foreign(AGENCIES);

    /** The query of the codes of another province than {@code :province} in a catalogue; null for a shared one. */
    static String foreignCodes(Catalogue catalogue) {
        return switch (catalogue) {
            case AGENCY -> FOREIGN_AGENCIES;
            case AGREEMENT -> FOREIGN_AGREEMENTS;
            default -> null;
        };
    }

    /**
     * The message of the checks for a record, which is checked in Java ({@link RecordLoader}); {@code codeProvince}
     * is null when only the database holds it, and is not named then; {@code moreRows} the rows after the first
     * that name the same code.
     */
    public static String foreignMessage(String what, String code, String codeProvince, String province,
            long moreRows) {
        return Messages.text("import.province.foreign." + what + (codeProvince == null ? "Elsewhere" : "")
                + (moreRows > 0 ? ".rows" : ""), SqlText.literal(code), codeProvince, province,
                moreRows);
    }

    /**
     * A condition on a stored row's province: that of {@code :province}, or any when {@code :province} is null
     * (a user of every province), for the checks that quote what a stored row holds.
     */
    static String ofUsersProvinceOrAny(String column) {
        return "(cast(:province as text) is null or " + key(column) + " = " + key("cast(:province as text)") + ")";
    }

    /**
     * The agencies and agreements of a staged file whose code is stored already, with the stored row's province:
     * whatever province the file writes, the row is that province's ({@code code} as their column).
     */
    private static String stored(FileSpec f) {
        return switch (f) {
            case AGENCIES -> " union all select s.line, 'code' as col, 'agency' as kind, s.code, k.province, false "
                    + "from stg_agencies s join agency k on k.code = s.code";
            case AGREEMENTS -> " union all select s.line, 'code' as col, 'agreement' as kind, s.code, k.province, false "
                    + "from stg_agreements s join agreement k on k.code = s.code";
            default -> "";
        };
    }

    /** How provinces compare: as {@code vn.coordreport.security.Provinces} does, in SQL. */
    public static String key(String column) {
        return "lower(normalize(trim(" + column + "), NFC))";
    }

    private static String foreign(String codes) {
        return "select code, case when bool_or(written) then province end from " + codes
                + " c where code is not null and not " + same("province") + " group by code, province";
    }

    private static String own(String table, String what) {
        return """
                select line, 'province' as col, '%s' as kind, code, province, true as written
                from %s where province is not null
                """.formatted(what, table);
    }

    private static String agencies(String table, String column, String col) {
        return """
                select s.line, '%3$s' as col, 'agency' as kind, s.%2$s as code, a.province, a.written
                from %1$s s join %4$s a on a.code = s.%2$s
                """.formatted(table, column, col, AGENCIES);
    }

    /** The province of a fact's agreement, and (kind {@code agreementParty}) those of the agreement's parties. */
    private static String facts(String table) {
        return """
                select s.line, 'agreement' as col, 'agreement' as kind, s.agreement as code, a.province, a.written
                from %1$s s join %2$s a on a.code = s.agreement
                union all
                select s.line, 'agreement', 'agreementParty', s.agreement, p.province, p.written
                from %1$s s join %3$s p on p.code = s.agreement
                """.formatted(table, AGREEMENTS, PARTIES);
    }

    private static String same(String column) {
        return key(column) + " = " + key(":province");
    }
}
