package vn.coordreport.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.coordreport.ingest.PeriodLocks;
import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.Provinces;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccount;
import vn.coordreport.security.UserAccounts;

@Command(name = "reopen", mixinStandardHelpOptions = true,
        description = {"Reopens a period whose final report was issued (ADMIN role), so that imports may change its "
                + "figures and texts again; the next final made for it supersedes the issued one. Audited."})
class ReopenCommand implements Callable<Integer>, DatabaseOnly {

    private final PeriodLocks locks;
    private final UserAccounts users;
    private final AuditLog audit;

    @Spec
    CommandSpec spec;

    @Option(names = "--agreement", required = true, paramLabel = "CODE", description = "The agreement's code.")
    String agreement;

    @Option(names = "--period", converter = PeriodConverter.class, required = true, paramLabel = "PERIOD", description = "The period, e.g. 2021 or 2021-H1.")
    Period period;

    @Option(names = "--as", required = true, paramLabel = "USERNAME", description = "The ADMIN who reopens it.")
    String as;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is reopened, kept in the audit log.")
    String reason;

    ReopenCommand(PeriodLocks locks, UserAccounts users, AuditLog audit) {
        this.locks = locks;
        this.users = users;
        this.audit = audit;
    }

    @Override
    public Integer call() {
        UserAccount user = users.find(as).filter(UserAccount::enabled)
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("reopen.noUser", as)));
        if (!user.has(Role.ADMIN)) {
            throw new IllegalArgumentException(Messages.text("reopen.notAdmin", user.username(), user.role()));
        }
        // a user of one province reopens only what its bodies issued, as they review, sign and issue only that; told
        // before the lock is looked up, as the page tells it
        locks.issuingProvince(agreement).filter(p -> user.province() != null && !Provinces.same(p, user.province()))
                .ifPresent(p -> {
                    throw new IllegalArgumentException(Messages.text("reopen.otherProvince", agreement.strip(), p,
                            user.username(), user.province()));
                });
        PeriodLocks.Lock lock = locks.reopen(agreement, period.toString(), user.username(), reason);
        audit.record(user.username(), "REOPEN", lock.agreementCode() + "/" + lock.period(),
                "mở lại kỳ đã ban hành" + (lock.numberSymbol() == null ? "" : " (số " + lock.numberSymbol() + ")")
                        + (reason == null ? "" : ": " + reason));
        spec.commandLine().getOut().println(Messages.text("reopen.done", lock.period(), lock.agreementCode()));
        return ExitCode.OK;
    }
}
