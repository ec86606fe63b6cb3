package vn.coordreport.ingest.check;

import static vn.coordreport.ingest.check.Catalogue.AGENCY;
import static vn.coordreport.ingest.check.Catalogue.AGREEMENT;
import static vn.coordreport.ingest.check.Catalogue.FIELD;
import static vn.coordreport.ingest.check.Catalogue.INDICATOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.ingest.load.RecordMatch;

/**
 * The checks that need more than one row: references to codes (in this import
 * or in the database), duplicate codes, codes that look like another code of
 * the database or differ from one in case only, catalogue rows that differ from the
 * database, agreement terms and the uniqueness of targets and conferences.
 * Each is one SQL statement over the staging tables giving
 * {@code (line, col, message)}.
 */
public final class Checks {

    public record Check(FileSpec file, String sql) {
    }

    private Checks() {
    }

    /** The checks for the files staged, knowing which columns each file's header names. */
    public static List<Check> of(Map<FileSpec, Set<String>> staged) {
        List<Check> checks = new ArrayList<>();
        for (var entry : staged.entrySet()) {
            FileSpec f = entry.getKey();
            Set<String> cols = entry.getValue();
            switch (f) {
                case AGENCIES -> {
                    checks.add(new Check(f, AGENCY.duplicateCodes()));
                    checks.add(new Check(f, AGENCY.lookalikeCodes()));
                    checks.add(new Check(f, AGENCY.caseVariantCodes()));
                    for (String c : List.of("name", "province", "parent", "signer_title", "signer_name", "unit",
                            "contact_email")) {
                        if (cols.contains(c)) {
                            checks.add(new Check(f, AGENCY.differs(c)));
                        }
                    }
                    if (cols.contains("system")) {
                        checks.add(new Check(f, AGENCY.differs("system", "coalesce(s.system, agency_system(s.name))",
                                "k.system", "")));
                    }
                }
                case FIELDS -> {
                    checks.add(new Check(f, FIELD.duplicateCodes()));
                    checks.add(new Check(f, FIELD.lookalikeCodes()));
                    checks.add(new Check(f, FIELD.caseVariantCodes()));
                    checks.add(new Check(f, FIELD.differs("name")));
                }
                case INDICATORS -> {
                    checks.add(new Check(f, INDICATOR.duplicateCodes()));
                    checks.add(new Check(f, INDICATOR.lookalikeCodes()));
                    checks.add(new Check(f, INDICATOR.caseVariantCodes()));
                    checks.add(new Check(f, FIELD.unknownCodes(f, "field")));
                    checks.add(new Check(f, INDICATOR.differs("name")));
                    checks.add(new Check(f, INDICATOR.differs("unit")));
                    checks.add(new Check(f, INDICATOR.differs("field", "s.field", "kf.code",
                            "join field kf on kf.id = k.field_id")));
                    // an indicator's phrase may differ from the stored one: the import gives it anew (Applier)
                }
                case AGREEMENTS -> agreements(cols, checks);
                case RECIPIENTS -> recipients(checks);
                case RECORDS -> {
                    // checked in Java as they stream in (RecordLoader): references and terms; staged by id
                    if (cols.contains("ref")) {
                        checks.add(new Check(f, RecordMatch.DUPLICATE_REFS));
                    }
                }
                case RESULTS -> references(f, checks, "agreement", AGREEMENT, "field", FIELD);
                case LIMITATIONS -> references(f, checks, "agreement", AGREEMENT, "field", FIELD);
                case TASKS -> references(f, checks, "agreement", AGREEMENT, "field", FIELD, "lead_agency", AGENCY);
                case TARGETS -> {
                    references(f, checks, "agreement", AGREEMENT, "indicator", INDICATOR);
                    checks.add(new Check(f, TARGET_TWICE));
                    checks.add(new Check(f, TARGET_EXISTS));
                }
                case COMMENDATIONS, ASSESSMENTS -> references(f, checks, "agreement", AGREEMENT);
                case CONFERENCES -> {
                    references(f, checks, "agreement", AGREEMENT);
                    checks.add(new Check(f, CONFERENCE_TWICE));
                    checks.add(new Check(f, CONFERENCE_EXISTS));
                }
            }
        }
        return checks;
    }

    private static void references(FileSpec f, List<Check> checks, Object... columnsAndCatalogues) {
        for (int i = 0; i < columnsAndCatalogues.length; i += 2) {
            Catalogue catalogue = (Catalogue) columnsAndCatalogues[i + 1];
            checks.add(new Check(f, catalogue.unknownCodes(f, (String) columnsAndCatalogues[i])));
        }
    }

