package vn.coordreport.issuing;

import static vn.coordreport.messages.DateFormats.DAY;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.DocumentNumbers;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.archive.VersionMakers;
import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.AgreementRecipient;
import vn.coordreport.catalog.CodeCatalogue;
import vn.coordreport.delivery.DeliveryRun;
import vn.coordreport.delivery.ReportDelivery;
import vn.coordreport.issuing.IssuingRefusal.Problem;
import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.ReportCurrency;
import vn.coordreport.render.ReportRenderer;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccount;
import vn.coordreport.security.UserAccounts;

/**
 * The module's façade: a final's way from the close to its recipients
 * (Decree 30/2020, Articles 13-15). The reviewer approves or rejects it, the
 * signer signs it with their key, the văn thư gives it the issuing body's
 * next number and today's date, enters it in the register, seals it with the
 * organisation's key and issues it, which queues its mails. Each step is one
 * transaction with the final's row locked, checked against the user's roles
 * and province and the final's state; a refused step changes nothing. Every
 * step is in the final's history and the audit log.
 */
@Service
public class Issuing {

    private static final Logger log = LoggerFactory.getLogger(Issuing.class);

    private final FinalDocuments finals;
    private final SigningKeys keys;
    private final OutgoingRegister register;
    private final ReportArchive archive;
    private final DocumentNumbers numbers;
    private final ReportDelivery delivery;
    private final AgreementCatalog catalog;
    private final UserAccounts users;
    private final AuditLog audit;
    private final Clock clock;
    private final IssuingProperties properties;
    private final TransactionTemplate transaction;
    /**
     * Built when first asked for, by a register exported as a PDF: the commands of every other step, and the
     * register printed or as a workbook, start without the report engine (cli.LeanStart).
     */
    private final ObjectProvider<ReportRenderer> renderer;
    private final ReportCurrency currency;
    private final StepOutlooks outlooks;

    Issuing(FinalDocuments finals, SigningKeys keys, OutgoingRegister register, ReportArchive archive,
            DocumentNumbers numbers, ReportDelivery delivery, AgreementCatalog catalog, UserAccounts users,
            AuditLog audit, Clock clock, IssuingProperties properties, PlatformTransactionManager transactions,
            ObjectProvider<ReportRenderer> renderer, ReportCurrency currency, StepOutlooks outlooks) {
        this.finals = finals;
        this.keys = keys;
        this.register = register;
        this.archive = archive;
        this.numbers = numbers;
        this.delivery = delivery;
        this.catalog = catalog;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.renderer = renderer;
        this.currency = currency;
        this.outlooks = outlooks;
    }

    /** Every final, or those of a period and/or a province, by period, agreement and version. */
    public List<FinalDocument> list(Period periodOrNull, String provinceOrNull) {
        return finals.list(periodOrNull, provinceOrNull);
    }

    public Optional<FinalDocument> find(long versionId) {
        return finals.find(versionId);
    }

    /**
     * What a final will say once signed, for those who review and sign it before: its title (the one its PDF
     * records, which the signature takes for the register) and the name its issuing body gives its signer now.
     *
     * @param title      null when the PDF records none
     * @param signerName null when the issuing body names none (signing is then refused)
     */
    public record Preview(String title, String signerName) {
    }

    public Preview preview(long versionId) {
        FinalDocument f = finals.find(versionId).orElseThrow(() -> unknown(versionId));
        return new Preview(f.title() != null ? f.title() : PdfSigning.title(archive.content(versionId)),
                f.signerName() != null ? f.signerName() : finals.signerNameOf(versionId).orElse(null));
    }

    /**
     * Whose name the user's signature would go under, for a signer before the step: the holder of their key in use
     * (none registered: signing is refused) and the signer the document names. Reads only.
     */
    public SigningOutlook signingOutlook(long versionId, String username) {
        return outlooks.signing(versionId, username);
    }

    /**
     * What issuing this final would do, for the văn thư before the step: the number most likely given, the date,
     * the recipients, the issued document it replaces, and who signed it with whose key. Takes no number.
     */
    public IssueOutlook issueOutlook(long versionId) {
        return outlooks.issue(finals.find(versionId).orElseThrow(() -> unknown(versionId)));
    }

