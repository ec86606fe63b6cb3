package vn.coordreport.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import vn.coordreport.security.UserAccounts;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the users: name, role, province (or all), enabled, created, and until when a user locked "
                + "after too many failed sign-ins stays locked. Passwords are never shown.")
class UsersListCommand implements Callable<Integer>, DatabaseOnly {

    private final UserAccounts accounts;

    @Spec
    CommandSpec spec;

    UsersListCommand(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Integer call() {
        return UsersCommand.print(accounts, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
