package vn.coordreport.issuing;

/**
 * A step that may not be taken, and why; nothing was changed. The command
 * line exits 1 with the message; the page shows it; the API answers with
 * {@link #status()}.
 */
public class IssuingRefusal extends IllegalArgumentException {

    /** Why: the HTTP status the API answers with. */
    public enum Reason {
        /** no such final (404) */
        UNKNOWN(404),
        /** the user lacks the step's role, or the final is of another province (403) */
        NOT_ALLOWED(403),
        /** the final is not in the state the step needs, or a newer final supersedes it (409) */
        OUT_OF_ORDER(409),
        /** a missing comment, key, signer's name, confirmation, or a wrong password (400) */
        BAD_INPUT(400);

        final int status;

        Reason(int status) {
            this.status = status;
        }
    }

    private final Reason reason;

    IssuingRefusal(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public int status() {
        return reason.status;
    }
}
