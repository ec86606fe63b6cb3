package vn.coordreport.cli;

import java.util.Set;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import vn.coordreport.schedule.ScheduleList;

/**
 * What a {@link DatabaseOnly} command starts ({@code coordreport.lean-start}, set by {@link Cli}): of Spring Boot's
 * auto-configuration the database (its pool, JDBC, transactions), the Batch job repository that {@code jobs} reads,
 * the mail sender and the context's basics; everything else on the class path (web server, metrics, Quartz, API
 * documentation ...) is left out, and Flyway too: the database module's SchemaCurrency checks that the schema is
 * current instead, or the command starts again in full. Of the application's own modules, those that only answer HTTP (the pages, the
 * API) or only render reports are not read ({@link Application}), nor are the Batch jobs' definitions.
 */
final class LeanStart {

    static final String PROPERTY = "coordreport.lean-start";

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
            // 'issue' and 'deliveries retry' send the mails due; the sender is built only when one is sent
            "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration");

    private LeanStart() {
    }

    /**
     * The application a lean start runs: the modules whose services these commands use, scanned as
     * {@code @SpringBootApplication} scans the whole application, with the same auto-configuration (filtered by
     * {@link AutoConfigurations}). Reading the other modules' 360 classes took a tenth of a second of such a
     * command's start. A command whose services come from another module fails at its start, in its command tests.
     * Both scans name the same modules (LeanStartTests). Of the schedules module, whose other services need a
     * scheduler, only the list of schedules is read. Not a {@code @Configuration}: the application's own scan never
     * picks it up.
     */
    @EnableAutoConfiguration
    @Import(ScheduleList.class)
    @ComponentScan(basePackages = {"vn.coordreport.security", "vn.coordreport.ingest", "vn.coordreport.archive",
            "vn.coordreport.pipeline", "vn.coordreport.messages", "vn.coordreport.database", "vn.coordreport.files",
            "vn.coordreport.catalog", "vn.coordreport.submission", "vn.coordreport.delivery", "vn.coordreport.issuing",
            "vn.coordreport.review"},
            excludeFilters = {@ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
                    @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
    @ConfigurationPropertiesScan(basePackages = {"vn.coordreport.security", "vn.coordreport.ingest",
            "vn.coordreport.archive", "vn.coordreport.pipeline", "vn.coordreport.messages", "vn.coordreport.database",
            "vn.coordreport.files", "vn.coordreport.catalog", "vn.coordreport.submission", "vn.coordreport.delivery",
            "vn.coordreport.issuing", "vn.coordreport.review"})
    static final class Application {
    }

    /**
     * Keeps, on a lean start, only the kept auto-configurations (registered in {@code META-INF/spring.factories}).
     * A filter and not {@code spring.autoconfigure.exclude}: Spring Boot loads every class it is asked to exclude, to
     * check that it is one, and that was 300 classes; a filter decides on the names alone. It is asked about every
     * class the auto-configurations import too (Hikari's configuration, for one), which it keeps.
     */
    static final class AutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware,
            BeanClassLoaderAware {

        private boolean lean;
        private ClassLoader classLoader;
        private Set<String> autoConfigurations;

        @Override
        public void setEnvironment(Environment environment) {
            lean = environment.getProperty(PROPERTY, Boolean.class, false);
        }

        @Override
        public void setBeanClassLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
        }

        @Override
        public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
            boolean[] kept = new boolean[candidates.length];
            for (int i = 0; i < candidates.length; i++) {
                String candidate = candidates[i];
                kept[i] = !lean || candidate == null || KEPT.contains(candidate)
                        || !autoConfigurations().contains(candidate);
            }
            return kept;
        }

        private Set<String> autoConfigurations() {
            if (autoConfigurations == null) {
                autoConfigurations = Set.copyOf(
                        ImportCandidates.load(AutoConfiguration.class, classLoader).getCandidates());
            }
            return autoConfigurations;
        }
    }

    /**
     * Leaves out of a lean start's component scan the Batch jobs' definitions (a configuration with step-scoped
     * beans), whose step-scoped readers Spring would build at start only to learn their type.
     */
    static final class NotForRows extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotatedMethods(StepScope.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
