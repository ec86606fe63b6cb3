package vn.coordreport.database;

/**
 * The embedded PostgreSQL could not be started or opened, said in the reader's words with what to do
 * ({@link DatabaseFailures}): a message whole in itself, which a failing start reports without a stack trace.
 */
public final class EmbeddedServerFailure extends IllegalStateException {

    EmbeddedServerFailure(String message) {
        super(message);
    }

    EmbeddedServerFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
