package vn.coordreport.ingest.load;

import static vn.coordreport.messages.DateFormats.DAY;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.check.Catalogue;
import vn.coordreport.ingest.check.CheckedRows;
import vn.coordreport.ingest.check.FutureDates;
import vn.coordreport.ingest.check.Problems;
import vn.coordreport.ingest.check.ProvinceLimit;
import vn.coordreport.ingest.check.RecordReferences;
import vn.coordreport.ingest.check.SqlText;
import vn.coordreport.ingest.format.ColumnType;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.ingest.read.Memo;
import vn.coordreport.ingest.read.RowSource;
import vn.coordreport.messages.Messages;

/**
 * records.csv (or a workbook's records sheet) checked row by row in Java and
 * streamed with a binary COPY straight into {@code record} (nothing stored can
 * match it: see {@link RecordMatch}) or into the staging table by id: each code is resolved to its id from {@link RecordReferences}, and the
 * checks that the other files get in SQL (unknown agreement, indicator or
 * agency, a date outside the agreement's term, another province's agreement or agency)
 * are made here with the same messages, each kind in a problem source of its
 * own, in line order. The first problem stops the writing (the import will be
 * rejected and rolled back) but not the checking, so that every problem is
 * still reported.
 */
public final class RecordLoader {

    /** The columns of {@code record} in the order {@link #write} sends them. */
    static final String COPY = "copy record (agreement_id, indicator_id, occurred_on, quantity, amount_vnd, counterpart, "
            + "agency_id, note, import_id) from stdin (format binary)";

    private static final FileSpec SPEC = FileSpec.RECORDS;
    private static final int AGREEMENT = index("agreement");
    private static final int INDICATOR = index("indicator");
    private static final int DATE = index("date");
    private static final int QUANTITY = index("quantity");
    private static final int AMOUNT = index("amount_vnd");
    private static final int COUNTERPART = index("counterpart");
    private static final int AGENCY = index("agency");
    private static final int NOTE = index("note");
    private static final int REF = index("ref");

    /** The rows checked, and the catalogue rows the rows written refer to (to be locked against deletion). */
    public record Loaded(StagedFile file, long written, BitSet agreements, BitSet indicators, BitSet agencies) {
    }

    /**
     * Where the rows go: {@code record} itself ({@link #COPY}), the staging table of {@link RecordMatch}
     * ({@code staged}: the line first, the ref last; with {@code provisional}, in a dry run, a code new in this
     * import gets an id below zero), or nowhere (a null {@code out}).
     */
    record Sink(BinaryCopyRows out, boolean staged, boolean provisional) {
    }

    /** Chooses the {@link Sink} once the header is read, knowing the columns it names. */
    interface Target {
        Sink open(java.util.Set<String> columns) throws SQLException;
    }

    private final String file;
    private final RecordReferences references;
    private final String provinceLimit;
    private final Problems.Source parse;
    private final Problems.Source unknownAgreement;
    private final Problems.Source unknownIndicator;
    private final Problems.Source unknownAgency;
    private final Problems.Source outsideTerm;
    private final Problems.Source otherProvince;
    /**
     * The rows naming another province's code, one entry per column, kind, code and province, told once at the end
     * at the first of its lines with how many more: the Tây Ninh sample sent by a Quảng Trị operator was 253
     * identical lines.
     */
    private final Map<List<String>, ForeignRows> foreignRows = new java.util.LinkedHashMap<>();
    private long foreignRowCount;
    private final BitSet agreements = new BitSet();
    private final BitSet indicators = new BitSet();
    private final BitSet agencies = new BitSet();
    private final Memo<LocalDate> dates = new Memo<>(ColumnType::date);
    private final Memo<byte[]> quantities = new Memo<>(BinaryCopyRows::encodeNumeric);
    private final Memo<byte[]> counterparts = new Memo<>(BinaryCopyRows::encodeText);
    /** The dates after today, told once the file is read. */
    private final FutureDates.Column future;
    /** In a dry run, the ids below zero given to codes new in this import (one per code, whatever its kind). */
    private final Map<String, Integer> provisional = new java.util.HashMap<>();

    /**
     * @param parse  where the problems of single cells go (as for any file)
     * @param checks where the problems of references go: sources that the caller drops when the
     *               checks across files are not to be reported (a file could not be read)
     * @param future follows the rows' dates after today
     */
    public RecordLoader(String file, RecordReferences references, String provinceLimit, Problems.Source parse,
            List<Problems.Source> checks, FutureDates.Column future) {
        this.future = future;
        this.file = file;
        this.references = references;
        this.provinceLimit = provinceLimit;
        this.parse = parse;
        this.unknownAgreement = checks.get(0);
        this.unknownIndicator = checks.get(1);
        this.unknownAgency = checks.get(2);
        this.outsideTerm = checks.get(3);
        this.otherProvince = checks.get(4);
    }

    /** The number of check sources {@link #RecordLoader} takes. */
    public static final int CHECK_SOURCES = 5;

