package vn.coordreport.issuing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.coordreport.issuing.IssuingRefusal.Problem;
import vn.coordreport.messages.Messages;

/**
 * The {@code signing_key} table, and opening a key for one signing session
 * with the password or PIN given for it. A PKCS#12 file is stored as given
 * (its key stays encrypted with its password, which is never stored), so any
 * node can sign with it; a PKCS#11 key is stored as the configuration naming
 * its token, which must be plugged into the node that signs.
 */
@Component
class SigningKeys {

    /** A key as stored, with what opening it needs. */
    record Stored(long id, String username, String agencyCode, String kind, byte[] keystore, String pkcs11Config,
            String alias, byte[] image, Float imageWidthMm, String subject) {
    }

    /** A key opened for one session; closing it logs its token out. */
    static final class Opened implements AutoCloseable {

        final SigningKey key;
        final StampImage imageOrNull;
        final Float imageWidthMm;
        private final Runnable close;

        Opened(SigningKey key, StampImage imageOrNull, Float imageWidthMm, Runnable close) {
            this.key = key;
            this.imageOrNull = imageOrNull;
            this.imageWidthMm = imageWidthMm;
            this.close = close;
        }

        @Override
        public void close() {
            close.run();
        }
    }

    private static final String STORED = """
            select id, username, agency_code, kind, keystore, pkcs11_config, alias, image, image_width_mm, subject
            from signing_key
            """;

    private static final String LIST = """
            select id, username, agency_code, kind, alias, subject, not_after, image is not null as has_image,
                   image_width_mm, added_at, added_by
            from signing_key order by coalesce(lower(username), agency_code), id
            """;

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final JdbcClient jdbc;
    private final TransactionOperations transaction;

    private final java.time.Clock clock;
    private final vn.coordreport.security.AuditLog audit;

