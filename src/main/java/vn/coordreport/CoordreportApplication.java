package vn.coordreport;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.coordreport.cli.Cli;

/**
 * coordreport: review reports on coordination regulations. Every entry point is
 * a command of {@link Cli}; {@code serve} runs the scheduler and the web
 * application, every other command runs once and exits with its status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CoordreportApplication {

    public static void main(String[] args) {
        if (UnpackedStart.relaunched(CoordreportApplication.class, args)) {
            return;
        }
        ArchivedClassesStart.endWithLauncher();
        System.exit(Cli.run(CoordreportApplication.class, args));
    }
}
