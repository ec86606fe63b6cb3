package vn.coordreport.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.coordreport.security.UserAccounts;
import vn.coordreport.messages.Messages;

@Command(name = "token", mixinStandardHelpOptions = true,
        description = {"Creates an API token for a user and prints it once (only its SHA-256 is stored).",
                "Another system sends it as 'Authorization: Bearer TOKEN' and acts with the user's role and province.",
                "--revoke revokes the user's tokens of that name instead."})
class UsersTokenCommand implements Callable<Integer>, DatabaseOnly {

    private final UserAccounts accounts;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "USERNAME", description = "The user's sign-in name.")
    String username;

    @Option(names = "--name", defaultValue = "api", paramLabel = "NAME", description = "What the token is for (default ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--revoke", description = "Revoke the user's tokens named --name.")
    boolean revoke;

    UsersTokenCommand(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Integer call() {
        if (revoke) {
            int revoked = accounts.revokeTokens(username, name);
            if (revoked == 0) {
                throw new IllegalArgumentException(Messages.text("users.noToken", username, name));
            }
            spec.commandLine().getOut().println(Messages.text("users.tokensRevoked", revoked, name, username));
            return ExitCode.OK;
        }
        String token = accounts.createToken(username, name);
        spec.commandLine().getOut().printf("%s%n%s%n", Messages.text("users.token", name, username), token);
        return ExitCode.OK;
    }
}
