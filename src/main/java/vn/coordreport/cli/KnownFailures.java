package vn.coordreport.cli;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

import vn.coordreport.messages.Messages;

/**
 * A start that fails for a reason we know ({@link FailureHandler#known}: a setting of the wrong kind, a port taken, a
 * second serve on one home, a database that refuses) is reported by Spring Boot in those words, before its own
 * analyzers' English, and without the hundred lines of stack trace an IT officer read before the one line that said
 * what to fix (the trace is still logged at DEBUG by {@code org.springframework.boot.diagnostics}). Any other failure
 * keeps its stack trace.
 */
public final class KnownFailures implements FailureAnalyzer, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        return FailureHandler.known(failure)
                .map(said -> new FailureAnalysis(said, Messages.text("cli.knownFailure.action"), failure))
                .orElse(null);
    }
}
