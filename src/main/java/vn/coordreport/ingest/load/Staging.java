package vn.coordreport.ingest.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.coordreport.ingest.format.FileSpec;

/**
 * The temporary tables of one import, dropped at its end: one per file, the
 * agreements' parties one per row, and the terms of every agreement known
 * (staged or in the database) for the date checks.
 */
public final class Staging {

    private Staging() {
    }

    public static List<String> create() {
        List<String> statements = new ArrayList<>();
        for (FileSpec f : FileSpec.values()) {
            if (f == FileSpec.RECORDS) {
                statements.addAll(RecordMatch.CREATE_STAGING);
            } else {
                statements.add(f.createStaging());
            }
        }
        statements.add(Resubmission.CREATE_RESENT);
        statements.add("create temp table stg_skipped_province (file text not null, province text not null) "
                + "on commit drop");
        return statements;
    }

    /**
     * Keeps the provinces of an agencies.csv or agreements.csv skipped as imported already, before its rows are
     * dropped: the file is still part of this import, and gives a {@code *} recipient without a province the one it
     * gave the first time ({@link #PREPARE}). Nothing for the other files.
     */
    public static Optional<String> keepSkippedProvinces(FileSpec f) {
        return f == FileSpec.AGENCIES || f == FileSpec.AGREEMENTS
                ? Optional.of("insert into stg_skipped_province select '%s', province from %s where province is not null"
                        .formatted(f.baseName(), f.stagingTable()))
                : Optional.empty();
    }

    /** Run once every file is staged, before the checks. */
    public static final List<String> PREPARE = List.of("""
            create temp table stg_parties on commit drop as
            select line, agreement, agency, row_number() over (partition by line order by ordinality)::int as position
            from (select s.line, s.code as agreement, trim(p.agency) as agency, p.ordinality
                  from stg_agreements s, unnest(string_to_array(s.parties, ';')) with ordinality as p(agency, ordinality)) x
            where agency <> ''
            """, """
            create temp table agreement_term on commit drop as
            select code, coalesce(effective_from, signed_on) as effective_from, effective_to
            from stg_agreements where code is not null and signed_on is not null
            union all
            select code, effective_from, effective_to from agreement a
            where not exists (select 1 from stg_agreements s where s.code = a.code)
            """, """
            update stg_recipients set province = case
                when exists (select 1 from stg_agreements where province is not null)
                  or exists (select 1 from stg_skipped_province where file = 'agreements')
                then (select min(province) from (select province from stg_agreements union all
                      select province from stg_skipped_province where file = 'agreements') p
                      having count(distinct province) = 1)
                else (select min(province) from (select province from stg_agencies union all
                      select province from stg_skipped_province where file = 'agencies') p
                      having count(distinct province) = 1) end
            where agreement = '*' and province is null
            """);
}
