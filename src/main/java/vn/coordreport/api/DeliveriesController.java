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
    List<Delivery> list(@RequestParam(required = false) String agreement) {
        Function<String, Boolean> visible = provinces.visible();
        return delivery.list(agreement).stream().filter(d -> visible.apply(d.agreementCode())).map(Delivery::of).toList();
    }

    /**
     * A ledger row as the API gives it: its columns, {@code reason} why it did not go in the reader's language, and
     * {@code serverSaid}, what the mail server and library said (its Message-ID included) without Java's class
     * names, where {@code lastError} is the ledger's raw text; {@code nextAttemptAt} only while it waits (PENDING).
     */
    record Delivery(long versionId, String agreementCode, String period, int version, String email, String name,
            String status, int attempts, String lastError, java.time.OffsetDateTime sentAt,
            java.time.OffsetDateTime nextAttemptAt, String document, String messageId, String reason,
            String serverSaid) {

        static Delivery of(DeliveryRecord d) {
            return new Delivery(d.versionId(), d.agreementCode(), d.period(), d.version(), d.email(), d.name(),
                    d.status(), d.attempts(), d.lastError(), d.sentAt(),
                    d.status().equals("PENDING") ? d.nextAttemptAt() : null, d.document(), d.messageId(),
                    d.explanation(), d.technicalDetail());
        }
    }
}
