package vn.coordreport.issuing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.coordreport.archive.ArchivedReport;

/**
 * The archive as the page lists it: every stored version with where it stands
 * (a draft, a final on its way out, the issued document), its number and its
 * signature, found by words, province, issuing agency and state, a page at a
 * time, counted and cut in SQL.
 */
@Service
public class ReportVersions {

    /**
     * What is looked for; each null or blank for no filter.
     *
     * @param visibleProvince the user's own province, or null for a user who sees every province
     * @param state           {@code DRAFT}, {@code FINAL} (a final outside issuing: a Word copy, or made before it),
     *                        {@code ISSUED_DOCUMENT} (the issued, numbered PDF) or a {@link FinalState} name
     */
    public record Filter(String visibleProvince, String text, String province, String agency, String state) {
    }

    /**
     * One version.
     *
     * @param state        as {@link Filter#state()}
     * @param signedBy     who signed the final (or the final this issued document is of), else null
     * @param signedAt     when
     * @param signerName   the name printed under the signature
     * @param keyHolder    the name in the certificate of the key that signed, as the signing step recorded it, else null
     * @param issuedAs     for a final that was issued, the issued document's version (signed, numbered), else null
     * @param replacedBy   for an issued document or its Word copy, the number and symbol of the next one issued for
     *                     its agreement and period (after a reopening), which replaces it, as the register annotates
     *                     it; else null
     */
    public record Row(long id, String agreementCode, String province, String agencyCode, String agencyName,
            String period, String kind, String format, int version, String state, Integer documentNumber,
            String numberSymbol, String signedBy, OffsetDateTime signedAt, String signerName, String keyHolder,
            OffsetDateTime createdAt, String createdBy, long sizeBytes, int pages, Long supersedesId, Long finalId,
            Long issuedAs, boolean superseded, String replacedBy) {

        /**
         * Who signed, as the archive shows it: the name printed under the signature, with the account that signed
         * ({@code Nguyễn Triều Thương (gd)}) and, when its key names someone else, whose key it was ({@code Nguyễn
         * Triều Thương (pho, khóa mang tên Trần Văn Phó)}: the printed name alone read as if he had signed); the
         * account alone when no name was printed; null when unsigned.
         */
        public String signer() {
            if (signedBy == null) {
                return null;
            }
            if (signerName == null || signerName.isBlank()) {
                return signedBy;
            }
            boolean another = keyHolder != null && !Issuing.sameName(keyHolder, signerName);
            return signerName.strip() + " (" + signedBy + (another ? ", khóa mang tên " + keyHolder : "") + ")";
        }

        /** {@code 05/BC-SNgV} for an issued document, else null. */
        public String numberAndSymbol() {
            return ArchivedReport.numberAndSymbol(documentNumber, numberSymbol);
        }

        /** The period in words ({@code 9 tháng đầu năm 2020}), or as stored when it is not a period's code. */
        public String periodWords() {
            return vn.coordreport.period.Period.wordsOf(period);
        }

        /**
         * The state as the page says it. The final a văn thư issued is not itself the issued document (that is a new
         * version, signed and numbered): it is the one sent for signature, without number or signature, and says so.
         */
        public String stateLabel() {
            return switch (state) {
                case "DRAFT" -> "Dự thảo";
                // the issued text taken as a Word file: it is no final of its own, and goes out of force with it
                case "FINAL" -> documentNumber == null ? "Bản chính thức"
                        : ("DOCX".equals(format) ? "Bản Word của văn bản đã ban hành" : "Bản sao của văn bản đã ban hành")
                                + (replacedBy == null ? "" : " (đã được thay thế bởi văn bản số " + replacedBy + ")");
                case "ISSUED_DOCUMENT" -> "Văn bản đã ban hành"
                        + (replacedBy == null ? "" : " (đã được thay thế bởi văn bản số " + replacedBy + ")");
                case "ISSUED" -> ISSUED_FINAL;
                // a final on its way that a newer one replaced: its steps are refused, and the page says why
                default -> FinalState.valueOf(state).label() + (superseded ? SUPERSEDED : "");
            };
        }
    }

    /** What a final on its way says once a newer final of its report was made. */
    public static final String SUPERSEDED = " (đã có bản mới thay thế)";

    /** A final that was issued, as the archive says it: the version sent for signature, not the issued document. */
    public static final String ISSUED_FINAL = "Bản trình ký (đã ban hành)";

    /** One page of versions, and how many match in all. */
    public record Found(List<Row> rows, long total) {
    }

