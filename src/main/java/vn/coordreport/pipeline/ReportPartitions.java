package vn.coordreport.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * How both jobs spread their reports over {@code coordreport.jobs.threads}:
 * a fixed pool of threads, and a partitioned step whose partitions (named
 * {@code <prefix><n>}) each carry their agreements' codes in the step
 * execution context under {@code agreements}, one per line.
 */
final class ReportPartitions {

    static final String AGREEMENTS = "agreements";

    private ReportPartitions() {
    }

    static ThreadPoolTaskExecutor executor(String threadNamePrefix, int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix(threadNamePrefix);
        executor.initialize();
        return executor;
    }

    /** One partition per group of agreements, in the groups' order. */
    static Partitioner of(String prefix, List<List<String>> groups) {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (int i = 0; i < groups.size(); i++) {
                ExecutionContext context = new ExecutionContext();
                context.putString(AGREEMENTS, String.join("\n", groups.get(i)));
                partitions.put(prefix + i, context);
            }
            return partitions;
        };
    }

    /** The codes a partition's step execution context carries. */
    static List<String> agreements(String fromContext) {
        return fromContext == null || fromContext.isEmpty() ? List.of() : List.of(fromContext.split("\n"));
    }

    static Step partitioned(String name, JobRepository repository, Partitioner partitioner, Step worker,
            ThreadPoolTaskExecutor executor, int threads) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(worker);
        handler.setTaskExecutor(executor);
        handler.setGridSize(threads);
        return new StepBuilder(name, repository)
                .partitioner(worker.getName(), partitioner)
                .partitionHandler(handler)
                .build();
    }
}
