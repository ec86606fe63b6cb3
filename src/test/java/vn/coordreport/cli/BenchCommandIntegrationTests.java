package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark at a tiny size, as a smoke test: every figure is there and
 * sane, and the counts behind them are right. No figure is compared with a
 * time: that is what the benchmark is for, on a machine of known load.
 */
class BenchCommandIntegrationTests {

    @TempDir
    Path out;

    @Test
    void benchMeasuresEveryFigureOnADatabaseItFillsAndRefusesAFilledOne() throws IOException {
        try (CliSession cli = CliSession.onNewDatabase()) {
            // when bench runs on an empty database: 2 provinces x 2 agreements, 3 000 records over 2 years; in a JVM
            // of its own, as coordreport-tools runs it, since it measures its JVM (the JIT, the heap)
            CliSession.Run run = cli.runToolInItsOwnProcess("bench", "--provinces", "2", "--agreements-per-province", "2",
                    "--years", "2", "--end-year", "2024", "--records", "3000", "--seed", "7", "--out", out.toString());

            // then it succeeds, prints the table and writes both files
            assertThat(run.status()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains("| full period close (s) `close_seconds` |", "result.json");
            JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("result.json")));
            for (String field : new String[] {"records", "agreements", "import_records_per_s", "close_first_seconds",
                    "close_seconds", "floor_seconds", "ratio", "nightly_unchanged_seconds", "nightly_1pct_seconds",
                    "on_demand_cold_ms", "on_demand_warm_ms", "on_demand_archive_hit_ms", "peak_heap_mb",
                    "sign_seconds", "issue_seconds", "sign_issue_seconds", "sign_issue_first_seconds"}) {
                assertThat(json.has(field)).as(field).isTrue();
                assertThat(json.get(field).asDouble()).as(field).isPositive();
            }
            // the records imported are those generated; every agreement got its final
            assertThat(json.get("records").asLong()).isEqualTo(3000);
            assertThat(json.get("agreements").asInt()).isEqualTo(4);
            assertThat(json.get("period_closed").asString()).isEqualTo("2024");
            assertThat(json.get("close_reports").asInt()).isEqualTo(4);
            // and every final was signed and issued in one batch each, against the close's time
            assertThat(json.get("issued").asInt()).isEqualTo(4);
            assertThat(json.get("sign_issue_seconds").asDouble()).isCloseTo(
                    json.get("sign_seconds").asDouble() + json.get("issue_seconds").asDouble(), within(0.01));
            // the hypervisor's share of the CPU is reported for the steps it can slow (Linux: from /proc/stat)
            for (String steal : new String[] {"import_steal_pct", "close_steal_pct", "floor_steal_pct"}) {
                assertThat(json.get(steal).asDouble()).as(steal).isBetween(0.0, 100.0);
            }
            // the JIT's compile time is reported for the import as for the closes: the parser is compiled meanwhile
            assertThat(json.get("import_jit_seconds").asDouble()).isPositive();
            // the data's 2 years leave one year (2023) to warm up on, of the 3 closes asked for by default
            assertThat(json.get("warm_up_closes").asInt()).isEqualTo(1);
            assertThat(json.get("warm_up_seconds").asDouble()).isEqualTo(json.get("close_first_seconds").asDouble());
            // the mails queued are the measured close's issued finals' alone, not those of the first close (2023)
            assertThat(json.get("issue_deliveries_queued").asLong()).isPositive().isEqualTo(
                    cli.count("select count(*) from delivery d join report_version v on v.id = d.version_id"
                            + " where v.period = '2024'"));
            // the first nightly renders both open periods' drafts, the unchanged one nothing, and after the
            // change exactly the changed agreement's two drafts
            assertThat(json.get("nightly_first_rendered").asInt()).isEqualTo(8);
            assertThat(json.get("nightly_unchanged_rendered").asInt()).isZero();
            assertThat(json.get("changed_agreements").asInt()).isEqualTo(1);
            assertThat(json.get("nightly_1pct_rendered").asInt()).isEqualTo(2);
            // the derived figures are what they say
            assertThat(json.get("ratio").asDouble()).isCloseTo(
                    json.get("close_seconds").asDouble() / json.get("floor_seconds").asDouble(), within(0.01));
            assertThat(json.get("import_records_per_s").asDouble()).isCloseTo(
                    3000 / json.get("import_seconds").asDouble(), within(json.get("import_records_per_s").asDouble() / 100));
            assertThat(json.get("peak_heap_mb").asDouble()).isLessThanOrEqualTo(2 * json.get("max_heap_mb").asDouble());
            String md = Files.readString(out.resolve("result.md"));
            assertThat(md).contains("| nightly, nothing changed (s) `nightly_unchanged_seconds` |", "≤ 5",
                    "Every check held");
            assertThat(md.lines().filter(l -> l.endsWith("| pass |") || l.endsWith("| **miss** |"))).hasSize(9);
            assertThat(md).contains("| sign and issue every final of the close (s) `sign_issue_seconds` |");

            // when bench runs again on the same database: refused, nothing measured
            Path again = out.resolve("again");
            CliSession.Run refused = cli.runTool("bench", "--data", out.resolve("data").toString(), "--out", again.toString());
            assertThat(refused.status()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(refused.err()).contains("bench needs an empty database");
            assertThat(again.resolve("result.json")).doesNotExist();
        }
    }
}
