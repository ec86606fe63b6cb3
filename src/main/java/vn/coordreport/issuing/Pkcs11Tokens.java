package vn.coordreport.issuing;

import java.security.AuthProvider;
import java.security.Provider;
import java.security.Security;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import javax.security.auth.login.LoginException;

import vn.coordreport.messages.Messages;

/**
 * The SunPKCS11 providers of the tokens in use, one per configuration for
 * the life of the process (a provider holds the token's library). A token is
 * used by one signing session at a time, logged out before and after it: a
 * token still logged in would accept any PIN.
 */
final class Pkcs11Tokens {

    record Token(Provider provider, Semaphore inUse) {
    }

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private Pkcs11Tokens() {
    }

    /**
     * @param configuration a SunPKCS11 configuration ({@code name}, {@code library}, {@code slot} or
     *                      {@code slotListIndex})
     * @throws IllegalArgumentException when the library cannot be loaded or the slot is not there
     */
    static Token of(String configuration) {
        return TOKENS.computeIfAbsent(configuration, c -> {
            Provider base = Security.getProvider("SunPKCS11");
            if (base == null) {
                throw new IllegalArgumentException(Messages.text("issuing.pkcs11.noProvider"));
            }
            try {
                return new Token(base.configure("--" + c), new Semaphore(1));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(Messages.text("issuing.pkcs11.notOpened", c.strip().replace('\n', ';'),
                        rootMessage(e)), e);
            }
        });
    }

    static void logout(Provider provider) {
        if (provider instanceof AuthProvider auth) {
            try {
                auth.logout();
            } catch (LoginException e) {
                // not logged in: nothing to undo
            }
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }
}
