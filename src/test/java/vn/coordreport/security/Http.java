package vn.coordreport.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A small HTTP client for the tests: Basic, Bearer, or a browser-like session with cookies and CSRF. */
final class Http {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final String base;
    private final HttpClient client;
    private String authorization;
    private final Map<String, String> headers = new java.util.LinkedHashMap<>();

    private Http(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    static Http anonymous(int port) {
        return new Http("http://localhost:" + port, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    }

    static Http basic(int port, String user, String password) {
        Http http = anonymous(port);
        http.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http;
    }

    static Http bearer(int port, String token) {
        Http http = anonymous(port);
        http.authorization = "Bearer " + token;
        return http;
    }

    /** Sends this header with every request, e.g. {@code X-Forwarded-For} as a reverse proxy would. */
    Http with(String header, String value) {
        headers.put(header, value);
        return this;
    }

    /** A browser: keeps cookies; no credentials until {@link #login}. */
    static Http browser(int port) {
        return new Http("http://localhost:" + port, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** Signs in through the login form; returns the response to the form's POST. */
    HttpResponse<String> login(String user, String password) {
        return form("/login", Map.of("username", user, "password", password), csrf("/login"));
    }

    /** The CSRF token a page's form carries. */
    String csrf(String page) {
        Matcher m = CSRF.matcher(get(page).body());
        if (!m.find()) {
            throw new AssertionError("no _csrf field on " + page);
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    HttpResponse<String> form(String path, Map<String, String> fields, String csrfOrNull) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        if (csrfOrNull != null) {
            body += (body.isEmpty() ? "" : "&") + "_csrf=" + URLEncoder.encode(csrfOrNull, StandardCharsets.UTF_8);
        }
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A form body as written, not encoded again. */
    HttpResponse<String> rawForm(String path, String body) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> json(String path, String body) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> send(String method, String path) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}")));
    }

    /** A POST with no body and no Content-Type, as {@code curl -X POST} sends it. */
    HttpResponse<String> emptyPost(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