    /**
     * Whether the final was signed with a key in another name than the signer it prints, as its SIGNED step recorded
     * the key: cheap enough for each row of a list, where {@link #issueOutlook} reads the signed document.
     */
    public boolean signedUnderAnotherName(FinalDocument f) {
        String holder = finals.history(f.versionId()).stream().filter(s -> s.step().equals("SIGNED"))
                .reduce((earlier, later) -> later).map(s -> keyHolderOf(s.comment())).orElse(null);
        return holder != null && f.signerName() != null && !sameName(holder, f.signerName());
    }

    /** The final's steps, oldest first. */
    public List<IssuingStep> history(long versionId) {
        return finals.history(versionId);
    }

    /** The document as it stands: as issued, else as signed, else as rendered. */
    public byte[] document(long versionId) {
        FinalDocument f = finals.find(versionId).orElseThrow(() -> unknown(versionId));
        if (f.issuedVersionId() != null) {
            return archive.content(f.issuedVersionId());
        }
        return finals.signedContent(versionId).orElseGet(() -> archive.content(versionId));
    }

    /**
     * The user a command acts as ({@code --as}).
     *
     * @throws IssuingRefusal for an unknown or disabled user
     */
    public Actor actor(String username) {
        UserAccount user = users.find(username).orElseThrow(() -> new IssuingRefusal(Problem.USER, "noUser", username));
        if (!user.enabled()) {
            throw new IssuingRefusal(Problem.USER, "userDisabled", user.username());
        }
        return Actor.of(user);
    }

    /** The finals in a state (of a period, or all) that the user may act on, oldest first, newest versions only. */
    public List<Long> inState(FinalState state, Period periodOrNull, Actor actor) {
        return finals.list(periodOrNull, actor.province()).stream()
                .filter(f -> f.state() == state && !f.superseded()).map(FinalDocument::versionId).toList();
    }

