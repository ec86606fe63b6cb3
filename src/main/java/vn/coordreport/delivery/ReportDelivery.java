package vn.coordreport.delivery;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.archive.ReportKind;
import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.AgreementRecipient;
import vn.coordreport.catalog.AgreementSummary;
import vn.coordreport.messages.Messages;

/**
 * The module's façade: final reports by e-mail, exactly once per version and
 * recipient. A ledger row is claimed (SENDING, committed) before its SMTP
 * conversation and marked SENT after it; a transient failure puts it back
 * with a back-off, a permanent one makes it FAILED, and a row left SENDING by
 * a crash becomes UNCERTAIN: shown, never resent blindly.
 */
@Service
public class ReportDelivery {

    private final DeliveryLedger ledger;
    private final ReportArchive archive;
    private final AgreementCatalog catalog;
    private final ReportMail mail;
    private final ObjectProvider<JavaMailSender> senders;
    private final DeliveryProperties properties;
    private final ObjectProvider<MeterRegistry> meters;

    ReportDelivery(DeliveryLedger ledger, ReportArchive archive, AgreementCatalog catalog, ReportMail mail,
            ObjectProvider<JavaMailSender> senders, DeliveryProperties properties, ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
        this.ledger = ledger;
        this.archive = archive;
        this.catalog = catalog;
        this.mail = mail;
        this.senders = senders;
        this.properties = properties;
    }

