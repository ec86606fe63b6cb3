/**
 * Where the data lives: the server named by {@code SPRING_DATASOURCE_URL}, or
 * else an embedded PostgreSQL kept under {@code $COORDREPORT_HOME/pgdata}; and
 * {@link vn.coordreport.database.PagedSearch}, how the lists read a page of it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"messages"})
package vn.coordreport.database;
