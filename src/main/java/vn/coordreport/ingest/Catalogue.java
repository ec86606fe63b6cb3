package vn.coordreport.ingest;

/** The kinds of code an import file may refer to: staged in this import, or already in the database. */
enum Catalogue {

    AGENCY(FileSpec.AGENCIES, "agency", "agency"),
    FIELD(FileSpec.FIELDS, "field", "field"),
    INDICATOR(FileSpec.INDICATORS, "indicator", "indicator"),
    AGREEMENT(FileSpec.AGREEMENTS, "agreement", "agreement");

    final FileSpec file;
    final String table;
    final String word;

    Catalogue(FileSpec file, String table, String word) {
        this.file = file;
        this.table = table;
        this.word = word;
    }

    /**
     * Rows of {@code staging} whose {@code column} names a code that exists nowhere, as problems. One anti-join
     * against the codes of the import and of the database together, which PostgreSQL hashes whatever its
     * estimates: two anti-joins in a row let a stale estimate of the catalogue table (never analysed in a new
     * database) turn the second into a nested loop, 20 s for a million records against 340 agreements.
     */
    String unknownCodes(FileSpec staging, String column) {
        return """
                select s.line, '%2$s' as col,
                       format('unknown %3$s %%L: it is neither in %4$s of this import nor in the database', s."%2$s") as message
                from %1$s s
                where s."%2$s" is not null
                  and not exists (select 1 from (select code from %5$s union all select code from %6$s) k
                                  where k.code = s."%2$s")
                """.formatted(staging.stagingTable(), column, word, file.baseName(), file.stagingTable(), table);
    }

    /** The message of {@link #unknownCodes} for a code, for the records checked in Java ({@link RecordLoader}). */
    String unknownMessage(String code) {
        return "unknown " + word + " " + SqlText.literal(code) + ": it is neither in " + file.baseName()
                + " of this import nor in the database";
    }

    /** The rows of this import's file whose code is stored already (the checks made sure they are identical). */
    String present() {
        return "select count(*) from %s s where exists (select 1 from %s k where k.code = s.code)"
                .formatted(file.stagingTable(), table);
    }

    /** Codes that appear more than once in this import's file, as problems on the later lines. */
    String duplicateCodes() {
        return """
                select line, 'code' as col,
                       format('%2$s code %%L appears twice in this import (first on line %%s)', code, first) as message
                from (select line, code, min(line) over (partition by code) as first from %1$s where code is not null) d
                where line > first
                """.formatted(file.stagingTable(), word);
    }

    /**
     * Rows whose code exists in the database with a different value of
     * {@code column}: an import never changes a catalogue row it does not own.
     * {@code existing} is the database's value, read from {@code k} (the
     * catalogue row) and the tables joined in {@code joins}; {@code staged}
     * is this file's value, read from {@code s}.
     */
    String differs(String column, String staged, String existing, String joins) {
        return """
                select s.line, '%2$s' as col,
                       format('%3$s %%L already exists with %2$s %%L, this file says %%L: an import never changes '
                              || 'an existing %3$s, so make the row identical or give it another code',
                              s.code, %5$s, %4$s) as message
                from %1$s s join %6$s k on k.code = s.code %7$s
                where (%4$s) is distinct from (%5$s)
                """.formatted(file.stagingTable(), column, word, staged, existing, table, joins);
    }

    String differs(String column) {
        return differs(column, "s.\"" + column + "\"", "k.\"" + column + "\"", "");
    }
}
