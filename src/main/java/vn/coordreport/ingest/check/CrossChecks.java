package vn.coordreport.ingest.check;

import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.ImportOutcome;
import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.messages.Messages;

/**
 * The checks across the files of one import, in SQL over its staging tables ({@link Checks}, {@link ProvinceLimit},
 * {@link LockedPeriods}), each problem reported at the file and line it is about. Their problems are kept apart
 * ({@link #sources}): they mean something only when every file could be read, and are dropped otherwise.
 */
public final class CrossChecks {

    private final JdbcClient jdbc;
    private final Problems problems;
    /** The province a limited user may import data of; null for every province. */
    private final String provinceLimit;
    private final List<Problems.Source> sources = new ArrayList<>();
    /** Told each statement run, for {@code -Dcoordreport.import.timing}. */
    private final Consumer<String> timing;

    public CrossChecks(JdbcClient jdbc, Problems problems, String provinceLimit, Consumer<String> timing) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.provinceLimit = provinceLimit;
        this.timing = timing;
    }

    /**
     * Checks these staged files (with the columns their headers named) against each other and the database.
     *
     * @param names the name each file is reported by
     */
    public void staged(Map<FileSpec, Set<String>> staged, Function<FileSpec, String> names) {
        for (FileSpec spec : staged.keySet()) {
            jdbc.sql("analyze " + spec.stagingTable()).update();
        }
        List<Checks.Check> checks = new ArrayList<>(Checks.of(staged));
        if (provinceLimit != null) {
            checks.addAll(ProvinceLimit.of(staged.keySet()));
        }
        run(checks, names);
    }

    /** Runs checks; each gives its message's code and arguments (the values quoted from the files, shortened). */
    public void run(List<Checks.Check> checks, Function<FileSpec, String> names) {
        for (Checks.Check check : checks) {
            String file = names.apply(check.file());
            var statement = jdbc.sql("select line, col, message, array(select " + Problems.shortened("a")
                    + " from unnest(args) with ordinality u(a, n) order by n) as args, count(*) over () as total from ("
                    + check.sql() + ") c order by line, col limit " + ImportOutcome.PROBLEM_CAP);
            // :province is null for a user of every province (the checks that read it when null cast it)
            List<Map<String, Object>> rows = (check.sql().contains(":province")
                    ? statement.param("province", provinceLimit, Types.VARCHAR) : statement)
                    .query().listOfRows();
            timing.accept(check.sql());
            if (!rows.isEmpty()) {
                // a mistyped field or indicator names the code meant: the catalogues' codes read once per check
                Map<Catalogue, List<String>> known = new EnumMap<>(Catalogue.class);
                Function<Catalogue, List<String>> codes = c -> known.computeIfAbsent(c, this::knownCodes);
                sources.add(problems.addCounted(rows.stream().map(r -> {
                    String key = (String) r.get("message");
                    Object[] args = arguments(r.get("args"));
                    // a code that names nothing because of a character nobody sees says where it is
                    String hidden = key.startsWith("import.unknown") && args.length > 0 && args[0] instanceof String quoted
                            ? vn.coordreport.ingest.format.KeyText.hiddenIn(quoted.replaceAll("^'|'$", "")) : "";
                    return new ImportProblem(file, ((Number) r.get("line")).longValue(), (String) r.get("col"),
                            vn.coordreport.ingest.format.KeyText.followedBy(Catalogue.withMeant(key, args, codes)
                                    .orElseGet(() -> Messages.text(key, args)), hidden));
                }).toList(), ((Number) rows.get(0).get("total")).longValue()));
            }
        }
    }

    /**
     * The codes of a catalogue in this import and the database; for a user limited to a province, no agency or
     * agreement of another (a mistyped code is never told another province's code).
     */
    private List<String> knownCodes(Catalogue catalogue) {
        // a staged row whose code could not be read has none
        List<String> codes = jdbc.sql(catalogue.knownCodes()).query(String.class).list().stream()
                .filter(java.util.Objects::nonNull).toList();
        String foreign = provinceLimit == null ? null : ProvinceLimit.foreignCodes(catalogue);
        if (foreign == null) {
            return codes;
        }
        Set<String> theirs = new java.util.HashSet<>(jdbc.sql(foreign).param("province", provinceLimit)
                .query((rs, n) -> rs.getString(1)).list());
        return codes.stream().filter(c -> !theirs.contains(c)).toList();
    }

    /** New sources for checks made elsewhere (the records' checks in Java), kept with these. */
    public List<Problems.Source> sources(int count) {
        List<Problems.Source> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            added.add(problems.source());
        }
        sources.addAll(added);
        return added;
    }

    /** Drops every problem of the checks across files: a file could not be read, so they would mislead. */
    public void dropAll() {
        sources.forEach(problems::drop);
    }

    /** A check's arguments, a {@code text[]}, for its message. */
    private static Object[] arguments(Object args) {
        try {
            return args == null ? new Object[0] : (Object[]) ((java.sql.Array) args).getArray();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The staged files with their columns, of these specs only. */
    public static Map<FileSpec, Set<String>> of(Map<FileSpec, Set<String>> staged, List<FileSpec> specs) {
        Map<FileSpec, Set<String>> these = new EnumMap<>(FileSpec.class);
        specs.forEach(spec -> these.put(spec, staged.get(spec)));
        return these;
    }
}