    /**
     * Adds ledger rows (version × recipient address) for a final PDF version:
     * the agreement's recipients and its province's {@code *} recipients, one
     * row per address whatever its case. Rows already there are left alone.
     *
     * @return the number of new rows
     * @throws IllegalArgumentException for an unknown version, a draft or a DOCX
     */
    public int enqueue(long versionId) {
        ArchivedReport version = archive.find(versionId)
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("delivery.noVersion", String.valueOf(versionId))));
        if (version.kind() != ReportKind.FINAL || !version.format().equals("PDF")) {
            throw new IllegalArgumentException(Messages.text("delivery.notFinalPdf", String.valueOf(versionId),
                    version.kind().name(), version.format()));
        }
        int added = 0;
        for (AgreementRecipient r : recipients(version.agreementCode())) {
            if (ledger.add(versionId, r.email(), r.name(), mail.messageId(versionId, r.email()))) {
                added++;
            }
        }
        return added;
    }

    /**
     * Whom {@link #enqueue} writes to for a report of this agreement, names and addresses as the mails carry them
     * (each on one line): the agreement's recipients and its province's {@code *} ones, one per address.
     */
    public List<AgreementRecipient> recipients(String agreementCode) {
        return catalog.recipients(agreementCode).stream().map(r -> new AgreementRecipient(
                MailWording.oneLine(r.email()), MailWording.oneLine(r.name()), r.role())).toList();
    }

    /**
     * How a mail names an issued document, {@code số 05/BC-SNgV ngày 05/12/2026}: in "Báo cáo này thay thế Báo cáo
     * số …" for the one a new issue replaces.
     */
    public static String reference(ArchivedReport issued) {
        return ReportMail.reference(issued);
    }

    /** Whether an SMTP server is configured ({@code spring.mail.host}), so that {@link #deliverDue()} can send. */
    public boolean mailConfigured() {
        return senders.getIfAvailable() != null;
    }

    /**
     * Sends every due ledger row (PENDING, its next attempt time passed), each
     * claimed on its own, and returns the counts. Rows left SENDING longer than
     * {@code coordreport.delivery.sending-timeout} first become UNCERTAIN (counted as failed).
     *
     * @throws IllegalStateException when no SMTP server is configured ({@code spring.mail.host})
     */
    public DeliveryRun deliverDue() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException(Messages.text("delivery.noSmtp"));
        }
        int[] counts = {0, 0, 0, ledger.markStaleUncertain(properties.sendingTimeout())}; // sent, retry, failed, uncertain
        countMail("failed", counts[3]);
        Run run = new Run(sender);
        OffsetDateTime runStart = ledger.now();
        String domain = mail.domain();
        for (var claim = ledger.claimNext(runStart, domain); claim.isPresent(); claim = ledger.claimNext(runStart, domain)) {
            int outcome = record(claim.get(), run.send(claim.get()));
            counts[outcome]++;
            countMail(OUTCOMES[outcome], 1);
        }
        return DeliveryRun.of(counts);
    }

    /** The metric's outcome of each count: an uncertain mail is a failed one there, as it always was. */
    static final String[] OUTCOMES = {"sent", "retry", "failed", "failed"};

    /** {@code coordreport.mails}: mails sent, put back for a retry, or failed (FAILED or UNCERTAIN). */
    private void countMail(String outcome, int count) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null && count > 0) {
            registry.counter("coordreport.mails", "outcome", outcome).increment(count);
        }
    }

    /** Writes the outcome of one claimed row; returns 0 (sent), 1 (retry later) or 2 (failed or uncertain). */
    private int record(DeliveryLedger.Claim claim, SmtpOutcome outcome) {
        return SendLedger.record(ledger, claim.id(), claim.attempts(), outcome, properties);
    }

    /** One run's SMTP work, with the versions, their bytes and agreements read once per run. */
    private final class Run {

        private final JavaMailSender sender;
        private final Map<Long, ArchivedReport> versions = new HashMap<>();
        private final Map<Long, byte[]> contents = new HashMap<>();
        private final Map<String, Optional<AgreementSummary>> agreements = new HashMap<>();
        private final Map<String, Optional<String>> contacts = new HashMap<>();
        private Boolean severalProvinces;

        Run(JavaMailSender sender) {
            this.sender = sender;
        }

        SmtpOutcome send(DeliveryLedger.Claim claim) {
            return SendLedger.send(sender, () -> {
                ArchivedReport version = versions.computeIfAbsent(claim.versionId(), id -> archive.find(id).orElseThrow());
                byte[] content = contents.computeIfAbsent(claim.versionId(), archive::content);
                AgreementSummary agreement = agreements.computeIfAbsent(version.agreementCode(), catalog::find)
                        .orElse(null);
                // the issued document it replaces, by its number and date, as the register names it
                ArchivedReport replaced = version.supersedesId() == null ? null
                        : versions.computeIfAbsent(version.supersedesId(), id -> archive.find(id).orElse(null));
                // the issuing body's own address: the mail is its, whatever province the deployment's sender is of
                String contact = contacts.computeIfAbsent(version.agreementCode(), catalog::leadContactEmail)
                        .orElse(null);
                if (severalProvinces == null) {
                    severalProvinces = catalog.severalProvinces();
                }
                return mail.build(sender, version, replaced, content, agreement, contact, severalProvinces, claim.email(),
                        claim.name(), claim.messageId());
            });
        }
    }

    /**
     * Puts an UNCERTAIN or FAILED delivery back in the queue, for the next
     * {@link #deliverDue()}: the operator has checked that the recipient did
     * not get it (UNCERTAIN), or has mended the cause (FAILED).
     *
     * @param uncertainChecked whether an UNCERTAIN one may go: someone looked for it in the mail server's log
     *                         (the command line's operator does, as its documentation tells; the page asks)
     * @throws IllegalArgumentException when no such row is FAILED, or UNCERTAIN with {@code uncertainChecked}
     */
    public void requeue(long versionId, String email, boolean uncertainChecked) {
        if (ledger.requeue(versionId, email, uncertainChecked) == 0) {
            throw new IllegalArgumentException(Messages.text("delivery.notRequeued", String.valueOf(versionId), email));
        }
    }

    /** The ledger, or that of one agreement's versions, by version then address. */
    public List<DeliveryRecord> list(String agreementCodeOrNull) {
        Map<Long, ArchivedReport> versions = archive.list(agreementCodeOrNull, null).stream()
                .filter(v -> v.kind() == ReportKind.FINAL)
                .collect(Collectors.toMap(ArchivedReport::id, Function.identity()));
        return ledger.rowsOf(List.copyOf(versions.keySet())).stream().map(r -> {
            ArchivedReport v = versions.get(r.versionId());
            return new DeliveryRecord(r.versionId(), v.agreementCode(), v.period(), v.version(), r.email(), r.name(),
                    r.status(), r.attempts(), r.lastError(), r.sentAt(), r.nextAttemptAt(), v.numberAndSymbol(),
                    r.messageId());
        }).toList();
    }
}
