package vn.coordreport.api;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.AgreementSummary;
import vn.coordreport.security.CurrentUser;

/** Which agreements the current user may see, by their province. */
@Component
class Provinces {

    private final AgreementCatalog catalog;
    private final CurrentUser user;

    Provinces(AgreementCatalog catalog, CurrentUser user) {
        this.catalog = catalog;
        this.user = user;
    }

    /**
     * The 404 of a code that names no agreement, naming the code meant when one differs from it only in case or
     * diacritics ({@code 09/qcph/sngv-bp}) and the user may see it, as the command line does.
     */
    NotFound unknown(String code) {
        String detail = vn.coordreport.catalog.UnknownAgreement.message(code);
        String meant = catalog.meant(code).filter(m -> catalog.find(m).map(a -> user.canSee(a.province())).orElse(false))
                .map(m -> vn.coordreport.messages.Messages.text("api.unknownAgreement.meant", m)).orElse("");
        return new NotFound(Character.toUpperCase(detail.charAt(0)) + detail.substring(1) + meant);
    }

    /** The agreement's province must be the user's (403); an agreement no longer in the catalog has none. */
    void require(String agreementCode) {
        user.requireProvince(catalog.find(agreementCode).map(AgreementSummary::province).orElse(null));
    }

    /**
     * A report of the agreement must be of the user's province: the agreement's or its lead agency's, which issues
     * it (they differ for an agreement between provinces recorded with the other's) (403).
     */
    void requireReport(String agreementCode) {
        if (!catalog.find(agreementCode).map(a -> a.reportsSeenBy(user::canSee)).orElse(false)) {
            require(agreementCode);
        }
    }

    /** For filtering a list of reports: whether the reports of each agreement code are visible. */
    Function<String, Boolean> reportsVisible() {
        Map<String, AgreementSummary> agreements = catalog.list(null).stream()
                .collect(Collectors.toMap(AgreementSummary::code, a -> a, (a, b) -> a));
        return code -> {
            AgreementSummary agreement = agreements.get(code);
            return agreement != null && agreement.reportsSeenBy(user::canSee);
        };
    }

    /** For filtering a list: whether each agreement code is visible. */
    Function<String, Boolean> visible() {
        Map<String, String> provinces = catalog.list(null).stream()
                .collect(Collectors.toMap(AgreementSummary::code, AgreementSummary::province, (a, b) -> a));
        return code -> user.canSee(provinces.get(code));
    }
}
