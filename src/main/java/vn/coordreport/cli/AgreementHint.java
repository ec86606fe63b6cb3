package vn.coordreport.cli;

import java.io.PrintWriter;

import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.UnknownAgreement;
import vn.coordreport.messages.Messages;

/**
 * Where to look an agreement's code up ({@code coordreport agreements}), said on standard error after a code that
 * no agreement has: a mistyped code would otherwise read as an agreement with nothing to list.
 */
final class AgreementHint {

    private AgreementHint() {
    }

    /** The line that points to the list of codes. */
    static void print(PrintWriter err) {
        err.println(Messages.text("cli.unknownAgreement.hint"));
    }

    /** Says that {@code code} is no agreement's, and where to look, when it is not; nothing for null or a known one. */
    static void unlessKnown(AgreementCatalog catalog, String code, PrintWriter err) {
        if (code != null && catalog.find(code).isEmpty()) {
            err.println(UnknownAgreement.message(code.strip()));
            print(err);
        }
    }
}
