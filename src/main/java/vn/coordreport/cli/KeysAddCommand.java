package vn.coordreport.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.SigningKeyRecord;
import vn.coordreport.messages.Messages;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Registers a signing key after opening it with its password or PIN, which is not kept (it is "
                + "asked again at each signing): a signer's key (USERNAME, with the image of the handwritten signature) "
                + "or an organisation's (--organisation, with the image of its seal).",
                "A PKCS#12 file is stored as it is, its key encrypted with its password, so that every node can sign "
                + "with it; a PKCS#11 token is stored as the configuration naming it and must be plugged into the node "
                + "that signs."})
class KeysAddCommand implements Callable<Integer>, DatabaseOnly {

    private final Issuing issuing;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "USERNAME", description = "The signer the key is for.")
    String username;

    @Option(names = "--organisation", paramLabel = "AGENCY_CODE",
            description = "The issuing body the key (its seal) is for, e.g. SNGV-QT.")
    String organisation;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static class Source {
        @Option(names = "--pkcs12", paramLabel = "FILE", description = "A PKCS#12 file (.p12, .pfx).")
        Path pkcs12;

        @Option(names = "--pkcs11", paramLabel = "CONFIG_OR_MODULE",
                description = "A SunPKCS11 configuration file, or the token's PKCS#11 library (.so), e.g. "
                        + "/usr/lib/softhsm/libsofthsm2.so.")
        Path pkcs11;
    }

    @Option(names = "--slot", paramLabel = "ID", description = "With a PKCS#11 library: the token's slot id.")
    Long slot;

    @Option(names = "--slot-index", paramLabel = "N",
            description = "With a PKCS#11 library: the token's place in the slot list (default 0).")
    Integer slotIndex;

    @Option(names = "--alias", paramLabel = "A", description = "The key's alias, when the store holds several.")
    String alias;

    @Option(names = "--image", paramLabel = "PNG", description = "The signature's image (blue, transparent PNG), or "
            + "the seal's (red, transparent PNG, its real size from its resolution, else 40 mm).")
    Path image;

    @Option(names = "--password-stdin", description = "Read the password (PKCS#12) or PIN (PKCS#11) from standard input.")
    boolean passwordStdin;

    private final java.time.ZoneId zone;

    KeysAddCommand(Issuing issuing,
            @org.springframework.beans.factory.annotation.Value("${coordreport.time-zone:Asia/Ho_Chi_Minh}")
            java.time.ZoneId zone) {
        this.issuing = issuing;
        this.zone = zone;
    }

    /** A certificate that lapses within this many days is warned of as it is added. */
    static final int EXPIRES_SOON_DAYS = 30;

    @Override
    public Integer call() {
        if ((username == null) == (organisation == null)) {
            throw new IllegalArgumentException(Messages.text(username == null ? "keys.whoseNeither" : "keys.whoseBoth"));
        }
        byte[] pkcs12 = source.pkcs12 == null ? null : read(source.pkcs12, "--pkcs12");
        String pkcs11 = source.pkcs11 == null ? null : pkcs11Configuration(source.pkcs11);
        byte[] picture = image == null ? null : read(image, "--image");
        char[] password = Secrets.read(passwordStdin, Messages.text("secrets.promptKey"));
        String by = System.getProperty("user.name") + " (command line)";
        SigningKeyRecord key = username != null
                ? issuing.addPersonalKey(username, pkcs12, pkcs11, alias, password, picture, by)
                : issuing.addOrganisationKey(organisation, pkcs12, pkcs11, alias, password, picture, by);
        spec.commandLine().getOut().println(Messages.text("keys.added", String.valueOf(key.id()), KeysCommand.owner(key),
                key.kind(), key.alias(), key.subject(), KeysCommand.validTo(key, zone),
                key.hasImage() ? Messages.text("keys.withImage") : ""));
        long daysLeft = java.time.Duration.between(java.time.OffsetDateTime.now(), key.notAfter()).toDays();
        if (daysLeft < EXPIRES_SOON_DAYS) {
            // a key that lapses before the next close leaves the period's documents unsigned: said while it is added
            // "còn 0 ngày" said nothing of a key that lapses within hours: its hour, then
            spec.commandLine().getErr().println(daysLeft < 1
                    ? Messages.text("keys.expiresToday", java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                            .format(key.notAfter().atZoneSameInstant(zone)), KeysCommand.validTo(key, zone))
                    : Messages.text("keys.expiresSoon", KeysCommand.validTo(key, zone), String.valueOf(daysLeft)));
        }
        if (username != null && !key.hasImage()) {
            // Decree 30 shows a signer's signature as the image of their handwriting: without one, only the seal
            spec.commandLine().getErr().println(Messages.text("keys.noSignatureImage", username));
        }
        return ExitCode.OK;
    }

    /** A configuration file as it is, or one made for a library: its slot by id or by place in the list. */
    private String pkcs11Configuration(Path path) {
        byte[] bytes = read(path, "--pkcs11");
        boolean library = path.getFileName().toString().contains(".so") || path.getFileName().toString().endsWith(".dll")
                || bytes.length > 4 && bytes[0] == 0x7f && bytes[1] == 'E' && bytes[2] == 'L' && bytes[3] == 'F';
        if (!library) {
            if (slot != null || slotIndex != null) {
                throw new IllegalArgumentException(Messages.text("keys.slotWithConfig", path.toString()));
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
        String module = path.toAbsolutePath().normalize().toString();
        String where = slot != null ? "slot = " + slot : "slotListIndex = " + (slotIndex == null ? 0 : slotIndex);
        String name = "coordreport-" + HexFormat.of().formatHex((module + where).getBytes(StandardCharsets.UTF_8))
                .substring(0, 8) + Integer.toHexString((module + where).hashCode());
        return "name = " + name + "\nlibrary = " + module + "\n" + where + "\n";
    }

    private static byte[] read(Path file, String option) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(Messages.text("keys.cannotRead", option, file.toString(),
                    Messages.reason(e)));
        }
    }
}