    /**
     * Reads every row; writes them to the sink that {@code target} opens after the header (import
     * {@code importId}): into {@code record} while there is no problem; into staging every row that has none of its
     * own, so that the checks of the staged rows (a ref given twice, a locked period) are said in the same round as
     * the rows' own problems.
     */
    public Loaded load(RowSource source, Target target, long importId) throws IOException, SQLException {
        CheckedRows rows = new CheckedRows(SPEC, file, source, parse);
        long written = 0;
        BinaryCopyRows out = null;
        try {
            if (rows.header()) {
                Sink sink = target.open(rows.named());
                out = sink.out();
                boolean writing = out != null;
                long seen = problems();
                while (rows.next()) {
                    long before = problems();
                    boolean right = check(rows.values(), rows.line()) && before == seen;
                    if (!sink.staged()) {
                        writing &= right && before == 0;
                    }
                    if (writing && right) {
                        write(sink, rows.values(), rows.line(), importId);
                        written++;
                    }
                    seen = problems();
                }
            }
        } catch (IOException | SQLException | RuntimeException e) {
            if (out != null) {
                out.cancel();
            }
            throw e;
        }
        if (out != null) {
            out.finish();
        }
        foreignRows.forEach((key, rowsOf) -> otherProvince.add(new ImportProblem(file, rowsOf.first, key.get(0),
                ProvinceLimit.foreignMessage(key.get(1), key.get(2), key.get(3), provinceLimit, rowsOf.count - 1))));
        return new Loaded(rows.result(), written, agreements, indicators, agencies);
    }

    /** The first line naming a code of another province, and how many lines do. */
    private static final class ForeignRows {
        final long first;
        long count;

        ForeignRows(long first) {
            this.first = first;
        }
    }

    /** Checks one row's references; true when it has no problem at all. */
    private boolean check(String[] v, long line) {
        long before = problems();
        check(v[AGREEMENT], references.agreements, Catalogue.AGREEMENT, unknownAgreement, line, "agreement",
                references.foreign);
        String byName = v[INDICATOR] == null || references.indicators.containsKey(v[INDICATOR]) ? null
                : references.indicatorNames.get(RecordReferences.indicatorName(v[INDICATOR]));
        if (byName != null) {
            // the indicator's name typed for its code, as the template's sheet of indicators lists them side by side
            unknownIndicator.add(new ImportProblem(file, line, "indicator", Messages.text("import.record.indicatorByName",
                    SqlText.literal(v[INDICATOR]), byName)));
        } else {
            check(v[INDICATOR], references.indicators, Catalogue.INDICATOR, unknownIndicator, line, "indicator", Map.of());
        }
        if (!agencyByName(v[AGREEMENT], v[AGENCY], line)) {
            check(v[AGENCY], references.agencies, Catalogue.AGENCY, unknownAgency, line, "agency",
                    references.foreignAgencies);
        }
        if (v[DATE] != null) {
            future.see(dates.apply(v[DATE]), line);
        }
        if (v[AGREEMENT] != null) {
            // another province's agreement is refused as such; its term is that province's to know
            if (!references.foreign.containsKey(v[AGREEMENT]) && !references.foreignParties.containsKey(v[AGREEMENT])) {
                checkTerm(v[AGREEMENT], v[DATE] == null ? null : dates.apply(v[DATE]), line);
            }
            checkProvince(references.foreign, "agreement", "agreement", v[AGREEMENT], line);
            if (!references.foreign.containsKey(v[AGREEMENT])) {
                checkProvince(references.foreignParties, "agreement", "agreementParty", v[AGREEMENT], line);
            }
        }
        if (v[AGENCY] != null) {
            checkProvince(references.foreignAgencies, "agency", "agency", v[AGENCY], line);
            checkParty(v[AGREEMENT], v[AGENCY], line);
        }
        return problems() == before;
    }

    /**
     * The agency that reports a record is a party of its agreement (import format: "agency is the reporting party"):
     * another agency's figures would be counted in the regulation's report and shown in its share by agency. Asked
     * only of known codes of the user's province (the others are told so already).
     */
    private void checkParty(String agreement, String agency, long line) {
        List<String> parties = agreement == null ? null : references.parties.get(agreement);
        if (parties == null || parties.contains(agency) || !references.agencies.containsKey(agency)
                || references.foreign.containsKey(agreement) || references.foreignParties.containsKey(agreement)
                || references.foreignAgencies.containsKey(agency)) {
            return;
        }
        unknownAgency.add(new ImportProblem(file, line, "agency", Messages.text("import.record.agencyNotParty",
                SqlText.literal(agency), SqlText.literal(agreement), String.join(", ", parties))));
    }

