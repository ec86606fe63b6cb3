package vn.coordreport.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.coordreport.security.UserAccounts;
import vn.coordreport.messages.Messages;

@Command(name = "unlock", mixinStandardHelpOptions = true,
        description = {"Unlocks a user locked after too many failed sign-ins (or, with --address, lets a client "
                + "address that failed too often try again at once), and forgets their failures.",
                "Written to the audit log (UNLOCK). A lock also ends by itself after coordreport.sign-in.account-lock."})
class UsersUnlockCommand implements Callable<Integer>, DatabaseOnly {

    private final UserAccounts accounts;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "USERNAME", arity = "0..1",
            description = "The user's sign-in name (left out with --address).")
    String username;

    @Option(names = "--address", paramLabel = "ADDRESS", description = "A client address (as the audit log shows it) instead of a user.")
    String address;

    UsersUnlockCommand(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Integer call() {
        if ((username == null) == (address == null)) {
            throw new ParameterException(spec.commandLine(), Messages.text("users.unlockWhat"));
        }
        String by = UsersCommand.administrator();
        boolean unlocked = username != null ? accounts.unlock(username, by) : accounts.unlockAddress(address, by);
        String what = username != null ? username : Messages.text("users.address", address);
        spec.commandLine().getOut().println(Messages.text(unlocked ? "users.unlocked" : "users.notLocked", what));
        return ExitCode.OK;
    }
}