    private static void agreements(Set<String> cols, List<Check> checks) {
        FileSpec f = FileSpec.AGREEMENTS;
        checks.add(new Check(f, AGREEMENT.duplicateCodes()));
        checks.add(new Check(f, AGREEMENT.lookalikeCodes()));
        checks.add(new Check(f, AGREEMENT.caseVariantCodes()));
        checks.add(new Check(f, """
                select line, 'effective_to' as col, 'import.agreement.termReversed' as message,
                       array[to_char(effective_to, 'DD/MM/YYYY'), to_char(coalesce(effective_from, signed_on), 'DD/MM/YYYY')] as args
                from stg_agreements where effective_to < coalesce(effective_from, signed_on)
                """));
        checks.add(new Check(f, """
                select s.line, 'parties' as col, 'import.agreement.noParties' as message, array[]::text[] as args
                from stg_agreements s
                where s.parties is not null and not exists (select 1 from stg_parties p where p.line = s.line)
                """));
        checks.add(new Check(f, """
                select line, 'parties' as col, 'import.agreement.partyTwice' as message, array[format('%L', agency)] as args
                from stg_parties group by line, agency having count(*) > 1
                """));
        checks.add(new Check(f, """
                select p.line, 'parties' as col, 'import.unknown.agency' as message, array[format('%L', p.agency)] as args
                from stg_parties p
                where not exists (select 1 from stg_agencies k where k.code = p.agency)
                  and not exists (select 1 from agency k where k.code = p.agency)
                """));
        for (String c : List.of("title", "province", "signed_on", "symbol")) {
            if (cols.contains(c)) {
                checks.add(new Check(f, AGREEMENT.differs(c)));
            }
        }
        checks.add(new Check(f, AGREEMENT.differs("effective_from", "coalesce(s.effective_from, s.signed_on)",
                "k.effective_from", "")));
        if (cols.contains("effective_to")) {
            checks.add(new Check(f, AGREEMENT.differs("effective_to")));
        }
        if (cols.contains("calendar")) {
            checks.add(new Check(f, AGREEMENT.differs("calendar", "s.calendar", "k.period_calendar", "")));
        }
        checks.add(new Check(f, AGREEMENT.differs("parties",
                "(select string_agg(p.agency, ';' order by p.position) from stg_parties p where p.line = s.line)",
                "(select string_agg(a.code, ';' order by kp.position) from agreement_party kp "
                        + "join agency a on a.id = kp.agency_id where kp.agreement_id = k.id)", "")));
    }

    private static void recipients(List<Check> checks) {
        FileSpec f = FileSpec.RECIPIENTS;
        checks.add(new Check(f, AGREEMENT.unknownCodes(f, "agreement").replace("is not null", "<> '*'")));
        checks.add(new Check(f, """
                select line, 'province' as col, 'import.recipient.starNeedsProvince' as message, array[]::text[] as args
                from stg_recipients where agreement = '*' and province is null
                """));
        checks.add(new Check(f, """
                select line, 'province' as col, 'import.recipient.provinceOnlyForStar' as message, array[]::text[] as args
                from stg_recipients where agreement <> '*' and province is not null
                """));
    }

    private static final String TARGET_TWICE = """
            select line, 'period' as col, 'import.target.twice' as message,
                   array[format('%L', agreement), format('%L', indicator), period, first::text,
                         coalesce(' (' || i.name || ')', '')] as args
            from (select line, agreement, indicator, period,
                         min(line) over (partition by agreement, indicator, period) as first from stg_targets
                  where agreement is not null and indicator is not null and period is not null) d
            left join indicator i on i.code = d.indicator
            where line > first
            """;

    private static final String TARGET_EXISTS = """
            select s.line, 'period' as col, 'import.target.exists' as message,
                   array[format('%%L', s.agreement), format('%%L', s.indicator), s.period,
                         trim_scale(t.quantity)::text, t.import_id::text, ' (' || i.name || ')'] as args
            from stg_targets s
            join agreement a on a.code = s.agreement
            join indicator i on i.code = s.indicator
            join target t on t.agreement_id = a.id and t.indicator_id = i.id and t.period = s.period
            where t.quantity <> cast(s.quantity as numeric(18, 3))
              and %s
            """.formatted(ProvinceLimit.ofUsersProvinceOrAny("a.province"));

    private static final String CONFERENCE_TWICE = """
            select line, 'period' as col, 'import.conference.twice' as message,
                   array[format('%L', agreement), period, first::text] as args
            from (select line, agreement, period, min(line) over (partition by agreement, period) as first
                  from stg_conferences where agreement is not null and period is not null) d
            where line > first
            """;

    private static final String CONFERENCE_EXISTS = """
            select s.line, 'period' as col, 'import.conference.exists' as message,
                   array[format('%%L', s.agreement), s.period, c.import_id::text] as args
            from stg_conferences s
            join agreement a on a.code = s.agreement
            join conference c on c.agreement_id = a.id and c.period = s.period
            where (c.held_on, c.place, c.chairs, c.name) is distinct from (s.date, s.place, s.chairs, s.name)
              and %s
            """.formatted(ProvinceLimit.ofUsersProvinceOrAny("a.province"));
}
