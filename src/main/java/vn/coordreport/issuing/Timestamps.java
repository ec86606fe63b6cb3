package vn.coordreport.issuing;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;

import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

import vn.coordreport.messages.Messages;

/** An RFC 3161 timestamp authority over HTTP ({@code coordreport.signing.tsa-url}). */
final class Timestamps {

    private static final SecureRandom NONCES = new SecureRandom();

    private final URI url;
    private final Duration timeout;
    private final HttpClient http;

    Timestamps(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /**
     * A timestamp token (DER) over the SHA-256 of {@code data}, checked
     * against the request (imprint, nonce) before it is used.
     *
     * @throws IOException naming the authority, in the reader's language, when it cannot be reached or refuses
     */
    byte[] stamp(byte[] data) throws IOException {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, CmsSignature.sha256(data),
                new BigInteger(64, NONCES));
        try {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IOException(Messages.text("issuing.tsa.status", url, String.valueOf(answer.statusCode())));
            }
            TimeStampResponse response = new TimeStampResponse(answer.body());
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new IOException(Messages.text("issuing.tsa.refused", url, String.valueOf(response.getStatusString())));
            }
            return response.getTimeStampToken().getEncoded();
        } catch (TSPException e) {
            throw new IOException(Messages.text("issuing.tsa.invalid", url, String.valueOf(e.getMessage())), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(Messages.text("issuing.tsa.interrupted", url), e);
        } catch (java.net.ConnectException | java.net.http.HttpTimeoutException e) {
            throw new IOException(Messages.text("issuing.tsa.unreachable", url), e);
        }
    }
}
