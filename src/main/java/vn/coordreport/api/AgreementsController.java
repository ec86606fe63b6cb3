package vn.coordreport.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.AgreementSummary;
import vn.coordreport.security.CurrentUser;

@RestController
@Tag(name = "api.doc.tag.agreements")
class AgreementsController {

    private final AgreementCatalog catalog;
    private final CurrentUser user;
    private final Provinces provinces;

    AgreementsController(AgreementCatalog catalog, CurrentUser user, Provinces provinces) {
        this.catalog = catalog;
        this.user = user;
        this.provinces = provinces;
    }

    @Operation(summary = "api.doc.agreements.list.summary")
    @GetMapping("/api/agreements")
    List<AgreementSummary> list(@RequestParam(required = false) String province) {
        return catalog.list(province).stream().filter(a -> user.canSee(a.province())).toList();
    }

    @Operation(summary = "api.doc.agreements.one.summary")
    @GetMapping("/api/agreement")
    AgreementSummary one(@RequestParam String code) {
        AgreementSummary agreement = catalog.find(code).orElseThrow(() -> provinces.unknown(code));
        user.requireProvince(agreement.province());
        return agreement;
    }
}
