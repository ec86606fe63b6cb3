package vn.coordreport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** One renderer serves many threads: the compiled template is shared, each fill is its own. */
class ReportRendererConcurrencyTests {

    @Test
    void rendersTheSameReportFromSeveralThreadsAtOnce() throws Exception {
        ReportRenderer renderer = new ReportRenderer();
        Callable<String> task = () -> PdfInspection.text(renderer.render(ReviewFixtures.rich(),
                RenderOptions.finalReport(Format.PDF, 7, LocalDate.of(2022, 1, 10))).content());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> results = pool.invokeAll(IntStream.range(0, 3).mapToObj(i -> task).toList());
            String first = results.get(0).get();
            assertThat(first).contains("Số: 07/BC-SNgV");
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
