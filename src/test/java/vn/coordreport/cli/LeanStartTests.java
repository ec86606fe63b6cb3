package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.mock.env.MockEnvironment;

import picocli.CommandLine;

/**
 * What a lean start ({@link LeanStart}) leaves out: the auto-configurations a row-only command does not need, decided on
 * their names, the HTTP modules, and the Batch job definitions of the component scan. That such commands still work
 * without them is shown by the command tests (users, imports, reports, jobs), which start the same way.
 */
class LeanStartTests {

    private static final String WEB_MVC = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration";
    private static final String FLYWAY = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration";
    private static final String DATA_SOURCE = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration";
    /** Imported by DataSourceAutoConfiguration, not an auto-configuration itself. */
    private static final String HIKARI = "org.springframework.boot.jdbc.autoconfigure.DataSourceConfiguration$Hikari";

    @Test
    void aLeanStartKeepsTheDatabasesAutoConfigurationsAndWhatTheyImport() {
        boolean[] kept = filter(true).match(new String[] {WEB_MVC, FLYWAY, DATA_SOURCE, HIKARI}, null);

        assertThat(kept).containsExactly(false, false, true, true);
    }

    @Test
    void anyOtherStartKeepsEverything() {
        boolean[] kept = filter(false).match(new String[] {WEB_MVC, FLYWAY, DATA_SOURCE, HIKARI}, null);

        assertThat(kept).containsExactly(true, true, true, true);
    }

    @Test
    void springBootFindsTheFilter() {
        assertThat(SpringFactoriesLoader.loadFactories(AutoConfigurationImportFilter.class, getClass().getClassLoader()))
                .anyMatch(LeanStart.AutoConfigurations.class::isInstance);
    }

    @Test
    void theScanLeavesOutTheJobDefinitionsButNotTheServicesCommandsUse() throws IOException {
        LeanStart.NotForRows filter = new LeanStart.NotForRows();
        MetadataReaderFactory readers = new SimpleMetadataReaderFactory();

        assertThat(filter.match(readers.getMetadataReader("vn.coordreport.pipeline.NightlyReportsJobConfiguration"),
                readers)).isTrue();
        assertThat(filter.match(readers.getMetadataReader("vn.coordreport.pipeline.PeriodCloseJobConfiguration"),
                readers)).isTrue();
        assertThat(filter.match(readers.getMetadataReader("vn.coordreport.security.UserAccounts"), readers)).isFalse();
        assertThat(filter.match(readers.getMetadataReader("vn.coordreport.pipeline.JobHistory"), readers)).isFalse();
    }

    @Test
    void theLeanApplicationReadsNeitherThePagesNorTheApiNorTheReportEngineNorTheSchedules() {
        String[] scanned = LeanStart.Application.class.getAnnotation(ComponentScan.class).basePackages();

        assertThat(scanned).contains("vn.coordreport.security", "vn.coordreport.database", "vn.coordreport.issuing")
                .noneMatch(name -> name.startsWith("vn.coordreport.web") || name.startsWith("vn.coordreport.api")
                        || name.startsWith("vn.coordreport.render") || name.startsWith("vn.coordreport.schedule"));
        // the configuration properties of exactly those modules
        assertThat(LeanStart.Application.class.getAnnotation(ConfigurationPropertiesScan.class).basePackages())
                .containsExactlyInAnyOrder(scanned);
    }

    @Test
    void anImportStartsLeanButKeepsC2ForItsChecksAndLoads() {
        DatabaseOnly importing = new ImportCommand(null);

        assertThat(importing.shortLived()).isFalse();
        assertThat(((DatabaseOnly) new UndoImportCommand(null)).shortLived()).isTrue();
    }

    @Test
    void aRegisterStartsLeanUnlessItIsWrittenAsAPdf() {
        assertThat(register("--year", "2026").needsReportEngine()).isFalse();
        assertThat(register("--year", "2026", "--out", "so-dang-ky.xlsx").needsReportEngine()).isFalse();
        assertThat(register("--year", "2026", "--out", "so-dang-ky.csv").needsReportEngine()).isFalse();
        assertThat(register("--year", "2026", "--out", "/tmp/SO-DANG-KY.PDF").needsReportEngine()).isTrue();
    }

    private static RegisterCommand register(String... args) {
        RegisterCommand command = new RegisterCommand(null);
        new CommandLine(command).parseArgs(args);
        return command;
    }

    private static LeanStart.AutoConfigurations filter(boolean lean) {
        LeanStart.AutoConfigurations filter = new LeanStart.AutoConfigurations();
        filter.setBeanClassLoader(LeanStartTests.class.getClassLoader());
        filter.setEnvironment(new MockEnvironment().withProperty(LeanStart.PROPERTY, String.valueOf(lean)));
        return filter;
    }
}
