package vn.coordreport.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a user limited to one province may import: agencies, agreements and
 * {@code *} recipients of that province, and facts of its agreements (named in
 * the import or already in the database); not fields or indicators, which every
 * province shares. Each rule is one SQL statement over the staging tables
 * giving {@code (line, col, message)}, with the province bound as
 * {@code :province}; provinces are compared as the security module compares
 * them (NFC, trimmed, without case).
 */
final class ProvinceLimit {

    private ProvinceLimit() {
    }

    static List<Checks.Check> of(Set<FileSpec> staged) {
        List<Checks.Check> checks = new ArrayList<>();
        for (FileSpec f : staged) {
            switch (f) {
                case AGENCIES -> checks.add(new Checks.Check(f, own("stg_agencies", "agency")));
                case AGREEMENTS -> checks.add(new Checks.Check(f, own("stg_agreements", "agreement")));
                case FIELDS, INDICATORS -> checks.add(new Checks.Check(f, """
                        select line, 'code' as col, 'fields and indicators are shared by every province: only a user '
                               || 'not limited to one province may add them' as message
                        from %s
                        """.formatted(f.stagingTable())));
                case RECIPIENTS -> {
                    checks.add(new Checks.Check(f, """
                            select line, 'province' as col,
                                   format('agreement * of %%s: you may import data of %%s only', province, :province) as message
                            from stg_recipients
                            where agreement = '*' and province is not null and not %s
                            """.formatted(same("province"))));
                    checks.add(new Checks.Check(f, facts("stg_recipients")));
                }
                case RECORDS -> {
                    // checked in Java as they stream in: FOREIGN_AGREEMENTS, foreignMessage
                }
                default -> checks.add(new Checks.Check(f, facts(f.stagingTable())));
            }
        }
        return checks;
    }

    /** The agreements (of the import or the database) of another province than {@code :province}: code, province. */
    static final String FOREIGN_AGREEMENTS = """
            select code, province
            from (select code, province from stg_agreements union select code, province from agreement) a
            where code is not null and not %s
            """.formatted(same("province"));

    /** The message of {@link #facts} for a record, which is checked in Java ({@link RecordLoader}). */
    static String foreignMessage(String agreement, String agreementProvince, String province) {
        return "agreement " + SqlText.literal(agreement) + " is of " + agreementProvince + ": you may import data of "
                + province + " only";
    }

    private static String own(String table, String what) {
        return """
                select line, 'province' as col,
                       format('%s %%L is of %%s: you may import data of %%s only', code, province, :province) as message
                from %s
                where province is not null and not %s
                """.formatted(what, table, same("province"));
    }

    private static String facts(String table) {
        return """
                select s.line, 'agreement' as col,
                       format('agreement %%L is of %%s: you may import data of %%s only', s.agreement, a.province,
                              :province) as message
                from %s s
                join (select code, province from stg_agreements union select code, province from agreement) a
                  on a.code = s.agreement
                where not %s
                """.formatted(table, same("a.province"));
    }

    private static String same(String column) {
        return "lower(normalize(trim(" + column + "), NFC)) = lower(normalize(trim(:province), NFC))";
    }
}
