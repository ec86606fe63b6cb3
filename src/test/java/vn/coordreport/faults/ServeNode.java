package vn.coordreport.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One {@code serve} process of the cluster: its instance id, HTTP port and
 * home folder stay the same across restarts, as an operator's node would.
 * Spoken to over HTTP with an API token.
 */
final class ServeNode {

    /** An HTTP answer. */
    record Answer(int status, String body) {
    }

    final String name;
    final int port;
    final Path home;
    private final Jar jar;
    private final Map<String, String> settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String token;
    private volatile String basic;
    private Jar.Started process;

    ServeNode(String name, int port, Path home, Jar jar, Map<String, String> settings) {
        this.name = name;
        this.port = port;
        this.home = home;
        this.jar = jar;
        this.settings = settings;
    }

    /** The API token for the API, the user and password for the actuator (HTTP Basic only). */
    void signIn(String user, String password, String apiToken) {
        this.token = apiToken;
        this.basic = "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Reports this node has rendered since it started ({@code coordreport_reports_rendered_seconds_count}). */
    long renders() {
        Answer metrics = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("Authorization", basic).GET());
        if (metrics.status() != 200) {
            throw new IllegalStateException(name + ": /actuator/prometheus answered " + metrics.status());
        }
        return metrics.body().lines().filter(l -> l.startsWith("coordreport_reports_rendered_seconds_count"))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    void start() {
        Map<String, String> own = new java.util.LinkedHashMap<>(settings);
        own.put("server.port", Integer.toString(port));
        own.put("coordreport.home", home.toString());
        own.put("coordreport.cluster.instance-id", name);
        process = jar.start(name, own, "serve");
    }

    /** Waits until the node answers its health check (UP), or fails with the end of its log. */
    void awaitUp(Duration timeout) {
        try {
            Awaitility.await(name + " up").atMost(timeout).pollInterval(Duration.ofMillis(500)).until(this::up);
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(name + " did not come up within " + timeout + ":\n" + tail(40), e);
        }
    }

    /** Whether the node answers its health check; fails at once, with its log, if its process has ended. */
    private boolean up() {
        if (!process.process().isAlive()) {
            throw new IllegalStateException(name + " stopped while starting:\n" + tail(40));
        }
        try {
            return get("/actuator/health").status() == 200;
        } catch (IllegalStateException notYet) {
            return false; // not listening yet
        }
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.process().isAlive();
    }

    /** SIGKILL: the process ends at once, nothing of it runs any more (no shutdown hook, no clean-up). */
    void kill9() throws InterruptedException {
        process.process().destroyForcibly();
        process.process().waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as an operator stops a node. */
    void stop() throws InterruptedException {
        if (process == null || !process.process().isAlive()) {
            return;
        }
        process.process().destroy();
        if (!process.process().waitFor(60, TimeUnit.SECONDS)) {
            process.process().destroyForcibly().waitFor();
        }
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(10));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(name + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The files under the node's home whose name says they were written in part, or temporary folders of dead processes. */
    List<Path> leftovers() {
        Path tmp = home.resolve("tmp");
        try (Stream<Path> walk = Files.exists(home) ? Files.walk(home) : Stream.empty()) {
            return walk.filter(p -> p.getFileName().toString().startsWith(".partial-")
                    || p.getParent() != null && p.getParent().equals(tmp) && !ofLiveProcess(p)).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a temporary folder {@code <host>-<pid>} belongs to a process still alive. */
    private static boolean ofLiveProcess(Path folder) {
        String name = folder.getFileName().toString();
        String pid = name.substring(name.lastIndexOf('-') + 1);
        return pid.chars().allMatch(Character::isDigit)
                && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    }

    String tail(int lines) {
        if (process == null) {
            return "";
        }
        List<String> all = process.output().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    @Override
    public String toString() {
        return name + (process != null ? " (pid " + process.pid() + ")" : "");
    }
}