    /**
     * Registers a person's key (PKCS#12 file, or PKCS#11 token) after opening it with its password or PIN,
     * which is not kept; the newest key of a user is the one they sign with.
     *
     * @throws IssuingRefusal for an unknown user, a wrong password, an unknown alias, an expired certificate
     */
    public SigningKeyRecord addPersonalKey(String username, byte[] pkcs12OrNull, String pkcs11OrNull, String aliasOrNull,
            char[] password, byte[] signatureImageOrNull, String addedBy) {
        UserAccount user = users.find(username).orElseThrow(() -> new IssuingRefusal(Problem.KEY, "noUser", username));
        try {
            // a person's key signs finals, and only a SIGNER signs: the văn thư's or an administrator's is a mistake
            if (!user.roles().contains(Role.SIGNER)) {
                throw new IssuingRefusal(Problem.ROLE, "notSigner", user.username(), Role.format(user.roles()));
            }
            SigningKeyRecord key = keys.add(user.username(), null, pkcs12OrNull, pkcs11OrNull, aliasOrNull, password,
                    signatureImageOrNull, addedBy);
            audit.record(addedBy, "KEY_ADD", "user/" + user.username(), key.subject());
            return key;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Registers an organisation's key, with its seal's image, for the văn thư to issue the issuing body's
     * documents with; the newest key of a body is the one in use.
     *
     * @throws IssuingRefusal for an unknown agency, a missing seal image, or as {@link #addPersonalKey}
     */
    public SigningKeyRecord addOrganisationKey(String agencyCode, byte[] pkcs12OrNull, String pkcs11OrNull,
            String aliasOrNull, char[] password, byte[] sealImage, String addedBy) {
        try {
            String code = finals.agencyCode(agencyCode)
                    .orElseThrow(() -> new IssuingRefusal(Problem.KEY, "noAgency", agencyCode));
            if (sealImage == null) {
                throw new IssuingRefusal(Problem.KEY, "noSeal");
            }
            SigningKeyRecord key = keys.add(null, code, pkcs12OrNull, pkcs11OrNull, aliasOrNull, password,
                    sealImage, addedBy, keys.sealOf(code));
            audit.record(addedBy, "KEY_ADD", "agency/" + code, key.subject());
            return key;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Every registered key, by owner, oldest first (the newest of an owner is in use). */
    public List<SigningKeyRecord> keys() {
        return keys.list();
    }

    /**
     * A register's year as it is kept, of four digits (a typo such as 0 or 99999 is said, not shown as an empty
     * register).
     *
     * @param label how the caller names it: {@code --year}, {@code Tham số 'year'}, {@code Năm}
     * @throws IllegalArgumentException for any other
     */
    public static int registerYear(String label, int year) {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException(Messages.text("register.badYear", label, String.valueOf(year)));
        }
        return year;
    }

    /**
     * An issuing body's code as a register is asked for it (in any case), when an agency has it: one that is none
     * is said, rather than answered with an empty register ("nothing issued by NOPE").
     *
     * @throws IllegalArgumentException when no agency has it
     */
    public void requireAgency(String agencyOrNull) {
        if (agencyOrNull != null && !agencyOrNull.isBlank() && !finals.agencyKnown(agencyOrNull.strip())) {
            throw new IllegalArgumentException(Messages.text("register.unknownAgency", agencyOrNull.strip()));
        }
    }

    /** The register of outgoing documents of a year: of one issuing body, or of all (by body), by number. */
    public List<RegisterEntry> register(int year, String agencyOrNull, String provinceOrNull) {
        return register.list(year, blankToNull(agencyOrNull), blankToNull(provinceOrNull));
    }

    /** The register's lines as a file: {@code fileName} ends {@code .xlsx}, {@code .csv} or {@code .pdf}. */
    public byte[] registerFile(String fileName, List<RegisterEntry> entries, List<IssuingBody> bodies, int year) {
        return RegisterExports.of(fileName, entries, bodies, year, renderer::getObject);
    }

    /** The issuing bodies with documents registered in a year. */
    public List<IssuingBody> bodies(int year, String provinceOrNull) {
        return register.bodies(year, blankToNull(provinceOrNull));
    }

    /**
     * The issuing bodies of a register: the one chosen (by its code, in any case), whether or not it issued anything
     * that year, or with none chosen every body with documents registered in the year.
     */
    public List<IssuingBody> registerBodies(int year, String agencyOrNull, String provinceOrNull) {
        String agency = blankToNull(agencyOrNull);
        return agency == null ? bodies(year, provinceOrNull)
                : register.body(agency, blankToNull(provinceOrNull)).stream().toList();
    }

    /** The reviewer's approval: the final goes to its signer. */
    public FinalDocument approve(long versionId, Actor actor, String commentOrNull) {
        require(actor, Role.REVIEWER, "approve");
        return transaction.execute(status -> {
            FinalDocument f = locked(versionId, actor);
            expect(f, FinalState.WAITING_REVIEW, "approve");
            // a final whose data changed since it was made is not approved for the signer to be refused it
            current(f);
            finals.state(versionId, FinalState.WAITING_SIGNATURE);
            record(f, "APPROVED", "APPROVE", actor, blankToNull(commentOrNull));
            return finals.find(versionId).orElseThrow();
        });
    }

    /**
     * Sends a final back with the reason: the reviewer before approving it, the signer instead of signing it, or the
     * văn thư instead of issuing it (a signed final whose format is wrong: the signer, the recipients, a mistake on
     * the page). It stays unsent, and a signed one unnumbered and out of the register; the data or the text is
     * mended and a new final made.
     */
    public FinalDocument reject(long versionId, Actor actor, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new IssuingRefusal(Problem.COMMENT, "comment");
        }
        if (!actor.has(Role.REVIEWER) && !actor.has(Role.SIGNER) && !actor.has(Role.CLERK)) {
            require(actor, Role.REVIEWER, "reject");
        }
        return transaction.execute(status -> {
            FinalDocument f = locked(versionId, actor);
            boolean reviewing = f.state() == FinalState.WAITING_REVIEW && actor.has(Role.REVIEWER);
            boolean signing = f.state() == FinalState.WAITING_SIGNATURE && actor.has(Role.SIGNER);
            boolean issuing = f.state() == FinalState.SIGNED && actor.has(Role.CLERK);
            if (!reviewing && !signing && !issuing) {
                throw new IssuingRefusal(Problem.STATE, "rejectState", String.valueOf(versionId), f.state(),
                        f.state().label());
            }
            finals.state(versionId, FinalState.REJECTED);
            record(f, "REJECTED", "REJECT", actor, comment.strip());
            return finals.find(versionId).orElseThrow();
        });
    }

    /**
     * The signer's signature on each final, with their key opened once with
     * the password or PIN given (never stored). A final refused (out of order,
     * another province, no signer's name) is left as it was; the others are signed.
     *
     * @throws IssuingRefusal when the user may not sign, has no key or gave a wrong password,
     *                        or when the one final asked for is refused
     */
    public List<StepOutcome> sign(List<Long> versionIds, Actor actor, char[] password) {
        require(actor, Role.SIGNER, "sign");
        List<StepOutcome> early = precheck(versionIds, actor, FinalState.WAITING_SIGNATURE, "sign");
        SigningKeys.Stored stored = keys.ofUser(actor.username()).orElseThrow(() -> new IssuingRefusal(
                Problem.NO_KEY, "noUserKey", actor.username()));
        List<Long> todo = early.stream().filter(StepOutcome::done).map(StepOutcome::versionId).toList();
        String whose = Messages.text("issuing.whose.user", actor.username());
        try (SigningKeys.Opened key = keys.open(stored, password, whose)) {
            requireValid(key, whose);
            Map<Long, StepOutcome> done = inParallel(todo.stream().map(id -> List.of(id)).toList(),
                    id -> signOne(id, actor, key));
            return merged(early, done);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * The văn thư's issue of each final: the issuing body's next number and
     * today's date ({@code coordreport.time-zone}) filled in, the line in its
     * register, the organisation's signature with its key (the password given
     * now), the issued document archived and its mails queued, all in one
     * transaction per final; then the mails due are sent. Issuing bodies are
     * issued in parallel, each one's finals in the order of their agreements.
     *
     * @param confirmEmpty issue finals that have nothing of their period in them too
     * @throws IssuingRefusal when the user may not issue, an issuing body has no key, a password is wrong,
     *                        or the one final asked for is refused
     */
    public IssueRun issue(List<Long> versionIds, Actor actor, char[] password, boolean confirmEmpty) {
        require(actor, Role.CLERK, "issue");
        List<StepOutcome> early = precheck(versionIds, actor, FinalState.SIGNED, "issue");
        Map<String, List<FinalDocument>> byBody = early.stream().filter(StepOutcome::done).map(StepOutcome::document)
                .sorted(Comparator.comparing(FinalDocument::agreementCode).thenComparing(FinalDocument::versionId))
                .collect(Collectors.groupingBy(FinalDocument::agencyCode, LinkedHashMap::new, Collectors.toList()));
        Map<String, SigningKeys.Opened> opened = new LinkedHashMap<>();
        try {
            for (String body : byBody.keySet()) {
                SigningKeys.Stored stored = keys.ofAgency(body).orElseThrow(() -> new IssuingRefusal(Problem.NO_KEY,
                        "noBodyKey", body));
                // the body by its name, as the văn thư knows it ("Sở Ngoại vụ (SNGV-QT)"), not by its code alone
                String name = byBody.get(body).get(0).agencyName();
                String whose = Messages.text("issuing.whose.body", name == null || name.isBlank() ? body
                        : name.strip() + " (" + body + ")");
                SigningKeys.Opened key = keys.open(stored, password, whose);
                opened.put(body, key);
                requireValid(key, whose);
            }
            List<List<Long>> groups = byBody.values().stream()
                    .map(group -> group.stream().map(FinalDocument::versionId).toList()).toList();
            Map<Long, StepOutcome> done = inParallel(groups, id -> {
                FinalDocument f = finals.find(id).orElseThrow();
                return issueOne(id, actor, opened.get(f.agencyCode()), confirmEmpty);
            });
            List<StepOutcome> outcomes = merged(early, done);
            int queued = outcomes.stream().filter(StepOutcome::done).mapToInt(o -> recipients(o.document()).size()).sum();
            return deliver(outcomes, queued);
        } finally {
            opened.values().forEach(SigningKeys.Opened::close);
            Arrays.fill(password, '\0');
        }
    }

    private IssueRun deliver(List<StepOutcome> outcomes, int queued) {
        if (outcomes.stream().noneMatch(StepOutcome::done)) {
            return new IssueRun(outcomes, 0, null, null);
        }
        if (!delivery.mailConfigured()) {
            return new IssueRun(outcomes, queued, null, Messages.text("issuing.mail.noServer"));
        }
        try {
            DeliveryRun run = delivery.deliverDue();
            return new IssueRun(outcomes, queued, run, null);
        } catch (RuntimeException e) {
            // the command or page says so (issuing.mail.failed); the trace is for whoever debugs the mail server
            log.warn(Messages.text("log.issuing.mailFailed", String.valueOf(e.getMessage())));
            log.debug("sending the mails after issuing", e);
            return new IssueRun(outcomes, queued, null, Messages.text("issuing.mail.failed", String.valueOf(e.getMessage())));
        }
    }

    private StepOutcome signOne(long versionId, Actor actor, SigningKeys.Opened key) {
        return transaction.execute(status -> {
            FinalDocument f = locked(versionId, actor);
            expect(f, FinalState.WAITING_SIGNATURE, "sign");
            current(f);
            String signerName = finals.signerNameOf(versionId).orElseThrow(() -> new IssuingRefusal(Problem.NO_SIGNER,
                    "noSigner", String.valueOf(versionId), f.agencyCode()));
            PdfSigning.Signed signed;
            try {
                signed = PdfSigning.signFinal(archive.content(versionId), signerName, new PdfSigning.Signer(key.key,
                        key.imageOrNull, "Người có thẩm quyền ký văn bản", ZonedDateTime.now(clock)),
                        properties.timestampsOrNull());
            } catch (IllegalArgumentException e) {
                throw new IssuingRefusal(Problem.UNSIGNABLE, "unsignable", String.valueOf(versionId), e.getMessage());
            } catch (IOException e) {
                throw new IllegalStateException(Messages.text("issuing.signFailed", String.valueOf(versionId),
                        Messages.fileFailure(e)), e);
            }
            finals.signed(versionId, signed.content(), ReportArchiveDigest.sha256(signed.content()), signerName,
                    signed.title(), signed.numberSymbol());
            String holder = PdfSigning.commonName(key.key);
            String differs = sameName(holder, signerName) ? ""
                    : "; " + Messages.text("issuing.signerDiffers", holder, signerName);
            if (!differs.isEmpty()) {
                // the contract takes any signer's key (a keytool key of any name): said, not refused
                log.warn(Messages.text("log.issuing.signerDiffers", String.valueOf(versionId), holder, signerName));
            }
            record(f, "SIGNED", "SIGN", actor, SIGNED_WITH + key.key.certificate().getSubjectX500Principal().getName()
                    + differs);
            return new StepOutcome(versionId, finals.find(versionId).orElseThrow(), null);
        });
    }

    /** How the SIGNED step's comment starts, before the subject of the key's certificate (RFC 2253). */
    private static final String SIGNED_WITH = "ký bằng khóa của ";

    /** The common name of the key a SIGNED step's comment records ({@code ký bằng khóa của CN=Trần Văn Phó; …}), or null. */
    static String keyHolderOf(String signedComment) {
        if (signedComment == null || !signedComment.startsWith(SIGNED_WITH)) {
            return null;
        }
        String subject = signedComment.substring(SIGNED_WITH.length()).split("; ", 2)[0].strip();
        try {
            for (javax.naming.ldap.Rdn rdn : new javax.naming.ldap.LdapName(subject).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            return null;
        }
        return null;
    }

    /**
     * A SIGNED step's comment as a reader reads it: the key's holder by name ({@code ký bằng khóa mang tên Trần Văn
     * Phó; …}), not the certificate's subject ({@code CN=Trần Văn Phó,O=…}); any other comment as it is.
     */
    static String readable(String comment) {
        String holder = keyHolderOf(comment);
        if (holder == null) {
            return comment;
        }
        String[] parts = comment.substring(SIGNED_WITH.length()).split("; ", 2);
        return "ký bằng khóa mang tên " + holder + (parts.length > 1 ? "; " + parts[1] : "");
    }

    /**
     * Whether a certificate's holder is the signer a document names, as a person writes a name: without case,
     * diacritics or extra spaces (a certificate may say {@code NGUYEN VAN HUNG}).
     */
    static boolean sameName(String holder, String signer) {
        return asWritten(holder).equals(asWritten(signer));
    }

    private static String asWritten(String name) {
        return CodeCatalogue.fold(name).replaceAll("\\s+", " ");
    }

    private StepOutcome issueOne(long versionId, Actor actor, SigningKeys.Opened key, boolean confirmEmpty) {
        return transaction.execute(status -> {
            // no import, undo or reopening beside it: its data check below then holds until the number is given
            finals.holdFigures();
            FinalDocument f = locked(versionId, actor);
            expect(f, FinalState.SIGNED, "issue");
            current(f);
            if (f.emptyForPeriod() && !confirmEmpty) {
                throw new IssuingRefusal(Problem.EMPTY, "empty", String.valueOf(versionId), f.agreementCode(),
                        f.period());
            }
            LocalDate today = LocalDate.now(clock);
            int number = numbers.next(f.agencyCode(), today.getYear());
            String figures = ArchivedReport.numberAndSymbol(number, null);
            byte[] signed = finals.signedContent(versionId).orElseThrow();
            byte[] issued;
            try {
                issued = PdfSigning.issue(signed, figures, today, new PdfSigning.Signer(key.key, key.imageOrNull,
                        "Cơ quan ban hành văn bản", ZonedDateTime.now(clock)), key.imageWidthMm,
                        properties.timestampsOrNull());
            } catch (IllegalArgumentException e) {
                throw new IssuingRefusal(Problem.UNSIGNABLE, "unissuable", String.valueOf(versionId), e.getMessage());
            } catch (IOException e) {
                throw new IllegalStateException(Messages.text("issuing.issueFailed", String.valueOf(versionId),
                        Messages.fileFailure(e)), e);
            }
            ArchivedReport stored = archive.storeIssued(versionId, number, f.numberSymbol(), today, issued,
                    VersionMakers.issuedBy(actor.username()));
            List<AgreementRecipient> recipients = recipients(f);
            List<String> kept = finals.copiesKept(f.agencyCode());
            String symbol = stored.numberAndSymbol();
            register.add(new RegisterEntry(f.agencyCode(), today.getYear(), number, symbol, today,
                    f.title() != null ? f.title() : "Báo cáo " + f.agreementCode() + " " + f.period(), f.signerName(),
                    recipients.stream().map(AgreementRecipient::name).distinct().collect(Collectors.joining("; ")),
                    String.join(", ", kept), recipients.size() + kept.size(), today, null, notes(f, stored, signed),
                    stored.id(),
                    actor.username()));
            finals.issued(versionId, stored.id(), number, today);
            record(f, "ISSUED", "ISSUE", actor, "số " + symbol + " ngày " + DAY.format(today) + ", bản ban hành #"
                    + stored.id());
            delivery.enqueue(stored.id());
            return new StepOutcome(versionId, finals.find(versionId).orElseThrow(), null);
        });
    }

    private String notes(FinalDocument f, ArchivedReport stored, byte[] signed) {
        List<String> notes = new ArrayList<>();
        notes.add("Văn bản điện tử, gửi qua thư điện tử");
        // signed with a key of another name than the signer it names: the register says so, as the history does
        String holder = PdfSigning.firstSignersName(signed);
        if (holder != null && f.signerName() != null && !sameName(holder, f.signerName())) {
            notes.add("ký số bằng khóa mang tên " + holder + ", không phải người ký ghi trên văn bản ("
                    + f.signerName() + ")");
        }
        if (stored.supersedesId() != null) {
            archive.find(stored.supersedesId()).filter(v -> v.documentNumber() != null)
                    .ifPresent(v -> notes.add("thay thế văn bản số " + v.numberAndSymbol()
                            + (v.issuedOn() == null ? "" : " ngày " + DAY.format(v.issuedOn()))));
        }
        if (f.emptyForPeriod()) {
            notes.add("không có số liệu trong kỳ, ban hành theo xác nhận của văn thư");
        }
        return String.join("; ", notes);
    }

    private List<AgreementRecipient> recipients(FinalDocument f) {
        return catalog.recipients(f.agreementCode());
    }

    /** The checks that need no lock, made before any key is opened: a single final refused is an error. */
    private List<StepOutcome> precheck(List<Long> versionIds, Actor actor, FinalState wanted, String step) {
        if (versionIds.isEmpty()) {
            throw new IssuingRefusal(Problem.NOTHING, "nothing", Messages.text("issuing.step." + step));
        }
        List<StepOutcome> outcomes = new ArrayList<>();
        for (long id : versionIds.stream().distinct().toList()) {
            try {
                FinalDocument f = finals.find(id).orElseThrow(() -> unknown(id));
                allowed(f, actor);
                expect(f, wanted, step);
                outcomes.add(new StepOutcome(id, f, null));
            } catch (IssuingRefusal e) {
                if (versionIds.size() == 1) {
                    throw e;
                }
                outcomes.add(new StepOutcome(id, finals.find(id).orElse(null), e.getMessage()));
            }
        }
        return outcomes;
    }

    /** Runs each group in order on one thread, the groups on {@code coordreport.signing.threads} threads. */
    private Map<Long, StepOutcome> inParallel(List<List<Long>> groups, java.util.function.LongFunction<StepOutcome> step) {
        Map<Long, StepOutcome> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
        Map<Long, IssuingRefusal> refusals = new java.util.concurrent.ConcurrentHashMap<>();
        boolean single = groups.size() == 1 && groups.get(0).size() == 1;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(properties.threads(), groups.size())));
        // the refusals of the pool's threads are worded in the language of the command or the request
        LocaleContext language = LocaleContextHolder.getLocaleContext();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<Long> group : groups) {
                running.add(pool.submit(AuditLog.carrying(() -> {
                    LocaleContextHolder.setLocaleContext(language);
                    for (long id : group) {
                        try {
                            outcomes.put(id, step.apply(id));
                        } catch (IssuingRefusal e) {
                            refusals.put(id, e);
                            outcomes.put(id, new StepOutcome(id, finals.find(id).orElse(null), e.getMessage()));
                        }
                    }
                })));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (single && !refusals.isEmpty()) {
            throw refusals.values().iterator().next();
        }
        return outcomes;
    }

    private static List<StepOutcome> merged(List<StepOutcome> early, Map<Long, StepOutcome> done) {
        return early.stream().map(o -> done.getOrDefault(o.versionId(), o)).toList();
    }

    private FinalDocument locked(long versionId, Actor actor) {
        FinalDocument f = finals.lock(versionId).orElseThrow(() -> unknown(versionId));
        allowed(f, actor);
        return f;
    }

    private static void allowed(FinalDocument f, Actor actor) {
        if (actor.province() != null && !sameProvince(actor.province(), f.province())) {
            throw new IssuingRefusal(Problem.PROVINCE, "province", String.valueOf(f.versionId()), f.province(),
                    actor.username(), actor.province());
        }
    }

    /** The final still shows its period's data, or it is not signed nor issued: it is to be made again. */
    private void current(FinalDocument f) {
        if (currency.dataChangedSince(archive.find(f.versionId()).orElseThrow())) {
            throw new IssuingRefusal(Problem.DATA_CHANGED, "dataChanged", String.valueOf(f.versionId()),
                    f.agreementCode(), Period.wordsOf(f.period()));
        }
    }

    private static void expect(FinalDocument f, FinalState wanted, String step) {
        if (f.superseded()) {
            throw new IssuingRefusal(Problem.SUPERSEDED, "superseded", String.valueOf(f.versionId()),
                    String.valueOf(f.supersededBy()));
        }
        if (f.state() != wanted) {
            throw new IssuingRefusal(Problem.STATE, "state", String.valueOf(f.versionId()), f.state(),
                    f.state().label(), Messages.text("issuing.step." + step), wanted, wanted.label());
        }
    }

    private static void require(Actor actor, Role role, String what) {
        if (!actor.has(role)) {
            throw new IssuingRefusal(Problem.ROLE, "role", actor.username(), Messages.text("issuing.action." + what),
                    role, Role.format(actor.roles()));
        }
    }

    private void requireValid(SigningKeys.Opened key, String whose) {
        var certificate = key.key.certificate();
        if (SigningKeys.expired(certificate, clock.instant())) {
            throw new IssuingRefusal(Problem.KEY, "certificateExpired", whose,
                    SigningKeys.at(certificate.getNotBefore(), clock.getZone()),
                    SigningKeys.at(certificate.getNotAfter(), clock.getZone()));
        }
    }

    /** The longest comment a step takes: the page's field takes no more; a letter's worth, not a file pasted. */
    static final int COMMENT_MAX = 2000;

    private void record(FinalDocument f, String step, String action, Actor actor, String comment) {
        if (comment != null && comment.codePointCount(0, comment.length()) > COMMENT_MAX) {
            throw new IssuingRefusal(Problem.COMMENT, "commentTooLong", comment.codePointCount(0, comment.length()),
                    COMMENT_MAX);
        }
        finals.step(f.versionId(), step, actor.username(), comment);
        audit.record(actor.username(), action, "final/" + f.versionId(), f.agreementCode() + " " + f.period()
                + (comment == null ? "" : ": " + comment));
    }

    private static IssuingRefusal unknown(long versionId) {
        return new IssuingRefusal(Problem.UNKNOWN, "unknown", String.valueOf(versionId));
    }

    private static boolean sameProvince(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    private static String key(String province) {
        return java.text.Normalizer.normalize(province.strip(), java.text.Normalizer.Form.NFC)
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
