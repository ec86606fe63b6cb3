package vn.coordreport.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * For a command that only reads or writes rows: opens one connection to the configured database
 * ({@code spring.datasource.url}) on a thread of its own as soon as the configuration is read, and closes it. A
 * command's first connection in a fresh JVM took a third of a second, mostly the SCRAM handshake's 4 096 rounds of
 * SHA-256 run by the interpreter and loading the driver; done here, on the core that Spring's start leaves idle, it is
 * over before the application asks for its own connection, which then finds the driver loaded and the hashing
 * compiled. Nothing depends on it: if it fails, the application's own connection reports why.
 */
final class EarlyConnection implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            return; // the embedded database: started by the application, and it trusts local connections
        }
        Properties credentials = new Properties();
        putIfSet(credentials, "user", environment.getProperty("spring.datasource.username"));
        putIfSet(credentials, "password", environment.getProperty("spring.datasource.password"));
        Thread thread = new Thread(() -> connectOnce(url, credentials), "early-connection");
        thread.setDaemon(true);
        thread.start();
    }

    private static void connectOnce(String url, Properties credentials) {
        try (Connection connection = DriverManager.getConnection(url, credentials)) {
            connection.isValid(1);
        } catch (SQLException | RuntimeException ignored) {
            // the application's own connection says what is wrong
        }
    }

    private static void putIfSet(Properties properties, String key, String value) {
        if (value != null) {
            properties.setProperty(key, value);
        }
    }
}
