package vn.coordreport.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.AgreementSummary;
import vn.coordreport.catalog.UnknownAgreement;
import vn.coordreport.security.CurrentUser;

/**
 * The agreements and report versions the signed-in user may see: lists leave
 * out other provinces, a single one of another province is refused (403), an
 * unknown one is 404.
 */
@Component
class VisibleAgreements {

    private final AgreementCatalog catalog;
    private final ReportArchive archive;
    private final CurrentUser user;

    VisibleAgreements(AgreementCatalog catalog, ReportArchive archive, CurrentUser user) {
        this.catalog = catalog;
        this.archive = archive;
        this.user = user;
    }

    List<AgreementSummary> list() {
        return catalog.list(user.province().orElse(null)).stream().filter(a -> user.canSee(a.province())).toList();
    }

    /**
     * The agreements whose reports the user may request: those whose lead agency is of their province, also one
     * between provinces recorded with the other's (the report is the lead agency's).
     */
    List<AgreementSummary> requestable() {
        return catalog.list(null).stream().filter(a -> user.canSee(a.leadAgencyProvince())).toList();
    }

    /** The agreement, once the user may see its province. */
    AgreementSummary find(String code) {
        AgreementSummary agreement = known(code);
        user.requireProvince(agreement.province());
        return agreement;
    }

    /** The agreement, once the user may see its reports: of its province, or of its lead agency's. */
    AgreementSummary ofReports(String code) {
        AgreementSummary agreement = known(code);
        if (!agreement.reportsSeenBy(user::canSee)) {
            user.requireProvince(agreement.province());
        }
        return agreement;
    }

    private AgreementSummary known(String code) {
        return catalog.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                PageFormat.capitalised(new UnknownAgreement(code).getMessage()) + "."));
    }

    /**
     * The agreement a form names, once the user may see its province; a code no agreement has stands for itself,
     * for the import the form makes to say it is unknown.
     */
    AgreementSummary orUnknown(String code) {
        return catalog.find(code).map(agreement -> {
            user.requireProvince(agreement.province());
            return agreement;
        }).orElseGet(() -> new AgreementSummary(code, code, null, null, null, null, null, null));
    }

    /**
     * The agreement a report is requested of, once the user may act for its lead agency's province: the report is
     * the lead agency's, headed by it and numbered in its register (also for an agreement between provinces
     * recorded with the other's).
     */
    AgreementSummary forRequest(String code) {
        AgreementSummary agreement = known(code);
        user.requireProvince(agreement.leadAgencyProvince());
        return agreement;
    }

    /**
     * The archived version, once the user may see its agreement's province or its lead agency's: a report is of
     * both, the lead agency issuing it, also for an agreement between provinces recorded with the other's.
     */
    ArchivedReport version(long id) {
        ArchivedReport version = archive.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có báo cáo này"));
        AgreementSummary agreement = catalog.find(version.agreementCode())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có quy chế này"));
        if (!agreement.reportsSeenBy(user::canSee)) {
            user.requireProvince(agreement.province());
        }
        return version;
    }

    /**
     * The archived version, once the user may act for its lead agency's province, whose document it is (sent in its
     * name, numbered in its register): the other province of an agreement between two reads it, and acts on none.
     */
    ArchivedReport versionToActOn(long id) {
        ArchivedReport version = archive.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có báo cáo này"));
        forRequest(version.agreementCode());
        return version;
    }

    /** The newest version of each report (period, calendar, kind, format) of an agreement, newest first. */
    List<ArchivedReport> latestReports(String code, int limit) {
        BinaryOperator<ArchivedReport> newer = (a, b) -> a.version() >= b.version() ? a : b;
        Map<String, ArchivedReport> latest = archive.list(code, null).stream().collect(Collectors.toMap(
                v -> String.join("|", v.period(), v.calendar(), v.kind().name(), v.format()), v -> v, newer));
        return latest.values().stream().sorted(Comparator.comparing(ArchivedReport::createdAt).reversed()
                .thenComparing(ArchivedReport::id, Comparator.reverseOrder())).limit(limit).toList();
    }
}