    SigningKeys(JdbcClient jdbc, TransactionOperations transaction, java.time.Clock clock,
            vn.coordreport.security.AuditLog audit) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.audit = audit;
    }

    /** A certificate's validity as the office reads it: {@code 05/12/2026 17:30} in {@code coordreport.time-zone}. */
    static String at(java.util.Date instant, java.time.ZoneId zone) {
        return vn.coordreport.messages.DateFormats.DAY_TIME.format(instant.toInstant().atZone(zone));
    }

    /** The key in use by a user (the newest registered). */
    Optional<Stored> ofUser(String username) {
        return jdbc.sql(STORED + " where lower(username) = lower(:u) order by id desc limit 1").param("u", username)
                .query(Stored.class).optional();
    }

    /** The key in use by an organisation, the issuing body (the newest registered). */
    Optional<Stored> ofAgency(String agencyCode) {
        return jdbc.sql(STORED + " where agency_code = :a order by id desc limit 1").param("a", agencyCode)
                .query(Stored.class).optional();
    }

    List<SigningKeyRecord> list() {
        return jdbc.sql(LIST).query(SigningKeyRecord.class).list();
    }

    /**
     * Checks a key with its password and registers it for a user or an organisation.
     *
     * @param pkcs12OrNull   the PKCS#12 file's bytes, or null for a token
     * @param pkcs11OrNull   the SunPKCS11 configuration of the token, or null for a file
     * @param imageOrNull    the signature's or seal's image (PNG)
     * @throws IssuingRefusal for a wrong password, an unknown alias, an expired certificate or an unreadable image
     */
    SigningKeyRecord add(String usernameOrNull, String agencyCodeOrNull, byte[] pkcs12OrNull, String pkcs11OrNull,
            String aliasOrNull, char[] password, byte[] imageOrNull, String addedBy) {
        return add(usernameOrNull, agencyCodeOrNull, pkcs12OrNull, pkcs11OrNull, aliasOrNull, password, imageOrNull,
                addedBy, certificate -> { });
    }

    /** As {@link #add}, the certificate first vetted by {@code vet} (which refuses it by throwing). */
    SigningKeyRecord add(String usernameOrNull, String agencyCodeOrNull, byte[] pkcs12OrNull, String pkcs11OrNull,
            String aliasOrNull, char[] password, byte[] imageOrNull, String addedBy,
            java.util.function.Consumer<X509Certificate> vet) {
        Float widthMm = null;
        if (imageOrNull != null) {
            widthMm = StampImage.read(imageOrNull, Messages.text("issuing.image")).widthMmOrNull();
        }
        Loaded loaded = pkcs12OrNull != null ? loadPkcs12(pkcs12OrNull, password) : loadPkcs11(pkcs11OrNull, password);
        try {
            String alias = alias(loaded.store(), aliasOrNull);
            X509Certificate certificate = chain(loaded.store(), alias).get(0);
            privateKey(loaded.store(), alias, password);
            try {
                certificate.checkValidity();
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                throw new IssuingRefusal(Problem.KEY, "keyCertificateExpired",
                        certificate.getSubjectX500Principal().toString(), at(certificate.getNotBefore(), clock.getZone()),
                        at(certificate.getNotAfter(), clock.getZone()));
            }
            requireOwnKey(certificate, usernameOrNull, agencyCodeOrNull);
            vet.accept(certificate);
            long id = jdbc.sql("""
                    insert into signing_key (username, agency_code, kind, keystore, pkcs11_config, alias, certificate,
                        subject, not_after, image, image_width_mm, added_by)
                    values (:user, :agency, :kind, :keystore, :config, :alias, :certificate, :subject, :notAfter,
                        :image, :width, :by)
                    returning id
                    """).param("user", usernameOrNull, Types.VARCHAR).param("agency", agencyCodeOrNull, Types.VARCHAR)
                    .param("kind", pkcs12OrNull != null ? "PKCS12" : "PKCS11")
                    .param("keystore", pkcs12OrNull, Types.BINARY).param("config", pkcs11OrNull, Types.VARCHAR)
                    .param("alias", alias).param("certificate", certificate.getEncoded())
                    .param("subject", certificate.getSubjectX500Principal().getName())
                    .param("notAfter", certificate.getNotAfter().toInstant().atOffset(ZoneOffset.UTC))
                    .param("image", imageOrNull, Types.BINARY).param("width", widthMm, Types.REAL)
                    .param("by", addedBy, Types.VARCHAR).query(Long.class).single();
            return list().stream().filter(k -> k.id() == id).findFirst().orElseThrow();
        } catch (GeneralSecurityException e) {
            throw new IssuingRefusal(Problem.KEY, "keyUnreadable", e.getMessage());
        } finally {
            loaded.close().run();
        }
    }

    /**
     * The check of an organisation's certificate: it may not name another province than the organisation's (a
     * director's key of Quảng Trị, {@code O=Sở Ngoại vụ Quảng Trị}, sealed Tây Ninh's documents). A subject that names
     * no province at all passes: a test key's, a key made with {@code keytool} of any name.
     */
    java.util.function.Consumer<X509Certificate> sealOf(String agencyCode) {
        String own = jdbc.sql("select province from agency where code = :code").param("code", agencyCode)
                .query(String.class).optional().orElse("");
        List<String> provinces = jdbc.sql("""
                select province from agency where province is not null union select province from agreement
                """).query(String.class).list();
        return certificate -> {
            String subject = certificate.getSubjectX500Principal().getName();
            String folded = vn.coordreport.catalog.CodeCatalogue.fold(subject);
            for (String province : provinces) {
                String name = vn.coordreport.catalog.CodeCatalogue.fold(province);
                if (!name.isEmpty() && !name.equals(vn.coordreport.catalog.CodeCatalogue.fold(own))
                        && java.util.regex.Pattern.compile("(^|[^a-z0-9])" + java.util.regex.Pattern.quote(name)
                                + "([^a-z0-9]|$)").matcher(folded).find()) {
                    throw new IssuingRefusal(Problem.KEY, "sealOfAnotherProvince", subject, province, agencyCode, own);
                }
            }
        };
    }

    /**
     * Refuses a key registered already for another owner: one person's key as another's, or as an organisation's
     * seal (a director's own key sealed another province's documents), signs for whom it does not belong to.
     */
    private void requireOwnKey(X509Certificate certificate, String usernameOrNull, String agencyCodeOrNull) {
        byte[] publicKey = certificate.getPublicKey().getEncoded();
        jdbc.sql("""
                select username, agency_code, certificate from signing_key
                where username is distinct from :user or agency_code is distinct from :agency
                """).param("user", usernameOrNull, Types.VARCHAR).param("agency", agencyCodeOrNull, Types.VARCHAR)
                .query((r, n) -> {
                    try {
                        X509Certificate stored = (X509Certificate) java.security.cert.CertificateFactory
                                .getInstance("X.509").generateCertificate(new java.io.ByteArrayInputStream(r.getBytes(3)));
                        return java.util.Arrays.equals(stored.getPublicKey().getEncoded(), publicKey)
                                ? (r.getString(1) != null ? Messages.text("issuing.whose.user", r.getString(1))
                                        : Messages.text("issuing.whose.body", r.getString(2)))
                                : null;
                    } catch (java.security.cert.CertificateException e) {
                        return null;
                    }
                }).list().stream().filter(java.util.Objects::nonNull).findFirst().ifPresent(owner -> {
                    throw new IssuingRefusal(Problem.KEY, "keyOfAnother", owner);
                });
    }

    /**
     * Opens a stored key with the password (PKCS#12) or PIN (PKCS#11) given now.
     *
     * @throws IssuingRefusal for a wrong password or PIN, or a key no longer found
     */
    Opened open(Stored stored, char[] password, String whose) {
        StampImage image = stored.image() == null ? null
                : StampImage.read(stored.image(), Messages.text("issuing.imageOf", whose));
        Tried tried = transaction.execute(status -> tried(stored, password, whose));
        if (tried.wrong() != null) {
            throw tried.wrong();
        }
        Loaded loaded = tried.loaded();
        try {
            PrivateKey key = privateKey(loaded.store(), stored.alias(), password);
            return new Opened(new SigningKey(key, chain(loaded.store(), stored.alias()), loaded.providerOrNull()),
                    image, stored.imageWidthMm(), loaded.close());
        } catch (GeneralSecurityException | RuntimeException e) {
            loaded.close().run();
            if (e instanceof IssuingRefusal refusal) {
                throw refusal;
            }
            throw new IssuingRefusal(Problem.KEY, "keyNotOpened", whose, e.getMessage());
        }
    }

    private record Loaded(KeyStore store, Provider providerOrNull, Runnable close) {
    }

    /** A key tried with a password: opened, or the wrong password, counted before it is thrown (after commit). */
    private record Tried(Loaded loaded, IssuingRefusal wrong) {
    }

    /**
     * The tries of one key one at a time until the transaction ends, each seeing the wrong passwords before it: 40
     * tries sent at once all passed the lock's check before the first was counted, and 10 were tried where the rule
     * lets 5.
     */
    private Tried tried(Stored stored, char[] password, String whose) {
        if (password == null || password.length == 0) {
            // a form sent without it: asked for, not counted as a wrong one towards the key's lock
            throw new IssuingRefusal(Problem.PASSWORD, "noPassword", whose);
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('key password ' || :id, 0))").param("id", stored.id())
                .query().singleRow();
        refusedWhileLocked(stored, whose);
        try {
            Loaded loaded = stored.keystore() != null ? loadPkcs12(stored.keystore(), password, whose)
                    : loadPkcs11(stored.pkcs11Config(), password, whose);
            jdbc.sql("delete from key_password_failure where key_id = :id").param("id", stored.id()).update();
            return new Tried(loaded, null);
        } catch (IssuingRefusal refusal) {
            if (refusal.problem() == Problem.PASSWORD) {
                // how many tries are left is said at each wrong one: the fifth locked the key without a warning
                int left = counted(stored);
                return new Tried(null, new IssuingRefusal(Problem.PASSWORD, left > 0 ? "triesLeft" : "triesOver",
                        refusal.getMessage(), String.valueOf(left > 0 ? left : TRIES),
                        String.valueOf(LOCKED_FOR.toMinutes())));
            }
            throw refusal;
        }
    }

    /** Wrong passwords or PINs in a row that lock a key, and for how long (V122). */
    static final int TRIES = 5;
    static final Duration LOCKED_FOR = Duration.ofMinutes(15);

    /** A key tried with {@link #TRIES} wrong passwords in a row is not tried again for a while. */
    private void refusedWhileLocked(Stored stored, String whose) {
        jdbc.sql("""
                select ceil(extract(epoch from refused_until - now()) / 60)::int from key_password_failure
                where key_id = :id and refused_until > now()
                """).param("id", stored.id()).query(Integer.class).optional().ifPresent(minutes -> {
                    throw new IssuingRefusal(Problem.KEY_LOCKED, "keyLocked", whose, String.valueOf(TRIES),
                            String.valueOf(minutes));
                });
    }

    /**
     * One more wrong password or PIN: the key is locked at the fifth in a row (a streak older than the lock starts
     * anew). The tries left before the lock; 0 when this one locked it.
     */
    private int counted(Stored stored) {
        int failures = jdbc.sql("""
                insert into key_password_failure as f (key_id, failures, last_failure_at) values (:id, 1, now())
                on conflict (key_id) do update set
                    failures = case when f.last_failure_at < now() - make_interval(secs => :forget) then 1
                                    else f.failures + 1 end,
                    last_failure_at = now()
                returning failures
                """).param("id", stored.id()).param("forget", LOCKED_FOR.toSeconds()).query(Integer.class).single();
        int locked = jdbc.sql("""
                update key_password_failure set refused_until = now() + make_interval(secs => :seconds), failures = 0
                where key_id = :id and failures >= :tries
                """).param("id", stored.id()).param("seconds", LOCKED_FOR.toSeconds()).param("tries", TRIES).update();
        if (locked > 0) {
            String said = Messages.text("log.issuing.keyLocked", String.valueOf(stored.id()), String.valueOf(TRIES),
                    String.valueOf(LOCKED_FOR.toMinutes()));
            log.warn(said);
            // someone guessing a signer's password is a fact for the record, not only for the log
            audit.record("KEY_LOCKED", stored.username() != null ? "user/" + stored.username()
                    : "agency/" + stored.agencyCode(), said);
        }
        return Math.max(0, TRIES - failures);
    }

    private static Loaded loadPkcs12(byte[] file, char[] password) {
        return loadPkcs12(file, password, Messages.text("issuing.whose.pkcs12"));
    }

    private static Loaded loadPkcs12(byte[] file, char[] password, String whose) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(file), password);
            return new Loaded(store, null, () -> { });
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new IssuingRefusal(Problem.PASSWORD, "wrongPassword", whose);
            }
            throw new IssuingRefusal(Problem.KEY, "notPkcs12", whose, e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IssuingRefusal(Problem.KEY, "keyOfUnreadable", whose, e.getMessage());
        }
    }

    private static Loaded loadPkcs11(String configuration, char[] pin) {
        return loadPkcs11(configuration, pin, Messages.text("issuing.whose.pkcs11"));
    }

    private static Loaded loadPkcs11(String configuration, char[] pin, String whose) {
        Pkcs11Tokens.Token token = Pkcs11Tokens.of(configuration);
        token.inUse().acquireUninterruptibly();
        Runnable close = () -> {
            Pkcs11Tokens.logout(token.provider());
            token.inUse().release();
        };
        try {
            Pkcs11Tokens.logout(token.provider());
            KeyStore store = KeyStore.getInstance("PKCS11", token.provider());
            store.load(null, pin);
            return new Loaded(store, token.provider(), close);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            close.run();
            String cause = Pkcs11Tokens.rootMessage(e);
            if (cause.contains("CKR_PIN_INCORRECT") || cause.contains("CKR_PIN_LEN_RANGE")) {
                throw new IssuingRefusal(Problem.PASSWORD, "wrongPin", whose);
            }
            throw new IssuingRefusal(Problem.KEY, "tokenNotOpened", whose, cause);
        }
    }

    private static String alias(KeyStore store, String wanted) throws GeneralSecurityException {
        List<String> keys = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                keys.add(alias);
            }
        }
        if (wanted != null && !wanted.isBlank()) {
            return keys.stream().filter(a -> a.equalsIgnoreCase(wanted.strip())).findFirst()
                    .orElseThrow(() -> new IssuingRefusal(Problem.KEY, "noSuchAlias", wanted,
                            keys.isEmpty() ? Messages.text("issuing.whose.none") : String.join(", ", keys)));
        }
        if (keys.size() != 1) {
            throw keys.isEmpty() ? new IssuingRefusal(Problem.KEY, "noPrivateKey")
                    : new IssuingRefusal(Problem.KEY, "severalKeys", String.join(", ", keys));
        }
        return keys.get(0);
    }

    private static List<X509Certificate> chain(KeyStore store, String alias) throws GeneralSecurityException {
        Certificate[] chain = store.getCertificateChain(alias);
        if (chain == null || chain.length == 0 || !(chain[0] instanceof X509Certificate)) {
            throw new IssuingRefusal(Problem.KEY, "noCertificate", alias);
        }
        return Arrays.stream(chain).map(c -> (X509Certificate) c).toList();
    }

    private static PrivateKey privateKey(KeyStore store, String alias, char[] password) throws GeneralSecurityException {
        Key key;
        try {
            key = store.getKey(alias, password);
        } catch (UnrecoverableKeyException e) {
            throw new IssuingRefusal(Problem.PASSWORD, "wrongAliasPassword", alias);
        }
        if (!(key instanceof PrivateKey privateKey)) {
            throw new IssuingRefusal(Problem.KEY, "notPrivateKey", alias);
        }
        return privateKey;
    }

    static boolean expired(X509Certificate certificate, Instant at) {
        return certificate.getNotAfter().toInstant().isBefore(at) || certificate.getNotBefore().toInstant().isAfter(at);
    }
}
