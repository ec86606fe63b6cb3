package vn.coordreport.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.SigningKeyRecord;

@Command(name = "keys", mixinStandardHelpOptions = true, subcommands = KeysAddCommand.class,
        description = {"Lists the signing keys: a signer's (a user's) and an organisation's (the seal of an issuing "
                + "body), of which the newest of each owner is in use; never a password.",
                "'keys add' registers one."})
class KeysCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Issuing issuing;

    @Spec
    CommandSpec spec;

    KeysCommand(Issuing issuing) {
        this.issuing = issuing;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SigningKeyRecord> keys = issuing.keys();
        if (keys.isEmpty()) {
            out.println("No keys yet: coordreport keys add USERNAME --pkcs12 FILE --password-stdin");
            return ExitCode.OK;
        }
        String row = "%4s  %-28s  %-6s  %-12s  %-10s  %-8s  %s%n";
        out.printf(row, "id", "owner", "kind", "alias", "valid to", "image", "certificate");
        for (SigningKeyRecord k : keys) {
            out.printf(row, k.id(), k.owner(), k.kind(), k.alias(),
                    DAY.format(k.notAfter().atZoneSameInstant(ZoneId.systemDefault())),
                    !k.hasImage() ? "-" : k.imageWidthMm() == null ? "yes" : String.format("%.0f mm", k.imageWidthMm()),
                    k.subject());
        }
        return ExitCode.OK;
    }
}
