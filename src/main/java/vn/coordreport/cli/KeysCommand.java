package vn.coordreport.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.SigningKeyRecord;
import vn.coordreport.messages.Messages;

@Command(name = "keys", mixinStandardHelpOptions = true, subcommands = KeysAddCommand.class,
        description = {"Lists the signing keys: a signer's (a user's) and an organisation's (the seal of an issuing "
                + "body), of which the newest of each owner is in use; never a password.",
                "'keys add' registers one."})
class KeysCommand implements Callable<Integer>, DatabaseOnly {

    private final Issuing issuing;
    private final ZoneId zone;

    @Spec
    CommandSpec spec;

    KeysCommand(Issuing issuing,
            @org.springframework.beans.factory.annotation.Value("${coordreport.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.issuing = issuing;
        this.zone = zone;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SigningKeyRecord> keys = issuing.keys();
        if (keys.isEmpty()) {
            out.println(Messages.text("keys.none"));
            return ExitCode.OK;
        }
        Table table = Table.of("keys.head.id", "keys.head.owner", "keys.head.kind", "keys.head.alias", "keys.head.validTo",
                "keys.head.image", "keys.head.certificate").right(0);
        for (SigningKeyRecord k : keys) {
            table.row(k.id(), owner(k), k.kind(), k.alias(), validTo(k, zone),
                    !k.hasImage() ? "-" : k.imageWidthMm() == null ? Table.yesNo(true)
                            : String.format("%.0f mm", k.imageWidthMm()),
                    k.subject());
        }
        table.print(out);
        return ExitCode.OK;
    }

    /** Whose the key is: the signer's user name, or the issuing body's code. */
    static String owner(SigningKeyRecord key) {
        return key.username() != null ? key.username() : Messages.text("keys.organisation", key.agencyCode());
    }

    /**
     * The last day the key's certificate is valid, in {@code coordreport.time-zone} (the machine's zone, a server's
     * UTC, gave 04/12/2027 for a certificate valid until 06:30 on 05/12/2027 in Hà Nội).
     */
    static String validTo(SigningKeyRecord key, ZoneId zone) {
        return Table.day(key.notAfter().atZoneSameInstant(zone).toLocalDate());
    }
}
