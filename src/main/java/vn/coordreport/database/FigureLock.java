package vn.coordreport.database;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What changes a period's figures (an import, its undo, a period's reopening) and what fixes them in an issued
 * document (an issue) never overlap. An issue checked that its final still showed the data, against what was
 * committed when it looked: an import running meanwhile committed after the document was numbered, so that the
 * issued report said 17 where the database said 24, and its rows went into the period the issue had just locked
 * (the import had read the locks when it began); an undo took rows out from under a document issued with them; a
 * reopening committed just before an issue of the period counted as lifting it.
 *
 * <p>One PostgreSQL advisory lock, held to the end of the transaction: a change takes it alone (one import at a
 * time, as before), issues share it. A change waits for the issues running, then finds their periods locked; an
 * issue waits for the change running, then finds its final no longer current, and says so. Take it first in the
 * transaction, before any row lock.
 */
public final class FigureLock {

    private static final String KEY = "hashtext('coordreport.import')";

    private FigureLock() {
    }

    /** For an import, its undo, a reopening: alone, until the transaction ends. */
    public static void toChange(JdbcClient jdbc) {
        jdbc.sql("select pg_advisory_xact_lock(" + KEY + ")").query().singleRow();
    }

    /** For an issue: beside other issues, never beside a change, until the transaction ends. */
    public static void toIssue(JdbcClient jdbc) {
        jdbc.sql("select pg_advisory_xact_lock_shared(" + KEY + ")").query().singleRow();
    }
}
