package vn.coordreport;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;

import vn.coordreport.messages.Messages;

/**
 * A deployment's own settings, kept beside its data in {@code $COORDREPORT_HOME/coordreport.properties}: every
 * command run with that home reads them, from whichever folder it runs (Spring Boot's
 * {@code ./config/application.properties} is read from the current folder only). They rank below the command line,
 * the system properties and the environment, above the packaged defaults. The file is read as UTF-8: an office writes
 * Vietnamese in it ({@code coordreport.delivery.from=Sở Ngoại vụ Quảng Trị <baocao@...>}), which Spring Boot, reading a
 * {@code .properties} file as ISO 8859-1 as {@code java.util.Properties} does, would garble.
 *
 * <p>Also gives the log's time stamps a zone they can use ({@code coordreport.log-time-zone}): the deployment's, or
 * UTC while {@code coordreport.time-zone} is none, so that such a setting fails once the application reads it, with
 * a message naming it, and not in the logging system's start with a stack trace.
 */
public final class HomeSettings implements EnvironmentPostProcessor, Ordered {

    public static final String FILE = "coordreport.properties";
    static final String LOG_ZONE = "coordreport.log-time-zone";

    @Override
    public int getOrder() {
        // after the configuration data (application.properties gives coordreport.home its default), before logging
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        MutablePropertySources sources = environment.getPropertySources();
        String home = environment.getProperty("coordreport.home");
        Path file = home == null ? null : Path.of(home).resolve(FILE);
        if (file != null && Files.isRegularFile(file)) {
            PropertiesPropertySource settings = new PropertiesPropertySource("coordreport home settings " + file,
                    read(file));
            if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
                sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, settings);
            } else {
                sources.addFirst(settings);
            }
        }
        sources.addLast(new MapPropertySource("coordreport log time zone",
                Map.of(LOG_ZONE, usableZone(environment.getProperty("coordreport.time-zone")))));
    }

    private static Properties read(Path file) {
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.text("config.homeSettingsUnreadable", file.toString(),
                    Messages.reason(e)), e);
        }
        return settings;
    }

    private static String usableZone(String zone) {
        try {
            return zone == null ? "UTC" : ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            return "UTC";
        }
    }
}
