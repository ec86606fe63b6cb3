package vn.coordreport.issuing;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;

import vn.coordreport.messages.Messages;

/**
 * A private key opened for one signing session, with its certificate chain
 * (the signer's certificate first) and, for a key on a token, the PKCS#11
 * provider that holds it.
 *
 * @param providerOrNull null for a key in memory (PKCS#12)
 */
record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, Provider providerOrNull) {

    SigningKey {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
        chain = List.copyOf(chain);
    }

    X509Certificate certificate() {
        return chain.get(0);
    }

    /** SHA-256 with the key's own algorithm: {@code SHA256withRSA}, {@code SHA256withECDSA}. */
    String signatureAlgorithm() {
        return switch (privateKey.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException(Messages.text("issuing.key.algorithm", privateKey.getAlgorithm()));
        };
    }
}
