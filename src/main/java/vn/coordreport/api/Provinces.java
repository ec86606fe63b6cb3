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

    /** The agreement's province must be the user's (403); an agreement no longer in the catalog has none. */
    void require(String agreementCode) {
        user.requireProvince(catalog.find(agreementCode).map(AgreementSummary::province).orElse(null));
    }

    /** For filtering a list: whether each agreement code is visible. */
    Function<String, Boolean> visible() {
        Map<String, String> provinces = catalog.list(null).stream()
                .collect(Collectors.toMap(AgreementSummary::code, AgreementSummary::province, (a, b) -> a));
        return code -> user.canSee(provinces.get(code));
    }
}
