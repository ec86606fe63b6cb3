package vn.coordreport.database;

import org.flywaydb.core.api.MigrationVersion;

/** The database has not applied every migration this build carries: a lean start gives way to a full one. */
public class SchemaBehind extends RuntimeException {

    SchemaBehind(MigrationVersion carried) {
        super("the database schema is older than this build's (migration " + carried + ")");
    }
}
