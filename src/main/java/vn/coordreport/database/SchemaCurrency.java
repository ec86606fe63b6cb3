package vn.coordreport.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For a command that only reads or writes rows ({@code coordreport.lean-start}, set by the command line), which
 * starts without Flyway: Flyway, even on a current schema, builds itself and scans and validates every applied
 * migration, about half of such a command's start. This checks instead, when the application starts, that the
 * database has applied every migration this build carries (V118's {@code applied_migrations()}); if not, or if one
 * failed, it refuses with {@link SchemaBehind}, and the command line starts again in full, which migrates.
 */
@Component
@Lazy(false)
@ConditionalOnProperty(name = "coordreport.lean-start", havingValue = "true")
class SchemaCurrency implements InitializingBean {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");

    private final DataSource dataSource;
    private final List<String> locations;

    SchemaCurrency(DataSource dataSource, @Value("${spring.flyway.locations}") List<String> locations) {
        this.dataSource = dataSource;
        this.locations = locations;
    }

    @Override
    public void afterPropertiesSet() {
        MigrationVersion carried = newestCarried();
        Optional<MigrationVersion> applied = newestApplied();
        if (applied.isEmpty() || applied.get().compareTo(carried) < 0) {
            throw new SchemaBehind(carried);
        }
    }

    /** The newest version applied, or nothing if one failed or the database cannot tell (before V118). */
    private Optional<MigrationVersion> newestApplied() {
        try {
            List<Applied> applied = JdbcClient.create(dataSource).sql("select version, success from applied_migrations()")
                    .query(Applied.class).list();
            if (applied.stream().anyMatch(a -> !a.success())) {
                return Optional.empty();
            }
            return applied.stream().map(a -> MigrationVersion.fromVersion(a.version())).max(MigrationVersion::compareTo);
        } catch (DataAccessException cannotTell) {
            return Optional.empty();
        }
    }

    private record Applied(String version, boolean success) {
    }

    /** The newest versioned migration in Flyway's locations ({@code spring.flyway.locations}). */
    private MigrationVersion newestCarried() {
        PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
        MigrationVersion newest = MigrationVersion.EMPTY;
        for (String location : locations) {
            // classpath: and not classpath*: the migrations are this build's own, in its classes, and looking
            // for them in each of the 150 libraries of the jar took a third of a second
            String pattern = location.startsWith("filesystem:") ? "file:" + location.substring("filesystem:".length())
                    : location.startsWith("classpath:") ? location : "classpath:" + location;
            try {
                for (Resource resource : resources.getResources(pattern + "/**/V*__*.sql")) {
                    Matcher name = VERSIONED.matcher(Objects.requireNonNull(resource.getFilename()));
                    if (name.matches()) {
                        MigrationVersion version = MigrationVersion.fromVersion(name.group(1).replace('_', '.'));
                        newest = version.compareTo(newest) > 0 ? version : newest;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return newest;
    }
}
