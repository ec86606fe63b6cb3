package vn.coordreport.database;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the migrations, as the placeholder {@code ${application_role}}, which
 * role the application connects as, so that V99 grants it the rows it works
 * on: the role the application's data source logs in as, however it was named
 * ({@code spring.datasource.username}, the URL, the embedded server). Flyway
 * itself runs as the owner ({@code spring.flyway.user}); when no owner is
 * named both are one role, and V99 grants nothing.
 */
@Component
class ApplicationRolePlaceholder implements FlywayConfigurationCustomizer {

    static final String NAME = "application_role";

    private final DataSource dataSource;

    ApplicationRolePlaceholder(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
        if (!placeholders.containsKey(NAME)) {
            placeholders.put(NAME, JdbcClient.create(dataSource).sql("select current_user").query(String.class).single());
            configuration.placeholders(placeholders);
        }
    }
}
