package vn.coordreport.cli;

import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/**
 * What a {@link DatabaseOnly} command starts of Spring Boot's auto-configuration: the database (its pool, JDBC,
 * transactions), the Batch job repository that {@code jobs} reads, and the context's basics. Everything else on the
 * class path (web server, metrics, Quartz, mail, API documentation ...) is excluded, and Flyway too: the database
 * module's SchemaCurrency checks that the schema is current instead, or the command starts again in full.
 */
final class LeanStart {

    private static final Set<String> KEPT = Set.of(
            "org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration",
            "org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration",
            "org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration",
            "org.springframework.boot.autoconfigure.aop.AopAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration",
            "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
            "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
            "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration");

    private LeanStart() {
    }

    /** Every auto-configuration on the class path but the kept ones. */
    static List<String> excludedAutoConfigurations() {
        return ImportCandidates.load(AutoConfiguration.class, LeanStart.class.getClassLoader()).getCandidates()
                .stream().filter(name -> !KEPT.contains(name)).toList();
    }
}
