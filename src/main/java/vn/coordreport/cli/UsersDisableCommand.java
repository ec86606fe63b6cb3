package vn.coordreport.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.coordreport.messages.Messages;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.UserAccount;
import vn.coordreport.security.UserAccounts;

@Command(name = "disable", mixinStandardHelpOptions = true,
        description = "Disables a user: they can no longer sign in, nor use their API tokens. The audit log keeps their name.")
class UsersDisableCommand implements Callable<Integer>, DatabaseOnly {

    private final UserAccounts accounts;
    private final AuditLog audit;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "USERNAME", description = "The user's sign-in name.")
    String username;

    UsersDisableCommand(UserAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public Integer call() {
        accounts.disable(username);
        // as the page records it, with who did it on this machine; named as it is stored
        String stored = accounts.find(username).map(UserAccount::username).orElse(username);
        audit.record(null, "USER_DISABLE", "user/" + stored, "by " + UsersCommand.administrator());
        spec.commandLine().getOut().println(Messages.text("users.disabled", stored));
        return ExitCode.OK;
    }
}
