package vn.coordreport.cli;

import java.io.PrintWriter;

import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.UnknownAgreement;
import vn.coordreport.messages.Messages;

/**
 * What to do after a code that no agreement has, said on standard error: the code it was meant to be when one
 * agreement's differs from it only in case or diacritics ({@code 09/qcph/sngv-bdbp}), else where to look codes up
 * ({@code coordreport agreements}). A mistyped code would otherwise read as an agreement with nothing to list.
 */
final class AgreementHint {

    private AgreementHint() {
    }

    /** The line that names the code meant, or points to the list of codes. */
    static void print(AgreementCatalog catalog, String typed, PrintWriter err) {
        err.println(catalog.meant(typed).map(code -> Messages.text("cli.unknownAgreement.meant", code))
                .orElseGet(() -> Messages.text("cli.unknownAgreement.hint")));
    }

    /** Says that {@code code} is no agreement's, and what to do, when it is not; nothing for null or a known one. */
    static void unlessKnown(AgreementCatalog catalog, String code, PrintWriter err) {
        if (code != null && catalog.find(code).isEmpty()) {
            err.println(UnknownAgreement.message(code.strip()));
            print(catalog, code, err);
        }
    }
}