    private static final String SEARCH = """
            with v as (
                select v.id, v.agreement_code, a.province, ag.code as agency_code, ag.name as agency_name, v.period,
                       v.kind, v.format, v.version, v.created_at, v.created_by, v.size_bytes, v.pages, v.supersedes_id,
                       coalesce(f.version_id, fi.version_id) as final_id, f.issued_version_id as issued_as,
                       case when v.kind = 'DRAFT' then 'DRAFT' when fi.version_id is not null then 'ISSUED_DOCUMENT'
                            when f.state is not null then f.state else 'FINAL' end as state,
                       coalesce(v.document_number, fi.document_number) as document_number,
                       -- an issued document's Word copy has its number, and the symbol of the final it copies
                       coalesce(fi.number_symbol, f.number_symbol,
                                (select w.number_symbol from final_document w
                                 where v.document_number is not null and w.agreement_code = v.agreement_code
                                   and w.period = v.period and w.document_number = v.document_number
                                 order by w.updated_at desc limit 1)) as number_symbol,
                       coalesce(fi.signer_name, f.signer_name) as signer_name,
                       f.version_id is not null and exists (
                           select 1 from final_document n join report_version nv on nv.id = n.version_id
                           where nv.agreement_code = v.agreement_code and nv.period = v.period
                             and nv.calendar = v.calendar and n.version_id > f.version_id) as superseded,
                       -- an issued document (or its Word copy) that a later one, issued after a reopening,
                       -- replaces, as the register says
                       case when coalesce(fi.version_id, c.version_id) is not null then (
                           select case when n.document_number < 10 then '0' else '' end || n.document_number
                                  || coalesce(n.number_symbol, '')
                           from final_document n join report_version nv on nv.id = n.version_id
                           where n.state = 'ISSUED' and n.agreement_code = v.agreement_code and n.period = v.period
                             and nv.calendar = v.calendar and n.version_id > coalesce(fi.version_id, c.version_id)
                           order by n.version_id asc limit 1) end as replaced_by
                from report_version v
                left join agreement a on a.code = v.agreement_code
                left join agency ag on ag.id = a.lead_agency_id
                left join final_document f on f.version_id = v.id
                left join final_document fi on fi.issued_version_id = v.id
                -- a Word copy of an issued document: the final issued under its number and date
                left join lateral (
                    select w.version_id from final_document w join report_version wv on wv.id = w.version_id
                    where f.version_id is null and fi.version_id is null and v.document_number is not null
                      and w.state = 'ISSUED' and w.agreement_code = v.agreement_code and w.period = v.period
                      and wv.calendar = v.calendar and w.document_number = v.document_number
                      and w.issued_on is not distinct from v.issued_on
                    order by w.version_id desc limit 1) c on true
                where (cast(:id as bigint) is null or v.id = cast(:id as bigint))
                  and (search_key(:visible) is null or search_key(a.province) = search_key(:visible)
                       or search_key(ag.province) = search_key(:visible))
                  and (search_key(:province) is null or search_key(a.province) = search_key(:province))
                  and (search_key(:agency) is null or lower(ag.code) = search_key(:agency))
                  and (search_key(:text) is null
                       or search_key(v.agreement_code || ' ' || v.period || ' ' || coalesce(a.title, ''))
                          like search_pattern(:text))
            )
            select v.*, s.username as signed_by, s.at as signed_at, s.comment as signed_comment, count(*) over () as total
            from v
            left join lateral (select username, at, comment from issuing_step
                               where version_id = v.final_id and step = 'SIGNED' order by id desc limit 1) s on true
            where search_key(:state) is null or lower(v.state) = search_key(:state)
            order by v.created_at desc, v.id desc
            limit :limit offset :offset
            """;

    private final JdbcClient jdbc;

    ReportVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Found find(Filter filter, int limit, long offset) {
        long[] total = {0};
        List<Row> rows = query(filter, null, limit, offset, total);
        if (rows.isEmpty() && offset > 0) {
            query(filter, null, 1, 0, total);
        }
        return new Found(rows, total[0]);
    }

    /** One version as {@link #find} lists it, when the user may see it (else empty, as for an unknown one). */
    public Optional<Row> one(long id, String visibleProvince) {
        return query(new Filter(visibleProvince, null, null, null, null), id, 1, 0, new long[1]).stream().findFirst();
    }

    private List<Row> query(Filter filter, Long idOrNull, int limit, long offset, long[] total) {
        return jdbc.sql(SEARCH)
                .param("id", idOrNull, java.sql.Types.BIGINT)
                .param("visible", filter.visibleProvince(), java.sql.Types.VARCHAR)
                .param("province", filter.province(), java.sql.Types.VARCHAR)
                .param("agency", filter.agency(), java.sql.Types.VARCHAR)
                .param("text", filter.text(), java.sql.Types.VARCHAR)
                .param("state", filter.state(), java.sql.Types.VARCHAR)
                .param("limit", limit).param("offset", offset)
                .query((r, n) -> {
                    total[0] = r.getLong("total");
                    return new Row(r.getLong("id"), r.getString("agreement_code"), r.getString("province"),
                            r.getString("agency_code"), r.getString("agency_name"), r.getString("period"),
                            r.getString("kind"), r.getString("format"), r.getInt("version"), r.getString("state"),
                            (Integer) r.getObject("document_number"), r.getString("number_symbol"),
                            r.getString("signed_by"), r.getObject("signed_at", OffsetDateTime.class),
                            r.getString("signer_name"), Issuing.keyHolderOf(r.getString("signed_comment")),
                            r.getObject("created_at", OffsetDateTime.class),
                            r.getString("created_by"), r.getLong("size_bytes"), r.getInt("pages"),
                            (Long) r.getObject("supersedes_id"), (Long) r.getObject("final_id"),
                            (Long) r.getObject("issued_as"), r.getBoolean("superseded"), r.getString("replaced_by"));
                }).list();
    }
}
