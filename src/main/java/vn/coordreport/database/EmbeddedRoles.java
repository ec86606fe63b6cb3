package vn.coordreport.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two roles of the embedded server, as an administrator creates them on a
 * server of his own (see the README, "Database roles"): {@value #OWNER} owns
 * the database and runs the migrations, {@value #APPLICATION} is what the
 * application connects as. Created, with the database handed to the owner, at
 * every start by the server's superuser; nothing happens once they exist.
 * A data folder of a version before the roles holds tables, sequences and
 * functions of the superuser's: they are handed to the owner the same way.
 */
final class EmbeddedRoles {

    static final String OWNER = "coordreport_owner";
    static final String APPLICATION = "coordreport_app";

    /** Their passwords are set apart ({@link EmbeddedPasswords}), never written in a statement. */
    private static final String CREATE = """
            do $$
            begin
                if not exists (select 1 from pg_roles where rolname = 'coordreport_owner') then
                    create role coordreport_owner login;
                end if;
                if not exists (select 1 from pg_roles where rolname = 'coordreport_app') then
                    create role coordreport_app login;
                end if;
            end
            $$
            """;

    /** Sequences of a column (serial, identity) go with their table. */
    private static final String HAND_OVER = """
            do $$
            declare
                superuser oid := (select oid from pg_roles where rolname = current_user);
                statement text;
            begin
                for statement in
                    select format('alter %s %s owner to coordreport_owner',
                                  case c.relkind when 'S' then 'sequence' when 'v' then 'view'
                                                 when 'm' then 'materialized view' else 'table' end, c.oid::regclass)
                    from pg_class c
                    where c.relnamespace = 'public'::regnamespace and c.relowner = superuser
                      and c.relkind in ('r', 'p', 'v', 'm', 'S')
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                      and d.objid = c.oid and d.deptype in ('a', 'i'))
                    union all
                    select format('alter routine %s owner to coordreport_owner', p.oid::regprocedure)
                    from pg_proc p
                    where p.pronamespace = 'public'::regnamespace and p.proowner = superuser
                loop
                    execute statement;
                end loop;
            end
            $$
            """;

    private EmbeddedRoles() {
    }

    /**
     * Run as the superuser, connected to the database coordreport uses. Every start gives the roles, the superuser's
     * too, the passwords of the home's file: a data folder of a version before them gets them, and the file is what
     * holds.
     */
    static void create(DataSource superuser, EmbeddedPasswords passwords) {
        JdbcClient jdbc = JdbcClient.create(superuser);
        jdbc.sql(CREATE).update();
        setPasswords(superuser, passwords);
        jdbc.sql("alter database " + EmbeddedPostgresConfiguration.DATABASE + " owner to " + OWNER).update();
        jdbc.sql(HAND_OVER).update();
    }

    /** Sent as a SCRAM verifier the driver computes: the password itself reaches neither the server nor its log. */
    private static void setPasswords(DataSource superuser, EmbeddedPasswords passwords) {
        try (Connection connection = superuser.getConnection()) {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            for (String role : List.of(EmbeddedPasswords.SUPERUSER, OWNER, APPLICATION)) {
                postgres.alterUserPassword(role, passwords.of(role).toCharArray(), EmbeddedAccess.METHOD);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
