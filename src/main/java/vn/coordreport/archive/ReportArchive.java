package vn.coordreport.archive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;

/**
 * The module's façade: every rendered report version, stored once and never
 * changed (the database rejects UPDATE and DELETE on {@code report_version}).
 */
@Service
public class ReportArchive {

    private static final String COLUMNS = """
            id, agreement_code, period, calendar, kind, format, version, document_number, sha256, size_bytes,
            pages, fingerprint, created_at, created_by, job_execution_id, supersedes_id, missing_signer,
            number_symbol, issued_on
            """;

    private static final String LATEST = "select " + COLUMNS + """
            from report_version
            where agreement_code = :code and period = :period and calendar = :calendar
              and kind = :kind and format = :format
            order by version desc
            limit 1
            """;

    // One lock per coordinates, held to the end of the transaction: two stores of
    // one report never read the same "latest" (the unique key is the backstop).
    private static final String LOCK = "select pg_advisory_xact_lock(hashtextextended(:key, 0))";

    private static final String INSERT = """
            insert into report_version (agreement_code, period, calendar, kind, format, version, document_number,
                content, sha256, size_bytes, pages, fingerprint, created_by, job_execution_id, supersedes_id,
                missing_signer, number_symbol, issued_on)
            values (:code, :period, :calendar, :kind, :format, :version, :number,
                :content, :sha256, :size, :pages, :fingerprint, :createdBy, :jobExecutionId, :supersedes,
                :missingSigner, :numberSymbol, :issuedOn)
            returning
            """ + COLUMNS;

    private static final String LIST = "select " + COLUMNS + """
            from report_version
            where (cast(:code as text) is null or agreement_code = cast(:code as text))
              and (cast(:period as text) is null or period = cast(:period as text))
            order by agreement_code, period, calendar, kind, format, version
            """;

    private static final String FIND = "select " + COLUMNS + " from report_version where id = :id";

    private static final String CONTENT = "select content from report_version where id = :id";

    private static final String LAST_ISSUED = """
            select id from report_version
            where agreement_code = :code and period = :period and calendar = :calendar
              and kind = 'FINAL' and format = 'PDF' and document_number is not null
            order by version desc
            limit 1
            """;

    private final JdbcClient jdbc;
    // programmatic, not @Transactional: the class then needs no generated proxy, which was a third of the start
    // of a command such as 'reports' that only reads it
    private final TransactionTemplate transaction;

