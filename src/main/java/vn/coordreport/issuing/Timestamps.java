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
     * @throws IOException naming the authority when it cannot be reached or refuses
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
                throw new IOException("the timestamp authority " + url + " answered HTTP " + answer.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(answer.body());
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new IOException("the timestamp authority " + url + " refused: " + response.getStatusString());
            }
            return response.getTimeStampToken().getEncoded();
        } catch (TSPException e) {
            throw new IOException("the timestamp authority " + url + " gave an invalid answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the timestamp authority " + url, e);
        } catch (java.net.ConnectException | java.net.http.HttpTimeoutException e) {
            throw new IOException("the timestamp authority " + url + " cannot be reached: " + e, e);
        }
    }
}
