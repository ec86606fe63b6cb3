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
import vn.coordreport.security.UserDirectory;

@Command(name = "enable", mixinStandardHelpOptions = true,
        description = "Lets a disabled user sign in again (their API tokens revoked stay revoked).")
class UsersEnableCommand implements Callable<Integer>, DatabaseOnly {

    private final UserAccounts accounts;
    private final UserDirectory directory;
    private final AuditLog audit;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "USERNAME", description = "The user's sign-in name.")
    String username;

    UsersEnableCommand(UserAccounts accounts, UserDirectory directory, AuditLog audit) {
        this.accounts = accounts;
        this.directory = directory;
        this.audit = audit;
    }

    @Override
    public Integer call() {
        UserAccount user = accounts.find(username)
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("users.unknown", username)));
        if (user.enabled()) {
            spec.commandLine().getOut().println(Messages.text("users.alreadyEnabled", user.username()));
            return ExitCode.OK;
        }
        directory.enable(user.username());
        audit.record(null, "USER_ENABLE", "user/" + user.username(), "by " + UsersCommand.administrator());
        spec.commandLine().getOut().println(Messages.text("users.enabled", user.username()));
        return ExitCode.OK;
    }
}