    ReportArchive(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The newest version for these coordinates, if any. */
    public Optional<ArchivedReport> latest(String agreementCode, String period, String calendar, ReportKind kind,
            String format) {
        return jdbc.sql(LATEST).param("code", agreementCode).param("period", period).param("calendar", calendar)
                .param("kind", kind.name()).param("format", format).query(ArchivedReport.class).optional();
    }

    /** The last issued document (a numbered final PDF) of these coordinates, if any. */
    public Optional<ArchivedReport> lastIssued(String agreementCode, String period, String calendar) {
        return jdbc.sql(LAST_ISSUED).param("code", agreementCode).param("period", period).param("calendar", calendar)
                .query(Long.class).optional().flatMap(this::find);
    }

    /**
     * Stores a version: numbers it (max + 1 per agreement, period, calendar, kind
     * and format) and hashes it; a FINAL records the FINAL it supersedes.
     * Idempotent: when the latest version of these coordinates has the same
     * fingerprint, that version is returned and nothing is stored. Safe under
     * concurrent calls: an advisory lock per coordinates serialises them.
     */
    public ArchivedReport store(NewReport r) {
        return transaction.execute(status -> storeLocked(r));
    }

    private ArchivedReport storeLocked(NewReport r) {
        String key = String.join("\u001f", r.agreementCode(), r.period(), r.calendar(), r.kind().name(), r.format());
        jdbc.sql(LOCK).param("key", key).query().listOfRows();
        Optional<ArchivedReport> latest = latest(r.agreementCode(), r.period(), r.calendar(), r.kind(), r.format());
        if (latest.isPresent() && latest.get().fingerprint().equals(r.fingerprint())) {
            return latest.get();
        }
        Long supersedes = r.kind() == ReportKind.FINAL ? latest.map(ArchivedReport::id).orElse(null) : null;
        return jdbc.sql(INSERT)
                .param("code", r.agreementCode()).param("period", r.period()).param("calendar", r.calendar())
                .param("kind", r.kind().name()).param("format", r.format())
                .param("version", latest.map(v -> v.version() + 1).orElse(1))
                .param("number", r.documentNumber(), Types.INTEGER)
                .param("content", r.content()).param("sha256", sha256(r.content()))
                .param("size", (long) r.content().length).param("pages", r.pages())
                .param("fingerprint", r.fingerprint()).param("createdBy", r.createdBy())
                .param("jobExecutionId", r.jobExecutionId(), Types.BIGINT)
                .param("supersedes", supersedes, Types.BIGINT)
                .param("missingSigner", r.missingSigner(), Types.VARCHAR)
                .param("numberSymbol", r.numberSymbol(), Types.VARCHAR).param("issuedOn", r.issuedOn(), Types.DATE)
                .query(ArchivedReport.class).single();
    }

    /**
     * Stores the issued form of a final (signed, numbered and dated by the văn
     * thư) as the next version of the final's coordinates, with the final's
     * fingerprint, so that unchanged data renders no new final after it. It
     * supersedes the last issued final of these coordinates, if any.
     *
     * @param numberSymbol  what follows the number on the document, e.g. {@code /BC-SNgV}; null when unknown
     * @throws IllegalArgumentException when {@code finalId} is not a final PDF
     */
    public ArchivedReport storeIssued(long finalId, int documentNumber, String numberSymbol, LocalDate issuedOn,
            byte[] content, String createdBy) {
        return transaction.execute(status -> storeIssuedLocked(finalId, documentNumber, numberSymbol, issuedOn,
                content, createdBy));
    }

    private ArchivedReport storeIssuedLocked(long finalId, int documentNumber, String numberSymbol,
            LocalDate issuedOn, byte[] content, String createdBy) {
        ArchivedReport rendered = find(finalId).filter(r -> r.kind() == ReportKind.FINAL && r.format().equals("PDF"))
                .orElseThrow(() -> new IllegalArgumentException("version #" + finalId + " is not a final PDF"));
        String key = String.join("\u001f", rendered.agreementCode(), rendered.period(), rendered.calendar(),
                ReportKind.FINAL.name(), "PDF");
        jdbc.sql(LOCK).param("key", key).query().listOfRows();
        ArchivedReport latest = latest(rendered.agreementCode(), rendered.period(), rendered.calendar(),
                ReportKind.FINAL, "PDF").orElseThrow();
        Long supersedes = lastIssuedId(rendered).orElse(null);
        return jdbc.sql(INSERT)
                .param("code", rendered.agreementCode()).param("period", rendered.period())
                .param("calendar", rendered.calendar()).param("kind", ReportKind.FINAL.name()).param("format", "PDF")
                .param("version", latest.version() + 1).param("number", documentNumber)
                .param("content", content).param("sha256", sha256(content))
                .param("size", (long) content.length).param("pages", rendered.pages())
                .param("fingerprint", rendered.fingerprint()).param("createdBy", createdBy)
                .param("jobExecutionId", null, Types.BIGINT).param("supersedes", supersedes, Types.BIGINT)
                // signed under the signer's name: it names its signer
                .param("missingSigner", null, Types.VARCHAR)
                .param("numberSymbol", numberSymbol, Types.VARCHAR)
                .param("issuedOn", Objects.requireNonNull(issuedOn, "issuedOn"), Types.DATE)
                .query(ArchivedReport.class).single();
    }

    /**
     * The issued document that issuing this final would replace (its version then supersedes it): the newest
     * numbered final of the same report, issued before a reopening; empty when none was issued. Reads only.
     */
    public Optional<ArchivedReport> issuedBefore(long finalId) {
        return find(finalId).flatMap(this::lastIssuedId).flatMap(this::find);
    }

    private Optional<Long> lastIssuedId(ArchivedReport rendered) {
        return jdbc.sql(LAST_ISSUED).param("code", rendered.agreementCode()).param("period", rendered.period())
                .param("calendar", rendered.calendar()).query(Long.class).optional();
    }

    /**
     * Every version, or those of one agreement and/or one period, by coordinates then version. The period is a
     * {@link Period}, not text: {@code 2019-h1} as text would match nothing and look like an empty archive.
     */
    public List<ArchivedReport> list(String agreementCodeOrNull, Period periodOrNull) {
        return jdbc.sql(LIST).param("code", blankToNull(agreementCodeOrNull), Types.VARCHAR)
                .param("period", periodOrNull == null ? null : periodOrNull.toString(), Types.VARCHAR)
                .query(ArchivedReport.class).list();
    }

    public Optional<ArchivedReport> find(long id) {
        return jdbc.sql(FIND).param("id", id).query(ArchivedReport.class).optional();
    }

    /**
     * The stored bytes of a version.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public byte[] content(long id) {
        return jdbc.sql(CONTENT).param("id", id).query(byte[].class).optional()
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("archive.noVersion", String.valueOf(id))));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
