package vn.coordreport.issuing;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.coordreport.database.FigureLock;
import vn.coordreport.period.Period;

/** The {@code final_document} and {@code issuing_step} tables. */
@Component
class FinalDocuments {

    // The final as the pipeline archived it, with its issuing body and province as they are when it is made: the
    // province is the issuing body's (the lead agency's), whose people review, sign and issue it, even when the
    // agreement, one between provinces, is recorded with another's.
    private static final String MADE = """
            insert into final_document (version_id, agreement_code, period, agency_code, province, empty_for_period)
            select v.id, v.agreement_code, v.period, ag.code, ag.province, :empty
            from report_version v
            join agreement a on a.code = v.agreement_code
            join agency ag on ag.id = a.lead_agency_id
            where v.id = :id and v.kind = 'FINAL' and v.format = 'PDF' and v.document_number is null
              and not exists (select 1 from final_document i where i.issued_version_id = v.id)
            on conflict (version_id) do nothing
            returning version_id
            """;

    private static final String COLUMNS = """
            select f.version_id, f.agreement_code, f.period, v.version, f.agency_code, ag.name as agency_name,
                   f.province, f.state,
                   f.empty_for_period,
                   (select max(n.version_id) from final_document n join report_version nv on nv.id = n.version_id
                    where nv.agreement_code = v.agreement_code and nv.period = v.period and nv.calendar = v.calendar
                      and n.version_id > f.version_id) as superseded_by,
                   f.title, f.signer_name, f.document_number, f.number_symbol, f.issued_on, f.issued_version_id,
                   f.updated_at, s.step as last_step, s.username as last_username, s.at as last_at,
                   s.comment as last_comment
            from final_document f
            join report_version v on v.id = f.version_id
            left join agency ag on ag.code = f.agency_code
            left join lateral (select step, username, at, comment from issuing_step
                               where version_id = f.version_id order by id desc limit 1) s on true
            """;

    private static final String LIST = COLUMNS + """
            where (cast(:period as text) is null or f.period = cast(:period as text))
              and (cast(:province as text) is null
                   or normalize(lower(trim(f.province)), NFC) = normalize(lower(trim(cast(:province as text))), NFC))
            order by f.period, f.agreement_code, f.version_id
            """;

    private static final String LOCK = "select version_id from final_document where version_id = :id for update";

    private static final String STEP = """
            insert into issuing_step (version_id, step, username, comment) values (:id, :step, :username, :comment)
            """;

    private final JdbcClient jdbc;

    /** Until the transaction ends, no import, undo or reopening changes a period's figures ({@link FigureLock}). */
    void holdFigures() {
        FigureLock.toIssue(jdbc);
    }

    FinalDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a newly archived final as waiting for review; false when it was known already. */
    boolean made(long versionId, boolean emptyForPeriod, String madeBy) {
        boolean added = jdbc.sql(MADE).param("id", versionId).param("empty", emptyForPeriod).query(Long.class)
                .optional().isPresent();
        if (added) {
            step(versionId, "MADE", madeBy, emptyForPeriod ? "không có số liệu, nội dung nào của kỳ báo cáo" : null);
        }
        return added;
    }

    List<FinalDocument> list(Period periodOrNull, String provinceOrNull) {
        return jdbc.sql(LIST).param("period", periodOrNull == null ? null : periodOrNull.toString(), Types.VARCHAR)
                .param("province", blankToNull(provinceOrNull), Types.VARCHAR).query(FinalDocument.class).list();
    }

    Optional<FinalDocument> find(long versionId) {
        return jdbc.sql(COLUMNS + " where f.version_id = :id").param("id", versionId).query(FinalDocument.class)
                .optional();
    }

    /** Locks the final's row to the end of the transaction and reads it: one step at a time per final. */
    Optional<FinalDocument> lock(long versionId) {
        if (jdbc.sql(LOCK).param("id", versionId).query(Long.class).optional().isEmpty()) {
            return Optional.empty();
        }
        return find(versionId);
    }

    List<IssuingStep> history(long versionId) {
        return jdbc.sql("select step, username, at, comment from issuing_step where version_id = :id order by id")
                .param("id", versionId).query(IssuingStep.class).list();
    }

    void step(long versionId, String step, String username, String comment) {
        jdbc.sql(STEP).param("id", versionId).param("step", step).param("username", username, Types.VARCHAR)
                .param("comment", comment, Types.VARCHAR).update();
    }

    void state(long versionId, FinalState state) {
        jdbc.sql("update final_document set state = :state, updated_at = now() where version_id = :id")
                .param("state", state.name()).param("id", versionId).update();
    }

    void signed(long versionId, byte[] content, String sha256, String signerName, String title, String numberSymbol) {
        jdbc.sql("""
                update final_document set state = 'SIGNED', signed_content = :content, signed_sha256 = :sha,
                    signer_name = :signer, title = :title, number_symbol = :symbol, updated_at = now()
                where version_id = :id
                """).param("content", content).param("sha", sha256).param("signer", signerName)
                .param("title", title, Types.VARCHAR).param("symbol", numberSymbol).param("id", versionId).update();
    }

    void issued(long versionId, long issuedVersionId, int number, LocalDate issuedOn) {
        jdbc.sql("""
                update final_document set state = 'ISSUED', issued_version_id = :issued, document_number = :number,
                    issued_on = :on, updated_at = now()
                where version_id = :id
                """).param("issued", issuedVersionId).param("number", number).param("on", issuedOn)
                .param("id", versionId).update();
    }

    Optional<byte[]> signedContent(long versionId) {
        return jdbc.sql("select signed_content from final_document where version_id = :id and signed_content is not null")
                .param("id", versionId).query(byte[].class).optional();
    }

    /**
     * Who keeps a copy of a document of this issuing body, as its "Nơi nhận" ends ({@code - Lưu: VT, QLBG.}): the
     * văn thư, and the drafting unit where the body names one ({@code unit}, agencies.csv).
     */
    List<String> copiesKept(String agencyCode) {
        String unit = jdbc.sql("select unit from agency where code = :code").param("code", agencyCode)
                .query(String.class).optional().map(String::strip).filter(u -> !u.isEmpty()).orElse(null);
        return unit == null ? List.of("VT") : List.of("VT", unit);
    }

    /** The name the final's issuing body has for its signer now (agencies.csv {@code signer_name}); may be blank. */
    Optional<String> signerNameOf(long versionId) {
        return jdbc.sql("""
                select ag.signer_name
                from final_document f join agency ag on ag.code = f.agency_code
                where f.version_id = :id
                """).param("id", versionId).query(String.class).optional()
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Whether an agency has this code, whatever its letters' case. */
    boolean agencyKnown(String code) {
        return jdbc.sql("select count(*) from agency where lower(code) = lower(:code)").param("code", code)
                .query(Long.class).single() > 0;
    }

    /**
     * The agency's code as stored, for a code typed in any case ({@code sngv-qt} for {@code SNGV-QT}, as the register
     * takes it; codes differing in case alone are refused at import); the exact one first.
     */
    Optional<String> agencyCode(String typed) {
        return typed == null ? Optional.empty() : jdbc.sql("""
                select code from agency where lower(code) = lower(:code) order by code = :code desc, code limit 1
                """).param("code", typed.strip()).query(String.class).optional();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
