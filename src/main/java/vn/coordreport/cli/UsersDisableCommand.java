package vn.coordreport.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.coordreport.security.UserAccounts;
import vn.coordreport.messages.Messages;

@Command(name = "disable", mixinStandardHelpOptions = true,
        description = "Disables a user: they can no longer sign in, nor use their API tokens. The audit log keeps their name.")
class UsersDisableCommand implements Callable<Integer>, DatabaseOnly {

    private final UserAccounts accounts;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "USERNAME", description = "The user's sign-in name.")
    String username;

    UsersDisableCommand(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Integer call() {
        accounts.disable(username);
        spec.commandLine().getOut().println(Messages.text("users.disabled", username));
        return ExitCode.OK;
    }
}
