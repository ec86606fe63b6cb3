package vn.coordreport.tools;

import java.io.PrintWriter;

import vn.coordreport.CoordreportApplication;
import vn.coordreport.cli.Cli;

/**
 * {@code coordreport-tools}: {@code generate-data} and {@code bench}, built into
 * {@code coordreport-tools.jar} and run on the production jar's classes (see
 * docs/benchmark.md), so that the product itself ships neither.
 */
public final class CoordreportTools {

    private CoordreportTools() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(CoordreportApplication.class, ToolsCommand.class, args));
    }

    /** Runs a tool, writing to the given streams (tests read them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return Cli.run(CoordreportApplication.class, ToolsCommand.class, out, err, args);
    }
}
