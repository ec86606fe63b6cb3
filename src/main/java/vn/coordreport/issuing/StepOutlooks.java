package vn.coordreport.issuing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.DocumentNumbers;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.delivery.ReportDelivery;

/**
 * What the signing and issuing steps would do, read before them for the people who take them: the same sources as
 * the steps (the user's key in use, the signer's name, the register's next number, the delivery's recipients, the
 * issued document a new issue replaces), and nothing written, no number taken.
 */
@Component
class StepOutlooks {

    private final FinalDocuments finals;
    private final SigningKeys keys;
    private final DocumentNumbers numbers;
    private final ReportArchive archive;
    private final ReportDelivery delivery;
    private final Clock clock;

    StepOutlooks(FinalDocuments finals, SigningKeys keys, DocumentNumbers numbers, ReportArchive archive,
            ReportDelivery delivery, Clock clock) {
        this.finals = finals;
        this.keys = keys;
        this.numbers = numbers;
        this.archive = archive;
        this.delivery = delivery;
        this.clock = clock;
    }

    SigningOutlook signing(long versionId, String username) {
        String holder = keys.ofUser(username).map(k -> PdfSigning.commonName(k.subject())).orElse(null);
        return new SigningOutlook(username, holder, finals.signerNameOf(versionId).orElse(null));
    }

    IssueOutlook issue(FinalDocument f) {
        LocalDate today = LocalDate.now(clock);
        String number = ArchivedReport.numberAndSymbol(numbers.peek(f.agencyCode(), today.getYear()), f.numberSymbol());
        String replaces = archive.issuedBefore(f.versionId()).map(ReportDelivery::reference).orElse(null);
        // who signed: the latest signature in the history; whose key: the name the signature itself carries
        List<IssuingStep> signatures = finals.history(f.versionId()).stream().filter(s -> s.step().equals("SIGNED"))
                .toList();
        String signedBy = signatures.isEmpty() ? null : signatures.get(signatures.size() - 1).username();
        String holder = finals.signedContent(f.versionId()).map(PdfSigning::firstSignersName).orElse(null);
        return new IssueOutlook(number, today.getYear(), today, delivery.recipients(f.agreementCode()), replaces,
                signedBy, holder, f.signerName());
    }
}
