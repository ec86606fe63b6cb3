package vn.coordreport.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;

/**
 * An on-demand report request sent over HTTP and followed to its end: the
 * report ({@code code|period|FORMAT}), the request id the node answered, how
 * it ended, its version, and the seconds from the POST to the poll that saw
 * it end.
 */
record Requested(String report, long id, String status, Long versionId, double seconds) {


    /**
     * Sends the requests at the same moment, the i-th report to the i-th node
     * (one report: the same to every node), and follows each to its end.
     */
    static List<Requested> atOnce(List<ServeNode> nodes, String... reports) throws Exception {
        CountDownLatch ready = new CountDownLatch(nodes.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<Requested>> futures = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                ServeNode node = nodes.get(i);
                String report = reports.length == 1 ? reports[0] : reports[i];
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return follow(node, report);
                }));
            }
            ready.await();
            go.countDown();
            List<Requested> done = new ArrayList<>();
            for (Future<Requested> future : futures) {
                done.add(future.get());
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Requested follow(ServeNode node, String report) {
        String[] r = report.split("\\|");
        long start = System.nanoTime();
        ServeNode.Answer accepted = node.postJson("/api/report-requests", "{\"agreement\": \"" + r[0]
                + "\", \"period\": \"" + r[1] + "\", \"format\": \"" + r[2].toLowerCase() + "\", \"final\": false}");
        if (accepted.status() != 202) {
            throw new AssertionError(node.name + " answered " + accepted.status() + " to a request for " + report + ": "
                    + accepted.body());
        }
        long id = FaultScenariosIT.JSON.readTree(accepted.body()).get("id").asLong();
        JsonNode status = Faults.waitFor(Duration.ofMinutes(5), "request #" + id + " for " + report + " on " + node.name
                + " ended", () -> Optional.of(FaultScenariosIT.JSON.readTree(node.get("/api/report-requests/" + id).body()))
                        .filter(s -> s.get("status").asString().matches("DONE|FAILED")));
        double seconds = (System.nanoTime() - start) / 1e9;
        JsonNode version = status.get("versionId");
        return new Requested(report, id, status.get("status").asString(),
                version == null || version.isNull() ? null : version.asLong(), seconds);
    }
}
