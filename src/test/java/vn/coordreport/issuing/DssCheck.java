package vn.coordreport.issuing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;

/**
 * EU DSS's reading of a signed PDF, one line per signature, run by
 * {@link DssValidationTests} in a JVM of its own (DSS needs the BouncyCastle
 * it was built for): {@code DssCheck FILE.pdf CERT.der...}, the certificates
 * trusted.
 */
public final class DssCheck {

    private DssCheck() {
    }

    public static void main(String[] args) throws Exception {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(
                new InMemoryDocument(Files.readAllBytes(Path.of(args[0]))));
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        for (int i = 1; i < args.length; i++) {
            try (var in = Files.newInputStream(Path.of(args[i]))) {
                trusted.addCertificate(new CertificateToken((X509Certificate) x509.generateCertificate(in)));
            }
        }
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        validator.setCertificateVerifier(verifier);
        DiagnosticData data = validator.validateDocument().getDiagnosticData();
        System.out.println("signatures=" + data.getSignatures().size());
        for (SignatureWrapper s : data.getSignatures()) {
            System.out.println("signature field=" + String.join("+", s.getSignatureFieldNames()) + " intact="
                    + s.isSignatureIntact() + " valid=" + s.isSignatureValid() + " format=" + s.getSignatureFormat()
                    + " certificate=" + s.isSigningCertificateIdentified() + " docmdp=" + s.getDocMDPPermissions()
                    + " undefined=" + s.getPdfUndefinedChanges().size() + " annotations="
                    + s.getPdfAnnotationChanges().size() + " formfill=" + s.getPdfSignatureOrFormFillChanges().size());
        }
    }
}
