/**
 * Where the data lives: the server named by {@code SPRING_DATASOURCE_URL}, or
 * else an embedded PostgreSQL kept under {@code $COORDREPORT_HOME/pgdata}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.coordreport.database;
