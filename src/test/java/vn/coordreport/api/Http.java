package vn.coordreport.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** A plain HTTP client for the API, as another system would call it: HTTP Basic, JSON, multipart. */
final class Http {

    record Response(int status, java.net.http.HttpHeaders headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;
    private final String language;

    Http(String base, String username, String password) {
        this.base = base;
        this.authorization = username == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.language = null;
    }

    private Http(Http http, String language) {
        this.base = http.base;
        this.authorization = http.authorization;
        this.language = language;
    }

    /** The same client asking for answers in a language ({@code Accept-Language}). */
    Http inLanguage(String acceptLanguage) {
        return new Http(this, acceptLanguage);
    }

    Http as(String username, String password) {
        return new Http(base, username, password);
    }

    Response get(String path) {
        return send(builder(path).GET());
    }

    /** A GET of a client that takes only these types ({@code Accept}). */
    Response getAccepting(String path, String accept) {
        return send(builder(path).header("Accept", accept).GET());
    }

    /** A POST of JSON from a client that takes only these types ({@code Accept}). */
    Response postJsonAccepting(String path, String json, String accept) {
        return send(builder(path).header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response postJson(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response upload(String path, String fileName, byte[] content) {
        String boundary = "----coordreport" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A form of one text field and no file, as a client that named its file part wrongly sends it. */
    Response postFormWithoutFile(String path, String field) {
        String boundary = "----coordreport" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\nx\r\n--"
                + boundary + "--\r\n";
        return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A path sent as written (not re-encoded), for hostile paths. */
    Response getRaw(String rawPath) {
        return send(builder(rawPath).GET());
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return b;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
