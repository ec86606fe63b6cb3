package vn.coordreport.catalog;

import vn.coordreport.messages.Messages;

/** A code that names no agreement of the catalogue: bad input, said in the reader's language. */
public class UnknownAgreement extends IllegalArgumentException {

    private final String code;

    public UnknownAgreement(String code) {
        super(message(code));
        this.code = code;
    }

    /** The code as it was given. */
    public String code() {
        return code;
    }

    /** What a user reads of an unknown agreement code, for an answer that is not an exception of this type (a 404). */
    public static String message(String code) {
        return Messages.text("catalog.unknownAgreement", code);
    }
}
