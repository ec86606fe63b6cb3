package vn.coordreport.api;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.coordreport.delivery.DeliveryRecord;
import vn.coordreport.delivery.ReportDelivery;

@RestController
@Tag(name = "api.doc.tag.deliveries")
class DeliveriesController {

    private final ReportDelivery delivery;
    private final Provinces provinces;

    DeliveriesController(ReportDelivery delivery, Provinces provinces) {
        this.delivery = delivery;
        this.provinces = provinces;
    }

    @Operation(summary = "api.doc.deliveries.list.summary")
    @GetMapping("/api/deliveries")
    List<DeliveryRecord> list(@RequestParam(required = false) String agreement) {
        Function<String, Boolean> visible = provinces.visible();
        return delivery.list(agreement).stream().filter(d -> visible.apply(d.agreementCode())).toList();
    }
}
