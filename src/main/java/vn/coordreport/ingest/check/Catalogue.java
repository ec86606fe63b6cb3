package vn.coordreport.ingest.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.ingest.load.RecordLoader;
import vn.coordreport.messages.Messages;

/** The kinds of code an import file may refer to: staged in this import, or already in the database. */
public enum Catalogue {

    AGENCY(FileSpec.AGENCIES, "agency", "agency", true),
    FIELD(FileSpec.FIELDS, "field", "field", false),
    INDICATOR(FileSpec.INDICATORS, "indicator", "indicator", false),
    AGREEMENT(FileSpec.AGREEMENTS, "agreement", "agreement", true);

    public final FileSpec file;
    final String table;
    final String word;
    /** Whether its rows belong to a province (agencies, agreements), rather than to every province. */
    final boolean provincial;

    Catalogue(FileSpec file, String table, String word, boolean provincial) {
        this.file = file;
        this.table = table;
        this.word = word;
        this.provincial = provincial;
    }

    /**
     * Rows of {@code staging} whose {@code column} names a code that exists nowhere, as problems. One anti-join
     * against the codes of the import and of the database together, which PostgreSQL hashes whatever its
     * estimates: two anti-joins in a row let a stale estimate of the catalogue table (never analysed in a new
     * database) turn the second into a nested loop, 20 s for a million records against 340 agreements.
     */
    String unknownCodes(FileSpec staging, String column) {
        if (provincial) {
            return """
                    select s.line, '%2$s' as col, 'import.unknown.%3$s' as message, array[format('%%L', s."%2$s")] as args
                    from %1$s s
                    where s."%2$s" is not null
                      and not exists (select 1 from (select code from %4$s union all select code from %5$s) k
                                      where k.code = s."%2$s")
                    """.formatted(staging.stagingTable(), column, word, file.stagingTable(), table);
        }
        // a field or an indicator, which every province shares, is named when the code differs from it in case only
        return """
                select u.line, '%2$s' as col,
                       case when o.code is null then 'import.unknown.%3$s' else 'import.unknownOtherCase.%3$s' end
                       as message, array[format('%%L', u.code), format('%%L', o.code)] as args
                from (select s.line, s."%2$s" as code from %1$s s
                      where s."%2$s" is not null
                        and not exists (select 1 from (select code from %4$s union all select code from %5$s) k
                                        where k.code = s."%2$s")) u
                left join lateral (select min(code) as code from (select code from %4$s union all select code from %5$s) c
                                   where lower(c.code) = lower(u.code)) o on true
                """.formatted(staging.stagingTable(), column, word, file.stagingTable(), table);
    }

    /**
     * The message of {@link #unknownCodes} for a code, for the records checked in Java ({@link RecordLoader}), with
     * the field or indicator of {@code known} it differs from in case only, if any.
     */
    public String unknownMessage(String code, java.util.Set<String> known) {
        return unknownMessage(code, known, k -> true);
    }

    /**
     * {@link #unknownMessage(String, java.util.Set)}, where an agency's or agreement's code of {@code known} is named
     * only if {@code own} (not another province's, which is that province's to keep to itself).
     */
    public String unknownMessage(String code, java.util.Set<String> known, java.util.function.Predicate<String> own) {
        // a character nobody sees, which makes the code name nothing, is said where it is
        String hidden = vn.coordreport.ingest.format.KeyText.hiddenIn(code);
        Optional<String> otherCase = otherCase(code, provincial ? known.stream().filter(own).toList() : known);
        if (otherCase.isPresent()) {
            return vn.coordreport.ingest.format.KeyText.followedBy(Messages.text("import.unknownOtherCase." + word,
                    SqlText.literal(code), SqlText.literal(otherCase.get())), hidden);
        }
        if (!provincial) {
            Optional<String> meant = nearest(code, known);
            if (meant.isPresent()) {
                return vn.coordreport.ingest.format.KeyText.followedBy(Messages.text("import.unknownMeant." + word,
                        SqlText.literal(code), SqlText.literal(meant.get())), hidden);
            }
        }
        return Messages.text("import.unknown." + word, SqlText.literal(code)) + hidden;
    }