    /**
     * Whether {@code agency}, no code, is the name of a party of the agreement ({@code Sở Ngoại vụ} typed for
     * {@code SNGV-QT}): then the problem names that party's code. Not for another province's agreement.
     */
    private boolean agencyByName(String agreement, String agency, long line) {
        List<String> parties = agreement == null || agency == null || references.agencies.containsKey(agency)
                || references.foreign.containsKey(agreement) || references.foreignParties.containsKey(agreement)
                ? null : references.parties.get(agreement);
        if (parties == null) {
            return false;
        }
        for (String party : parties) {
            String name = references.partyNames.get(party);
            if (name != null && name.equalsIgnoreCase(agency.strip())) {
                unknownAgency.add(new ImportProblem(file, line, "agency", Messages.text("import.record.agencyByName",
                        SqlText.literal(agency), party, SqlText.literal(agreement))));
                return true;
            }
        }
        return false;
    }

    private long problems() {
        return parse.count() + unknownAgreement.count() + unknownIndicator.count() + unknownAgency.count()
                + outsideTerm.count() + otherProvince.count() + foreignRowCount;
    }

    /** A code that names nothing; the one it differs from in case only is named unless another province's. */
    private void check(String code, Map<String, Integer> known, Catalogue catalogue, Problems.Source problems,
            long line, String column, Map<String, ?> foreign) {
        if (code != null && !known.containsKey(code)) {
            problems.add(new ImportProblem(file, line, column,
                    catalogue.unknownMessage(code, known.keySet(), k -> !foreign.containsKey(k))));
        }
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** Whether the record's date lies in its agreement's term. */
    private void checkTerm(String agreement, LocalDate date, long line) {
        List<RecordReferences.Term> terms = references.terms.get(agreement);
        if (terms == null || date == null) {
            return;
        }
        for (RecordReferences.Term term : terms) {
            if (date.isBefore(term.from()) || term.to() != null && date.isAfter(term.to())) {
                outsideTerm.add(new ImportProblem(file, line, "date", term.to() == null
                        ? Messages.text("import.record.outsideOpenTerm", day(date), SqlText.literal(agreement), day(term.from()))
                        : Messages.text("import.record.outsideTerm", day(date), SqlText.literal(agreement), day(term.from()),
                                day(term.to()))));
            }
        }
    }

    /**
     * An agreement or agency of another province than a limited user's, or an agreement with a party of one
     * (said once, whatever their provinces); said at the end, in the order first met.
     */
    private void checkProvince(Map<String, List<String>> foreign, String column, String kind, String code, long line) {
        List<String> provinces = foreign.get(code);
        if (provinces != null) {
            for (String province : kind.equals("agreementParty") ? provinces.subList(0, 1) : provinces) {
                foreignRows.computeIfAbsent(java.util.Arrays.asList(column, kind, code, province),
                        k -> new ForeignRows(line)).count++;
                foreignRowCount++;
            }
        }
    }

    private void write(Sink sink, String[] v, long line, long importId) throws SQLException {
        BinaryCopyRows out = sink.out();
        int agreement = id(references.agreements, v[AGREEMENT], sink);
        int indicator = id(references.indicators, v[INDICATOR], sink);
        int agency = v[AGENCY] == null ? RecordReferences.NO_ID : id(references.agencies, v[AGENCY], sink);
        LocalDate date = dates.apply(v[DATE]);
        if (agreement > 0) {
            agreements.set(agreement);
        }
        if (indicator > 0) {
            indicators.set(indicator);
        }
        if (sink.staged()) {
            out.row(10);
            out.int8(line);
        } else {
            out.row(9);
        }
        out.int4(agreement);
        out.int4(indicator);
        out.date(date.toEpochDay());
        out.value(quantities.apply(v[QUANTITY]));
        if (v[AMOUNT] == null) {
            out.nullValue();
        } else {
            out.int8(Long.parseLong(v[AMOUNT]));
        }
        if (v[COUNTERPART] == null) {
            out.nullValue();
        } else {
            out.value(counterparts.apply(v[COUNTERPART]));
        }
        if (v[AGENCY] == null) {
            out.nullValue();
        } else {
            if (agency > 0) {
                agencies.set(agency);
            }
            out.int4(agency);
        }
        text(out, v[NOTE]);
        if (sink.staged()) {
            text(out, v[REF]);
        } else {
            out.int8(importId);
        }
    }

    /**
     * The id of a code known to exist: written only once the catalogue is, so every code has one; in a dry run
     * (provisional) a code new in this import has none yet, and gets one below zero.
     */
    private int id(Map<String, Integer> known, String code, Sink sink) {
        int id = known.get(code);
        if (id == RecordReferences.NO_ID) {
            if (!sink.provisional()) {
                throw new IllegalStateException("code " + code + " has no id although the catalogue was written");
            }
            return provisional.computeIfAbsent(code, c -> -1 - provisional.size());
        }
        return id;
    }

    private static void text(BinaryCopyRows out, String value) {
        if (value == null) {
            out.nullValue();
        } else {
            out.text(value);
        }
    }

    private static int index(String column) {
        return SPEC.columns.indexOf(SPEC.column(column).orElseThrow());
    }
}
