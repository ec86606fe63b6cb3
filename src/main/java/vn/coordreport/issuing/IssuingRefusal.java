package vn.coordreport.issuing;

import vn.coordreport.messages.Messages;

/**
 * A step that may not be taken, and why; nothing was changed. The message is
 * the bundle's {@code issuing.refusal.*} text in the reader's language (that of
 * the command, the request or the page): the command line exits 1 with it, the
 * page shows it, the API answers it as the problem's {@code detail} with
 * {@link #status()} and the {@link #problem()}'s name.
 */
public class IssuingRefusal extends IllegalArgumentException {

    /** What is wrong, with the HTTP status the API answers. */
    public enum Problem {
        /** no such final */
        UNKNOWN(404),
        /** the user named (--as) is unknown or disabled */
        USER(403),
        /** the user lacks the step's role */
        ROLE(403),
        /** the final is of another province than the user's */
        PROVINCE(403),
        /** the final is not in the state the step needs */
        STATE(409),
        /** a newer final of the same report supersedes it */
        SUPERSEDED(409),
        /** a rejection without its reason */
        COMMENT(400),
        /** no final named */
        NOTHING(400),
        /** the user, or the issuing body, has no key registered */
        NO_KEY(400),
        /** the password or PIN does not open the key */
        PASSWORD(400),
        /** the key, its certificate or its image is not usable */
        KEY(400),
        /** the final names no signer */
        NO_SIGNER(400),
        /** the final's PDF has no blank number or date, or does not show its signer */
        UNSIGNABLE(400),
        /** a final with nothing of its period, issued without the confirmation */
        EMPTY(400),
        /** the period's data changed since the final was made: it would be signed or issued contradicted */
        DATA_CHANGED(409),
        /** the key was given wrong passwords or PINs too often in a row: not tried for a while */
        KEY_LOCKED(429);

        final int status;

        Problem(int status) {
            this.status = status;
        }
    }

    private final Problem problem;
    private final String code;
    private final Object[] args;

    /** A refusal worded by the bundle's {@code issuing.refusal.<code>} with its arguments. */
    IssuingRefusal(Problem problem, String code, Object... args) {
        super(Messages.text("issuing.refusal." + code, args));
        this.problem = problem;
        this.code = code;
        this.args = args.clone();
    }

    /**
     * The refusal as a page says it, where the command line's words do not fit a page: without the states' and
     * roles' codes, the command's options and commands ({@code issuing.refusal.page.<code>}); else as it is.
     */
    public String forPages() {
        String page = Messages.optional("issuing.refusal.page." + code, args);
        return page != null ? page : getMessage();
    }

    public Problem problem() {
        return problem;
    }

    /** For a key locked for a while, in how many seconds it is tried again (an HTTP {@code Retry-After}); else empty. */
    public java.util.OptionalLong retryAfterSeconds() {
        return problem == Problem.KEY_LOCKED && args.length > 2 && args[2] instanceof String minutes
                && minutes.matches("\\d+") ? java.util.OptionalLong.of(Long.parseLong(minutes) * 60)
                : java.util.OptionalLong.empty();
    }

    public int status() {
        return problem.status;
    }
}
