package vn.coordreport.ingest;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.coordreport.catalog.UnknownAgreement;
import vn.coordreport.database.FigureLock;
import vn.coordreport.ingest.check.LockedPeriods;
import vn.coordreport.period.Period;

/**
 * The periods locked against imports because their final was issued, and their
 * reopening (issue #17, point 6). A reopened period takes imports again until a
 * final of it is issued anew; what is changed meanwhile makes a new final,
 * which supersedes the issued one in the archive. Who may reopen (an ADMIN) is
 * the caller's to check; the caller audits it too.
 */
@Service
public class PeriodLocks {

    /**
     * A locked period of an agreement, with the province of its issuing body (the agreement's lead agency, whose
     * people issued the final and may reopen it, as they review, sign and issue it) and the issued final's number.
     */
    public record Lock(String agreementCode, String period, String province, String numberSymbol, LocalDate issuedOn) {
    }

    private final JdbcClient jdbc;

    PeriodLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every locked period, by agreement then period. */
    public List<Lock> locked() {
        return jdbc.sql("select l.agreement_code, l.period, coalesce(ag.province, a.province) as province, "
                + "l.number_symbol, l.issued_on from (" + LockedPeriods.LOCKED + ") l "
                + "join agreement a on a.id = l.agreement_id left join agency ag on ag.id = a.lead_agency_id "
                + "order by l.agreement_code, l.period").query(Lock.class).list();
    }

    /**
     * The province of an agreement's issuing body (its lead agency's, else the agreement's), as {@link Lock} has it:
     * whose admin may reopen its periods. Empty for an agreement that is none.
     */
    public java.util.Optional<String> issuingProvince(String agreementCode) {
        return jdbc.sql("""
                select coalesce(ag.province, a.province) from agreement a left join agency ag on ag.id = a.lead_agency_id
                where a.code = :code
                """).param("code", agreementCode == null ? "" : agreementCode.strip()).query(String.class).optional();
    }

    /**
     * The lock of a period of an agreement.
     *
     * @throws UnknownAgreement         when no agreement has the code
     * @throws IllegalArgumentException when the period is none ({@code 2021-H3}), or is not locked (never issued, or
     *                                  reopened already)
     */
    public Lock lockOf(String agreementCode, String period) {
        String code = agreementCode == null ? "" : agreementCode.strip();
        String normalized = Period.parse(period).toString();
        return locked().stream().filter(l -> l.agreementCode().equals(code) && l.period().equals(normalized))
                .findFirst()
                .orElseThrow(() -> jdbc.sql("select exists (select from agreement where code = :code)")
                        .param("code", code).query(Boolean.class).single()
                        ? new IllegalArgumentException("kỳ " + normalized + " của quy chế '" + code + "' không bị "
                                + "khóa: chưa có bản chính thức nào của kỳ được ban hành, hoặc kỳ đã được mở lại")
                        : new UnknownAgreement(code));
    }

    /**
     * Reopens a locked period of an agreement for imports, recording who did it.
     *
     * @return the lock lifted
     * @throws IllegalArgumentException as {@link #lockOf}
     */
    @Transactional
    public Lock reopen(String agreementCode, String period, String username, String reason) {
        // alone, as an import: an issue of the period running now commits first, and it is that lock that is lifted
        FigureLock.toChange(jdbc);
        Lock lock = lockOf(agreementCode, period);
        jdbc.sql("""
                insert into period_reopening (agreement_code, period, reopened_by, reason)
                values (:code, :period, :by, :reason)
                """).param("code", lock.agreementCode()).param("period", lock.period()).param("by", username)
                .param("reason", reason, java.sql.Types.VARCHAR).update();
        return lock;
    }
}
