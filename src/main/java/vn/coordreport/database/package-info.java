/**
 * Where the data lives: the server named by {@code SPRING_DATASOURCE_URL}, or
 * else an embedded PostgreSQL kept under {@code $COORDREPORT_HOME/pgdata}; and
 * {@link vn.coordreport.database.PagedSearch}, how the lists read a page of it; and
 * {@link vn.coordreport.database.FigureLock}, which keeps the changes of a period's figures and its issues apart.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"messages"})
package vn.coordreport.database;
