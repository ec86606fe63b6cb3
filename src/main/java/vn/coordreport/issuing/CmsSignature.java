package vn.coordreport.issuing;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS of a PAdES baseline signature (ETSI EN 319 142-1, sub-filter
 * {@code ETSI.CAdES.detached}): SHA-256, the signing certificate bound by a
 * signing-certificate-v2 attribute, no signing-time attribute (the time is
 * the signature dictionary's), the certificate chain, and an RFC 3161
 * signature timestamp when a timestamp authority is configured.
 */
final class CmsSignature implements SignatureInterface {

    private final SigningKey key;
    private final Timestamps timestampsOrNull;

    CmsSignature(SigningKey key, Timestamps timestampsOrNull) {
        this.key = key;
        this.timestampsOrNull = timestampsOrNull;
    }

    @Override
    public byte[] sign(InputStream content) throws IOException {
        try {
            JcaContentSignerBuilder signers = new JcaContentSignerBuilder(key.signatureAlgorithm());
            if (key.providerOrNull() != null) {
                signers.setProvider(key.providerOrNull());
            }
            ContentSigner signer = signers.build(key.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes(key.certificate()))
                    .build(signer, key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            return (timestampsOrNull == null ? signed : timestamped(signed)).getEncoded("DER");
        } catch (OperatorCreationException | CMSException | CertificateEncodingException e) {
            throw new IOException("cannot sign with the key of " + key.certificate().getSubjectX500Principal()
                    + ": " + e.getMessage(), e);
        }
    }

    private static CMSAttributeTableGenerator signedAttributes(X509Certificate certificate)
            throws CertificateEncodingException {
        ESSCertIDv2 id = new ESSCertIDv2(sha256(certificate.getEncoded()), new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber()));
        Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
        DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(
                new AttributeTable(signingCertificate));
        return parameters -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }

    /** Adds the timestamp of the signature value as an unsigned attribute (signature-time-stamp). */
    private CMSSignedData timestamped(CMSSignedData signed) throws IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        byte[] token = timestampsOrNull.stamp(signer.getSignature());
        Attribute stamp = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token)));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer,
                new AttributeTable(stamp));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