    /** The one code of {@code known} that differs from {@code typed} in case only; empty when none or two do. */
    static Optional<String> otherCase(String typed, java.util.Collection<String> known) {
        String found = null;
        for (String k : known) {
            if (k != null && k.equalsIgnoreCase(typed)) {
                if (found != null) {
                    return Optional.empty();
                }
                found = k;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Edits that still make a mistyped code the one meant: {@code JOINT_PATROLL}, {@code JOIN_PATROL}. */
    private static final int MOST_EDITS = 2;

    /**
     * The one code of {@code known} that {@code typed} is likeliest a typing mistake of: within {@value #MOST_EDITS}
     * letters added, dropped or changed (whatever their case), and nearer than any other; empty for a short code
     * (where two edits make another word) or when two are as near. For the fields and indicators every province
     * shares: an agency's or agreement's code may be another province's to keep to itself.
     */
    static Optional<String> nearest(String typed, java.util.Collection<String> known) {
        if (typed == null || typed.strip().length() < 5) {
            return Optional.empty();
        }
        LevenshteinDistance distance = new LevenshteinDistance(MOST_EDITS);
        String upper = typed.strip().toUpperCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String code : known) {
            if (code == null) {
                continue;
            }
            int d = distance.apply(upper, code.toUpperCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = code;
                bestDistance = d;
                tie = false;
            } else if (d >= 0 && d == bestDistance) {
                tie = true;
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(best);
    }

    /**
     * A problem of {@link #unknownCodes}, checked in SQL, with the code meant when one is near: a field's or an
     * indicator's within a few edits ({@link #nearest}; one differing in case only is named by the SQL already), an
     * agency's or agreement's in case only ({@link #otherCase}: {@code 10/QCPH/SNgV-BP} is two edits from
     * {@code 09/QCPH/SNgV-BP}, another agreement). {@code args} are the message's, the code quoted first; {@code known}
     * gives a catalogue's codes (this import's and the database's, an agency's or agreement's of the user's province
     * only) by the message's key. Empty for any other problem.
     */
    public static Optional<String> withMeant(String key, Object[] args, java.util.function.Function<Catalogue, List<String>> known) {
        for (Catalogue c : values()) {
            if (key.equals("import.unknown." + c.word) && args.length > 0 && args[0] instanceof String quoted
                    && quoted.length() > 2 && quoted.startsWith("'") && quoted.endsWith("'")) {
                String typed = quoted.substring(1, quoted.length() - 1).replace("''", "'");
                return c.provincial
                        ? otherCase(typed, known.apply(c)).map(meant -> Messages.text("import.unknownOtherCase." + c.word,
                                quoted, SqlText.literal(meant)))
                        : nearest(typed, known.apply(c)).map(meant -> Messages.text("import.unknownMeant." + c.word,
                                quoted, SqlText.literal(meant)));
            }
        }
        return Optional.empty();
    }

    /** The codes of this catalogue in the import's staging table and in the database, for {@link #withMeant}. */
    public String knownCodes() {
        return "select code from " + file.stagingTable() + " union select code from " + table;
    }

    /**
     * Codes of this import's file that look the same as a different code of the database (one stored, before
     * imports wrote NFC, decomposed or with an invisible character): applied, they would be a second agency
     * (agreement, ...) that looks identical. The file's code is in NFC and visible, so it is its own key.
     */
    String lookalikeCodes() {
        return """
                select s.line, 'code' as col,
                       case when k.import_id is null then 'import.lookalike.builtIn.%2$s' else 'import.lookalike.%2$s' end
                       as message, array[format('%%L', s.code), format('%%L', k.code), k.import_id::text] as args
                from %1$s s join %3$s k on lookalike_key(k.code) = s.code and k.code <> s.code
                """.formatted(file.stagingTable(), word, table);
    }

    /**
     * Codes of this import's file that differ from another code, stored or of the same file, in the case of their
     * letters only ({@code 09/qcph/sngv-bp} beside {@code 09/QCPH/SNGV-BP}): a code is its letters as written, so
     * applied it would be a second agency (agreement, ...) an office reads as the same one, and the records of
     * either counted apart. A stored code of another province than a limited user's ({@code :province}) is not
     * quoted: its spelling is that province's data.
     */
    String caseVariantCodes() {
        return """
                select s.line, 'code' as col,
                       case when %4$s then 'import.caseVariant.%2$s' else 'import.caseVariant.elsewhere.%2$s' end
                       as message, array[format('%%L', s.code), case when %4$s then format('%%L', k.code) end] as args
                from %1$s s join %3$s k on lower(k.code) = lower(s.code) and k.code <> s.code
                union all
                select line, 'code', 'import.caseVariant.inFile.%2$s',
                       array[format('%%L', code), format('%%L', first_code), first_line::text]
                from (select line, code, first_value(code) over w as first_code, first_value(line) over w as first_line
                      from %1$s where code is not null window w as (partition by lower(code) order by line)) d
                where code <> first_code
                """.formatted(file.stagingTable(), word, table,
                provincial ? ProvinceLimit.ofUsersProvinceOrAny("k.province") : "true");
    }

    /** The rows of this import's file whose code is stored already (the checks made sure they are identical). */
    public String present() {
        return "select count(*) from %s s where exists (select 1 from %s k where k.code = s.code)"
                .formatted(file.stagingTable(), table);
    }

    /** The imports that added the stored rows of the codes the file names again, into {@code stg_resent}. */
    public String resent() {
        return """
                insert into stg_resent (file, import_id)
                select distinct '%s', k.import_id from %s s join %s k on k.code = s.code where k.import_id is not null
                """.formatted(file.baseName(), file.stagingTable(), table);
    }

    /** Codes that appear more than once in this import's file, as problems on the later lines. */
    String duplicateCodes() {
        return """
                select line, 'code' as col, 'import.duplicate.%2$s' as message, array[format('%%L', code), first::text] as args
                from (select line, code, min(line) over (partition by code) as first from %1$s where code is not null) d
                where line > first
                """.formatted(file.stagingTable(), word);
    }

    /**
     * Rows whose code exists in the database with a different value of
     * {@code column}: an import never changes a catalogue row it does not own.
     * {@code existing} is the database's value, read from {@code k} (the
     * catalogue row) and the tables joined in {@code joins}; {@code staged}
     * is this file's value, read from {@code s}. The message quotes the stored
     * value, so for a user limited to a province ({@code :province}) it is said
     * of that province's rows only: a row of another province is refused as
     * such ({@link ProvinceLimit}), without a word of what it holds.
     */
    String differs(String column, String staged, String existing, String joins) {
        return """
                select s.line, '%2$s' as col, 'import.differs.%3$s' as message,
                       array[format('%%L', s.code), '%2$s', format('%%L', %5$s), format('%%L', %4$s)] as args
                from %1$s s join %6$s k on k.code = s.code %7$s
                where (%4$s) is distinct from (%5$s)%8$s
                """.formatted(file.stagingTable(), column, word, staged, existing, table, joins,
                provincial ? "\n  and " + ProvinceLimit.ofUsersProvinceOrAny("k.province") : "");
    }

    String differs(String column) {
        return differs(column, "s.\"" + column + "\"", "k.\"" + column + "\"", "");
    }
}
