package vn.coordreport.issuing;

import java.sql.Types;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code outgoing_register} table: per issuing body and year, by number. */
@Component
class OutgoingRegister {

    private final JdbcClient jdbc;

    OutgoingRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(RegisterEntry e) {
        jdbc.sql("""
                insert into outgoing_register (agency_code, year, number, number_symbol, issued_on, title, signer_name,
                    recipients, archive_copy, copies, transferred_on, received_by, notes, version_id, issued_by)
                values (:agency, :year, :number, :symbol, :issuedOn, :title, :signer, :recipients, :archive, :copies,
                    :transferred, :received, :notes, :version, :by)
                """).param("agency", e.agencyCode()).param("year", e.year()).param("number", e.number())
                .param("symbol", e.numberSymbol()).param("issuedOn", e.issuedOn()).param("title", e.title())
                .param("signer", e.signerName(), Types.VARCHAR).param("recipients", e.recipients())
                .param("archive", e.archiveCopy()).param("copies", e.copies())
                .param("transferred", e.transferredOn(), Types.DATE).param("received", e.receivedBy(), Types.VARCHAR)
                .param("notes", e.notes(), Types.VARCHAR).param("version", e.versionId(), Types.BIGINT)
                .param("by", e.issuedBy(), Types.VARCHAR).update();
    }

    /**
     * A year's lines, of one issuing body or of all (then by body), by number. A line whose document a later one
     * replaces (issued after the period was reopened) says so in its notes, as a clerk annotates a paper register: the
     * line written at its issue is not changed, the annotation is read from the replacing line.
     */
    List<RegisterEntry> list(int year, String agencyOrNull, String provinceOrNull) {
        return jdbc.sql("""
                select r.agency_code, r.year, r.number, r.number_symbol, r.issued_on, r.title, r.signer_name,
                       r.recipients, r.archive_copy, r.copies, r.transferred_on, r.received_by,
                       concat_ws('; ', r.notes, (
                           select 'đã được thay thế bởi văn bản số ' || l.number_symbol || ' ngày '
                                  || to_char(l.issued_on, 'DD/MM/YYYY')
                           from outgoing_register l join report_version lv on lv.id = l.version_id
                           where r.version_id is not null and lv.supersedes_id = r.version_id
                           order by l.issued_on desc, l.number desc limit 1)) as notes,
                       r.version_id, r.issued_by
                from outgoing_register r
                where r.year = :year
                  and (cast(:agency as text) is null or upper(r.agency_code) = upper(trim(cast(:agency as text))))
                  and (cast(:province as text) is null or r.agency_code in (
                       select code from agency
                       where normalize(lower(trim(province)), NFC) = normalize(lower(trim(cast(:province as text))), NFC)))
                order by r.agency_code, r.number
                """).param("year", year).param("agency", agencyOrNull, Types.VARCHAR)
                .param("province", provinceOrNull, Types.VARCHAR).query(RegisterEntry.class).list();
    }

    /** The issuing bodies with a line in the year, by code, with their names. */
    List<IssuingBody> bodies(int year, String provinceOrNull) {
        return jdbc.sql("""
                select distinct r.agency_code as code, coalesce(a.name, r.agency_code) as name, a.province
                from outgoing_register r left join agency a on a.code = r.agency_code
                where r.year = :year and (cast(:province as text) is null
                      or normalize(lower(trim(a.province)), NFC) = normalize(lower(trim(cast(:province as text))), NFC))
                order by r.agency_code
                """).param("year", year).param("province", provinceOrNull, Types.VARCHAR).query(IssuingBody.class).list();
    }

    /** The agency of this code (in any case), if it is of {@code provinceOrNull}: an issuing body with or without lines. */
    Optional<IssuingBody> body(String code, String provinceOrNull) {
        return jdbc.sql("""
                select code, name, province from agency
                where upper(code) = upper(trim(:code)) and (cast(:province as text) is null
                      or normalize(lower(trim(province)), NFC) = normalize(lower(trim(cast(:province as text))), NFC))
                order by code limit 1
                """).param("code", code).param("province", provinceOrNull, Types.VARCHAR).query(IssuingBody.class)
                .optional();
    }
}
