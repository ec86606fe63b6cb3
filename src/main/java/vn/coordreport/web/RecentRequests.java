package vn.coordreport.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.AgreementSummary;
import vn.coordreport.pipeline.ReportRequestStatus;
import vn.coordreport.pipeline.ReportRequests;
import vn.coordreport.security.CurrentUser;

/** Report requests as the signed-in user may see them: those of their province only. */
@Component
class RecentRequests {

    static final int SHOWN = 10;

    private final ReportRequests requests;
    private final AgreementCatalog catalog;
    private final CurrentUser user;

    RecentRequests(ReportRequests requests, AgreementCatalog catalog, CurrentUser user) {
        this.requests = requests;
        this.catalog = catalog;
        this.user = user;
    }

    List<ReportRequestStatus> recent() {
        Map<String, Boolean> visible = new HashMap<>();
        return requests.recent(50).stream()
                .filter(r -> visible.computeIfAbsent(r.agreementCode(), code -> catalog.find(code)
                        .map(a -> a.reportsSeenBy(user::canSee)).orElse(false)))
                .limit(SHOWN).toList();
    }

    /**
     * The request, once the user may see its agreement's reports: of its province or its lead agency's (403
     * otherwise, 404 when unknown).
     */
    ReportRequestStatus find(long id) {
        ReportRequestStatus request = requests.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có yêu cầu này"));
        AgreementSummary agreement = catalog.find(request.agreementCode())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có quy chế này"));
        if (!agreement.reportsSeenBy(user::canSee)) {
            user.requireProvince(agreement.province());
        }
        return request;
    }
}
